import fc from 'fast-check';
import type { ImageSeed } from '../../glossary';
import type { ImageSeedConstraints } from './image-seed';
import { imageSeed } from './image-seed';

export interface ImageSeedsConstraints extends ImageSeedConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
}

/** Seeds with unique names, ready for one `seed(...)` call (constraints as `imageSeed`). */
export function imageSeeds(constraints: ImageSeedsConstraints = {}): fc.Arbitrary<ImageSeed[]> {
  const { minLength, maxLength, ...seed } = constraints;
  return fc.uniqueArray(imageSeed(seed), {
    selector: (s) => s.ImageName,
    ...(minLength !== undefined && { minLength }),
    ...(maxLength !== undefined && { maxLength }),
  });
}
