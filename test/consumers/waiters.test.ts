import {
  DeleteImageCommand,
  DeleteImageVersionCommand,
  UpdateImageCommand,
  waitUntilImageCreated,
  waitUntilImageDeleted,
  waitUntilImageUpdated,
  waitUntilImageVersionCreated,
  waitUntilImageVersionDeleted,
} from '@aws-sdk/client-sagemaker';
import { createManualClock } from 'sagemaker-image-mock';
import type { ImageStore, MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import type { Door } from '../support/doors';
import { requestHandlerDoor, sdkClientMockDoor } from '../support/doors';
import { createImage, createVersion } from '../support/image-calls';

const LIFECYCLE = { creating: 5 * 60_000, updating: 2 * 60_000, deleting: 60_000 };

/** Moves Jest's fake clock a minute at a time until the waiter settles (the SDK backs off with jitter). */
async function settled<T>(waiter: Promise<T>, maxMs = 3_600_000): Promise<T> {
  let done = false;
  const result = waiter.finally(() => {
    done = true;
  });
  for (let elapsed = 0; !done && elapsed < maxMs; elapsed += 60_000) await jest.advanceTimersByTimeAsync(60_000);
  return result;
}

// The in-process doors: advancing fake time does not wait for the server door's real socket I/O,
// which would make these flaky under load. Waiters over real HTTP are exercised by boto3 (test/foreign).
describe.each([sdkClientMockDoor, requestHandlerDoor])("the SDK's waiters, $name", (factory) => {
  let door: Door;
  let mock: { failNext: ImageStore['failNext'] };
  const client = () => door.client();
  const use = async (options: MockSageMakerImagesOptions = {}) => {
    door = await factory.open(options);
    mock = { failNext: (injection) => door.store.failNext(injection) };
  };
  afterEach(async () => {
    await door.close();
    jest.useRealTimers();
  });

  describe('in instant mode', () => {
    it('waitUntilImageCreated, ImageUpdated and ImageVersionCreated succeed at once', async () => {
      await use();
      const c = client();
      await createImage(c, 'img');
      expect((await waitUntilImageCreated({ client: c, maxWaitTime: 120 }, { ImageName: 'img' })).state).toBe('SUCCESS');
      await c.send(new UpdateImageCommand({ ImageName: 'img', Description: 'd' }));
      expect((await waitUntilImageUpdated({ client: c, maxWaitTime: 120 }, { ImageName: 'img' })).state).toBe('SUCCESS');
      await createVersion(c, 'img');
      expect((await waitUntilImageVersionCreated({ client: c, maxWaitTime: 120 }, { ImageName: 'img' })).state).toBe('SUCCESS');
    });

    it('waitUntilImageCreated fails on CREATE_FAILED', async () => {
      await use();
      mock.failNext({ operation: 'CreateImage', ImageName: 'img', FailureReason: 'bad' });
      const c = client();
      await createImage(c, 'img');
      await expect(waitUntilImageCreated({ client: c, maxWaitTime: 120 }, { ImageName: 'img' })).rejects.toThrow(/"state":"FAILURE"/);
    });
  });

  describe("in timed mode, with Jest's fake timers moving the default clock", () => {
    beforeEach(async () => {
      jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
      await use({ lifecycle: LIFECYCLE });
    });

    it('waitUntilImageCreated succeeds once the clock passes `creating`', async () => {
      const c = client();
      await createImage(c, 'img');
      expect((await settled(waitUntilImageCreated({ client: c, maxWaitTime: 900 }, { ImageName: 'img' }))).state).toBe('SUCCESS');
    });

    it('waitUntilImageUpdated succeeds once the clock passes `updating`', async () => {
      const c = client();
      await createImage(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await c.send(new UpdateImageCommand({ ImageName: 'img', Description: 'd' }));
      expect((await settled(waitUntilImageUpdated({ client: c, maxWaitTime: 900 }, { ImageName: 'img' }))).state).toBe('SUCCESS');
    });

    it('waitUntilImageVersionCreated succeeds once the clock passes `creating`', async () => {
      const c = client();
      await createImage(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await createVersion(c, 'img');
      expect((await settled(waitUntilImageVersionCreated({ client: c, maxWaitTime: 900 }, { ImageName: 'img' }))).state).toBe('SUCCESS');
    });

    it('waitUntilImageDeleted is faithful by default: it times out, as against the real service', async () => {
      const c = client();
      await createImage(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await c.send(new DeleteImageCommand({ ImageName: 'img' }));
      const outcome = await settled(waitUntilImageDeleted({ client: c, maxWaitTime: 300 }, { ImageName: 'img' }).catch((e: unknown) => e as Error));
      expect(outcome).toMatchObject({ name: 'TimeoutError' });
      expect((outcome as Error).message).toContain('Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/img does not exist');
    });
  });

  describe('with deletedWaiterCompat: true', () => {
    beforeEach(async () => {
      jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
      await use({ lifecycle: LIFECYCLE, deletedWaiterCompat: true });
    });

    it('waitUntilImageDeleted succeeds once the image is gone', async () => {
      const c = client();
      await createImage(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await c.send(new DeleteImageCommand({ ImageName: 'img' }));
      expect((await settled(waitUntilImageDeleted({ client: c, maxWaitTime: 300 }, { ImageName: 'img' }))).state).toBe('SUCCESS');
    });

    it('waitUntilImageVersionDeleted succeeds once the version is gone', async () => {
      const c = client();
      await createImage(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await createVersion(c, 'img');
      await jest.advanceTimersByTimeAsync(LIFECYCLE.creating);
      await c.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 }));
      expect((await settled(waitUntilImageVersionDeleted({ client: c, maxWaitTime: 300 }, { ImageName: 'img', Version: 1 }))).state).toBe('SUCCESS');
    });
  });

  describe('in timed mode, with a manual clock', () => {
    it('advance the clock past the transition, then the waiter succeeds on its first poll', async () => {
      const clock = createManualClock(new Date('2024-01-01T00:00:00Z'));
      await use({ clock, lifecycle: LIFECYCLE });
      const c = client();
      await createImage(c, 'img');
      clock.advance(LIFECYCLE.creating);
      expect((await waitUntilImageCreated({ client: c, maxWaitTime: 120 }, { ImageName: 'img' })).state).toBe('SUCCESS');
    });
  });
});
