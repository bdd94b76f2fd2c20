// The snapshot format's name and version, and the bounds its checker holds counters to (decision 0023).

export const FORMAT = 'sagemaker-image-mock/store-snapshot';
export const VERSION = 1;

/**
 * The largest counter (revision, transitions.seq, throttledCalls, lastVersion, a record's revisions)
 * a snapshot may hold: 2^52, half of Number.MAX_SAFE_INTEGER, so every counter has room for 2^52
 * more increments before it would stop being exact.
 */
export const COUNTER_MAX = 2 ** 52;
