import type fc from 'fast-check';
import { ALPHANUMERIC, lengthOf, textOf } from './text';

/**
 * Valid ListImages NameContains values (`^[a-zA-Z0-9\-.]+$`, up to the model's 63 characters).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageSeeds, nameContains } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageSeeds({ maxLength: 20 }), nameContains(), (seeds, part) => {
 *   const store = new ImageStore();
 *   store.seed(seeds);
 *   const { Images = [] } = store.listImages({ NameContains: part });
 *   expect(Images.every((image) => image.ImageName?.includes(part))).toBe(true);
 * }));
 * ```
 */
export function nameContains(): fc.Arbitrary<string> {
  return textOf([...ALPHANUMERIC, '-', '.'], 1, lengthOf('ImageNameContains').max);
}
