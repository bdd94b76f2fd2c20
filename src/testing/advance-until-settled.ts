import { assertKnownKeys, neverSettled, settleAdvanceNotFunction, settleOptionNotPositive, settlePromiseNotPromise } from '../errors/usage-errors';

/**
 * How `advanceUntilSettled` steps the fake clock.
 *
 * @example
 * ```ts
 * import { advanceUntilSettled } from 'sagemaker-image-mock';
 *
 * test('a timer of 90 seconds, in steps of 10', async () => {
 *   jest.useFakeTimers();
 *   const later = new Promise((resolve) => setTimeout(() => resolve('done'), 90_000));
 *   await expect(advanceUntilSettled(later, (ms) => jest.advanceTimersByTimeAsync(ms), { step: 10_000, maxTime: 120_000 })).resolves.toBe('done');
 *   jest.useRealTimers();
 * });
 * ```
 */
export interface AdvanceUntilSettledOptions {
  /** Milliseconds per call of `advance`. Default 60,000 (a minute: no SDK waiter polls more often). */
  readonly step?: number;
  /**
   * Milliseconds of fake time after which it gives up with an Error. Default 86,400,000 (a day):
   * longer than any waiter's `maxWaitTime` a test would give.
   */
  readonly maxTime?: number;
}

const OPTION_KEYS = ['step', 'maxTime'] as const;

/**
 * Drives a promise that waits on fake timers to its end: calls the test runner's own `advance(ms)`
 * a step at a time until the promise settles, then resolves or rejects as it did. Made for the
 * SDK's waiters, whose back-off between polls is random (jitter), so that no fixed advance is
 * sure to reach the next poll; this reaches it every time. Gives up with an Error once `maxTime`
 * of fake time has passed without the promise settling.
 *
 * @param promise What the test waits for, e.g. `waitUntilImageCreated(...)`.
 * @param advance Moves the fake clock and runs what falls due, awaiting the promises it schedules:
 *   `(ms) => jest.advanceTimersByTimeAsync(ms)`, `(ms) => vi.advanceTimersByTimeAsync(ms)`, or
 *   `(ms) => clock.tickAsync(ms)` for @sinonjs/fake-timers.
 * @returns The promise's value; rejects with its reason.
 *
 * @example
 * ```ts
 * import { SageMakerClient, CreateImageCommand, waitUntilImageCreated } from '@aws-sdk/client-sagemaker';
 * import { advanceUntilSettled, mockSageMakerImages } from 'sagemaker-image-mock';
 *
 * test('the image is created within the waiter time', async () => {
 *   jest.useFakeTimers();
 *   const mock = mockSageMakerImages(SageMakerClient, { lifecycle: { creating: 5 * 60_000 } });
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' }));
 *   const waiting = waitUntilImageCreated({ client, maxWaitTime: 900 }, { ImageName: 'img' });
 *   expect((await advanceUntilSettled(waiting, (ms) => jest.advanceTimersByTimeAsync(ms))).state).toBe('SUCCESS');
 *   mock.restore();
 *   jest.useRealTimers();
 * });
 * ```
 */
export async function advanceUntilSettled<T>(
  promise: PromiseLike<T>,
  advance: (ms: number) => unknown,
  options: AdvanceUntilSettledOptions = {},
): Promise<T> {
  if (typeof (promise as { then?: unknown } | null)?.then !== 'function') throw settlePromiseNotPromise();
  if (typeof advance !== 'function') throw settleAdvanceNotFunction();
  assertKnownKeys('advanceUntilSettled', options, OPTION_KEYS);
  const step = positive('step', options.step ?? 60_000);
  const maxTime = positive('maxTime', options.maxTime ?? 24 * 60 * 60_000);

  let settled = false;
  // Handled at once, so a rejection is never reported as unhandled while the clock moves.
  const outcome = Promise.resolve(promise).then(
    (value) => {
      settled = true;
      return { value };
    },
    (reason: unknown) => {
      settled = true;
      return { reason, failed: true as const };
    },
  );
  await flushMicrotasks();
  for (let elapsed = 0; !settled; ) {
    if (elapsed >= maxTime) {
      throw neverSettled(maxTime, elapsed, step);
    }
    const ms = Math.min(step, maxTime - elapsed);
    await advance(ms);
    elapsed += ms;
    await flushMicrotasks();
  }
  const result = await outcome;
  if ('failed' in result) throw result.reason;
  return result.value;
}

function positive(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw settleOptionNotPositive(name, value);
  }
  return value;
}

/** Lets promise callbacks that are already due run; uses no timer (fake timers may replace them all). */
async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
}
