import type { Clock } from './clock';

export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds (a negative value moves it back). */
  advance(ms: number): void;
  set(date: Date): void;
}

function checkedTime(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new TypeError(`${what} needs a valid Date`);
  return ms;
}

/** A clock that only moves when told to. */
export function createManualClock(start: Date = new Date(0)): ManualClock {
  let current = checkedTime(start, 'createManualClock(start)');
  return {
    now: () => new Date(current),
    advance(ms: number) {
      if (!Number.isFinite(ms)) throw new TypeError('advance(ms) needs a finite number of milliseconds');
      current += ms;
    },
    set(date: Date) {
      current = checkedTime(date, 'set(date)');
    },
  };
}
