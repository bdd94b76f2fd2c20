import { advanceNotFinite, invalidDate } from '../errors/usage-errors';
import type { Clock } from './clock';

/**
 * A {@link Clock} that only moves when told to, made by {@link createManualClock}.
 *
 * @example
 * ```ts
 * import { createManualClock } from 'sagemaker-image-mock';
 * import type { ManualClock } from 'sagemaker-image-mock';
 *
 * const clock: ManualClock = createManualClock(new Date('2024-01-01T00:00:00Z'));
 * clock.advance(90_000);
 * expect(clock.now()).toEqual(new Date('2024-01-01T00:01:30Z'));
 * clock.set(new Date('2030-01-01T00:00:00Z'));
 * ```
 */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds (a negative value moves it back). */
  advance(ms: number): void;
  /** Puts the clock at `date` (earlier or later). */
  set(date: Date): void;
}

function checkedTime(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalidDate(what);
  return ms;
}

/**
 * A clock that only moves when told to, starting at `start` (default: the epoch, 1970-01-01).
 * Give it to a store with a `lifecycle`, and move it to finish transitions.
 *
 * @example
 * ```ts
 * import { createManualClock, ImageStore } from 'sagemaker-image-mock';
 *
 * const clock = createManualClock(new Date('2024-01-01T00:00:00Z'));
 * const store = new ImageStore({ clock, lifecycle: { deleting: 5_000 } });
 * store.seed({ ImageName: 'img' });
 * store.deleteImage({ ImageName: 'img' });
 * clock.advance(5_000);
 * expect(store.listImages().Images).toEqual([]);
 * ```
 */
export function createManualClock(start: Date = new Date(0)): ManualClock {
  let current = checkedTime(start, 'createManualClock(start)');
  return {
    now: () => new Date(current),
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw advanceNotFinite();
      current += ms;
    },
    set(date: Date) {
      current = checkedTime(date, 'set(date)');
    },
  };
}
