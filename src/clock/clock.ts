/** The only source of time for a store. */
export interface Clock {
  now(): Date;
}

/** Reads `Date.now()` on every call, so Jest's modern fake timers move it too. */
export const systemClock: Clock = {
  now: () => new Date(Date.now()),
};
