import fc from 'fast-check';
import { timeBoundsNotValid } from '../../errors/usage-errors';

/**
 * The instants arbitraries draw from; a test narrows them to make ties and bounds meet often.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageSeeds, listImagesRequest } from 'sagemaker-image-mock/arbitraries';
 * import type { TimeConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * // One second: images created at the same instant, and filters that fall on their times.
 * const second: TimeConstraints = { minTime: new Date('2024-01-01T00:00:00Z'), maxTime: new Date('2024-01-01T00:00:01Z') };
 * fc.assert(fc.property(imageSeeds(second), listImagesRequest(second), (seeds, request) => {
 *   const store = new ImageStore();
 *   store.seed(seeds);
 *   expect(() => store.listImages(request)).not.toThrow();
 * }));
 * ```
 */
export interface TimeConstraints {
  /** Default 2000-01-01T00:00:00Z. */
  readonly minTime?: Date;
  /** Default 2100-01-01T00:00:00Z. */
  readonly maxTime?: Date;
}

const MIN = Date.UTC(2000, 0, 1);
const MAX = Date.UTC(2100, 0, 1);

function timeBounds(constraints: TimeConstraints = {}): { readonly min: number; readonly max: number } {
  const min = constraints.minTime?.getTime() ?? MIN;
  const max = constraints.maxTime?.getTime() ?? MAX;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw timeBoundsNotValid();
  return { min, max };
}

/** An instant between the bounds, in milliseconds. */
export function instant(constraints: TimeConstraints = {}): fc.Arbitrary<Date> {
  const { min, max } = timeBounds(constraints);
  return fc.integer({ min, max }).map((ms) => new Date(ms));
}

/** A CreationTime and a LastModifiedTime on or after it, both between the bounds. */
export function timesPair(constraints: TimeConstraints = {}): fc.Arbitrary<{ CreationTime: Date; LastModifiedTime: Date }> {
  const { min, max } = timeBounds(constraints);
  return fc
    .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
    .map(([a, b]) => ({ CreationTime: new Date(Math.min(a, b)), LastModifiedTime: new Date(Math.max(a, b)) }));
}
