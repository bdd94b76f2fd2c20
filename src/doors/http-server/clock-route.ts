import type { ManualClock } from '../../clock/manual-clock';
import { didYouMean } from '../../errors/did-you-mean';
import { clockBodyNotValid, flagWordNotKnown } from '../../errors/http-problems';
import type { ImageStore } from '../../store/image-store';

// POST /_mock/clock (SPEC §15): the suite moves a server's manual clock, so a waiter's minutes
// take none. Moving the clock finishes nothing by itself: the store settles the transitions due by
// then at its next call, as in process.

/** What the body asks: move the clock by ms, put it at a time, or nothing (read the time). */
export type ClockMove = { readonly advance: number } | { readonly set: Date } | undefined;

const MEMBERS = ['advance', 'set'];

/** Reads the body of POST /_mock/clock (JSON already parsed, `{}` when empty); anything else is a TypeError saying what it takes. */
export function clockMove(body: unknown): ClockMove {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw clockBodyNotValid(`${JSON.stringify(body)} is not an object`);
  const keys = Object.keys(body);
  const unknown = keys.find((key) => !MEMBERS.includes(key));
  if (unknown !== undefined) throw clockBodyNotValid(flagWordNotKnown(unknown, didYouMean(unknown, MEMBERS)));
  if (keys.length > 1) throw clockBodyNotValid('advance and set are given together');
  const { advance, set } = body as { advance?: unknown; set?: unknown };
  if (keys.includes('advance')) {
    if (typeof advance !== 'number' || !Number.isFinite(advance)) throw clockBodyNotValid(`advance ${JSON.stringify(advance)} is not a number of milliseconds`);
    return { advance };
  }
  if (keys.includes('set')) {
    const time = typeof set === 'string' ? new Date(set) : undefined;
    if (time === undefined || Number.isNaN(time.getTime())) throw clockBodyNotValid(`set ${JSON.stringify(set)} is not an ISO time`);
    return { set: time };
  }
  return undefined;
}

/** The store's clock when it can be moved (a ManualClock: `advance(ms)` and `set(date)`, as createManualClock's). */
function manualClockOf(store: ImageStore): ManualClock | undefined {
  const clock = store.options.clock as Partial<ManualClock>;
  return typeof clock.advance === 'function' && typeof clock.set === 'function' ? (clock as ManualClock) : undefined;
}

/** Moves the store's clock as asked; false when it is not manual (nothing moved). */
export function moveClock(store: ImageStore, move: NonNullable<ClockMove>): boolean {
  const clock = manualClockOf(store);
  if (clock === undefined) return false;
  if ('advance' in move) clock.advance(move.advance);
  else clock.set(move.set);
  return true;
}
