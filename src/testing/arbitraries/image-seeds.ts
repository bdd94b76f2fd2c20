import fc from 'fast-check';
import type { ImageSeed } from '../../glossary';
import type { ImageSeedConstraints } from './image-seed';
import { imageSeed } from './image-seed';

/**
 * What {@link imageSeeds} draws: how many seeds, and each as {@link ImageSeedConstraints} says.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { imageSeeds } from 'sagemaker-image-mock/arbitraries';
 * import type { ImageSeedsConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * const aFewTagged: ImageSeedsConstraints = { minLength: 1, maxLength: 5, withTags: true };
 * const [seeds] = fc.sample(imageSeeds(aFewTagged), 1);
 * expect(seeds?.length).toBeGreaterThanOrEqual(1);
 * ```
 */
export interface ImageSeedsConstraints extends ImageSeedConstraints {
  /** Fewest seeds. Default 0. */
  readonly minLength?: number;
  /** Most seeds. Default: fast-check's default size. */
  readonly maxLength?: number;
}

/**
 * Seeds with unique names, ready for one `seed(...)` call (constraints as `imageSeed`).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageSeeds } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageSeeds({ maxLength: 50 }), (seeds) => {
 *   const store = new ImageStore();
 *   store.seed(seeds);
 *   expect(store.listImages({ MaxResults: 100 }).Images).toHaveLength(seeds.length);
 * }));
 * ```
 */
export function imageSeeds(constraints: ImageSeedsConstraints = {}): fc.Arbitrary<ImageSeed[]> {
  const { minLength, maxLength, ...seed } = constraints;
  return fc.uniqueArray(imageSeed(seed), {
    selector: (s) => s.ImageName,
    ...(minLength !== undefined && { minLength }),
    ...(maxLength !== undefined && { maxLength }),
  });
}
