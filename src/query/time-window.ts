/** The time filters of ListImages and ListImageVersions, as epoch milliseconds. */
export interface TimeWindow {
  readonly creationTimeAfter?: number;
  readonly creationTimeBefore?: number;
  readonly lastModifiedTimeAfter?: number;
  readonly lastModifiedTimeBefore?: number;
}

interface Timed {
  readonly creationTime: number;
  readonly lastModifiedTime: number;
}

/** The window's bounds combined with AND, each inclusive ("on or after", "on or before"). */
export function inTimeWindow(window: TimeWindow): (item: Timed) => boolean {
  const { creationTimeAfter, creationTimeBefore, lastModifiedTimeAfter, lastModifiedTimeBefore } = window;
  return (item) =>
    (creationTimeAfter === undefined || item.creationTime >= creationTimeAfter) &&
    (creationTimeBefore === undefined || item.creationTime <= creationTimeBefore) &&
    (lastModifiedTimeAfter === undefined || item.lastModifiedTime >= lastModifiedTimeAfter) &&
    (lastModifiedTimeBefore === undefined || item.lastModifiedTime <= lastModifiedTimeBefore);
}

/** The window of a request's Date members (validated, so Dates or absent). */
export function timeWindowOf(request: {
  readonly CreationTimeAfter?: Date;
  readonly CreationTimeBefore?: Date;
  readonly LastModifiedTimeAfter?: Date;
  readonly LastModifiedTimeBefore?: Date;
}): TimeWindow {
  return {
    ...(request.CreationTimeAfter && { creationTimeAfter: request.CreationTimeAfter.getTime() }),
    ...(request.CreationTimeBefore && { creationTimeBefore: request.CreationTimeBefore.getTime() }),
    ...(request.LastModifiedTimeAfter && { lastModifiedTimeAfter: request.LastModifiedTimeAfter.getTime() }),
    ...(request.LastModifiedTimeBefore && { lastModifiedTimeBefore: request.LastModifiedTimeBefore.getTime() }),
  };
}

/** The window's bounds in a fixed order (null for an open one), for binding tokens. */
export function timeWindowKey(window: TimeWindow): readonly (number | null)[] {
  return [
    window.creationTimeAfter ?? null,
    window.creationTimeBefore ?? null,
    window.lastModifiedTimeAfter ?? null,
    window.lastModifiedTimeBefore ?? null,
  ];
}
