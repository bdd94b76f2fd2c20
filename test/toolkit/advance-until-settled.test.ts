import { CreateImageCommand, SageMakerClient, waitUntilImageCreated, waitUntilImageUpdated, UpdateImageCommand } from '@aws-sdk/client-sagemaker';
import { advanceUntilSettled, mockSageMakerImages } from 'sagemaker-image-mock';

const ROLE = 'arn:aws:iam::123456789012:role/r';
const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

describe('advanceUntilSettled', () => {
  afterEach(() => jest.useRealTimers());

  // The waiter recipe of docs/recipes.md, repeated: the SDK's back-off is random (jitter), so a
  // fixed advance reaches the next poll only most of the time; this must reach it every time.
  it('drives waitUntilImageCreated to SUCCESS 100 times out of 100, whatever the jitter', async () => {
    for (let run = 0; run < 100; run += 1) {
      jest.useFakeTimers();
      const mock = mockSageMakerImages(SageMakerClient, { lifecycle: { creating: 5 * 60_000 } });
      try {
        const client = new SageMakerClient({ region: 'us-east-1' });
        await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
        const waiting = waitUntilImageCreated({ client, maxWaitTime: 900 }, { ImageName: 'img' });
        expect((await advanceUntilSettled(waiting, advance)).state).toBe('SUCCESS');
      } finally {
        mock.restore();
        jest.useRealTimers();
      }
    }
  });

  it('rejects as the promise rejects: a waiter that times out', async () => {
    jest.useFakeTimers();
    const mock = mockSageMakerImages(SageMakerClient, { lifecycle: { creating: 60 * 60_000 } });
    try {
      const client = new SageMakerClient({ region: 'us-east-1' });
      await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
      const waiting = waitUntilImageCreated({ client, maxWaitTime: 300 }, { ImageName: 'img' });
      await expect(advanceUntilSettled(waiting, advance)).rejects.toThrow(/"state":"TIMEOUT"/);
    } finally {
      mock.restore();
    }
  });

  it('resolves with the value of a promise that settles without any advance', async () => {
    const calls: number[] = [];
    await expect(advanceUntilSettled(Promise.resolve(7), (ms) => calls.push(ms))).resolves.toBe(7);
    expect(calls).toEqual([]);
  });

  it('advances in steps of `step` ms until the promise settles', async () => {
    jest.useFakeTimers();
    const calls: number[] = [];
    const later = new Promise((resolve) => setTimeout(() => resolve('done'), 2_500));
    await expect(advanceUntilSettled(later, async (ms) => { calls.push(ms); await jest.advanceTimersByTimeAsync(ms); }, { step: 1_000 })).resolves.toBe('done');
    expect(calls).toEqual([1_000, 1_000, 1_000]);
  });

  it('gives up after maxTime of fake time with an Error that says what to check', async () => {
    jest.useFakeTimers();
    const never = new Promise(() => undefined);
    const calls: number[] = [];
    await expect(advanceUntilSettled(never, (ms) => calls.push(ms), { step: 1_000, maxTime: 2_500 })).rejects.toThrow(
      'advanceUntilSettled: the promise had not settled after 2500 ms of fake time',
    );
    expect(calls).toEqual([1_000, 1_000, 500]);
  });

  it('drives waitUntilImageUpdated with Jest modern timers on the default clock', async () => {
    jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
    const mock = mockSageMakerImages(SageMakerClient, { lifecycle: { updating: 2 * 60_000 } });
    try {
      const client = new SageMakerClient({ region: 'us-east-1' });
      await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
      await client.send(new UpdateImageCommand({ ImageName: 'img', Description: 'd' }));
      const waiting = waitUntilImageUpdated({ client, maxWaitTime: 600 }, { ImageName: 'img' });
      expect((await advanceUntilSettled(waiting, advance)).state).toBe('SUCCESS');
    } finally {
      mock.restore();
    }
  });

  it.each([
    [{ step: 0 }, 'advanceUntilSettled: option step must be a positive number of milliseconds, got 0'],
    [{ maxTime: Number.NaN }, 'advanceUntilSettled: option maxTime must be a positive number of milliseconds, got NaN'],
    [{ stpe: 5 }, "advanceUntilSettled: unknown option 'stpe' (did you mean 'step'?); known: step, maxTime"],
  ])('refuses the options %j with a TypeError', async (options, message) => {
    await expect(advanceUntilSettled(Promise.resolve(1), () => undefined, options as never)).rejects.toThrow(new TypeError(message));
  });

  it('refuses an advance that is not a function', async () => {
    await expect(advanceUntilSettled(Promise.resolve(1), 60_000 as never)).rejects.toThrow(TypeError);
  });
});
