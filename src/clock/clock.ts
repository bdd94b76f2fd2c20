/**
 * The only source of time for a store: any object with `now()`, e.g. one that reads a test's own
 * fake time. {@link createManualClock} makes one that moves only when told to.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { Clock } from 'sagemaker-image-mock';
 *
 * let fakeTime = Date.parse('2024-01-01T00:00:00Z');
 * const clock: Clock = { now: () => new Date(fakeTime) };
 * const store = new ImageStore({ clock });
 * fakeTime += 60_000;
 * expect(store.seed({ ImageName: 'img' })[0]?.CreationTime).toEqual(new Date('2024-01-01T00:01:00Z'));
 * ```
 */
export interface Clock {
  /** The current instant; the store reads it once at the start of each call. */
  now(): Date;
}

/**
 * Reads `Date.now()` on every call, so Jest's modern fake timers move it too. The default clock
 * of every store.
 *
 * @example
 * ```ts
 * import { ImageStore, systemClock } from 'sagemaker-image-mock';
 *
 * jest.useFakeTimers({ now: new Date('2024-01-01T00:00:00Z') });
 * const store = new ImageStore({ clock: systemClock }); // the default, written out
 * expect(store.seed({ ImageName: 'img' })[0]?.CreationTime).toEqual(new Date('2024-01-01T00:00:00Z'));
 * jest.useRealTimers();
 * ```
 */
export const systemClock: Clock = {
  now: () => new Date(Date.now()),
};
