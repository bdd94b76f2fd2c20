import type { ImageSortBy, ImageSortOrder, ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { ImageSeed } from 'sagemaker-image-mock';
import type { RefImage } from './reference';

const EPOCH = Date.UTC(2024, 0, 1);

/** Instants that collide often (to exercise ties and inclusive bounds) and sometimes spread wide. */
export const instant: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 8 }).map((m) => EPOCH + m * 60_000),
  fc.integer({ min: -1e12, max: 1e12 }).map((ms) => EPOCH + ms),
);

/** Valid ImageNames, by construction from the model's pattern; a small alphabet so substrings recur. */
export const imageName: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$/),
  fc
    .tuple(fc.constantFrom('a', 'b', 'A', '1'), fc.array(fc.tuple(fc.constantFrom('', '-', '.'), fc.constantFrom('a', 'b', 'A', '1')), { maxLength: 62 }))
    .map(([head, rest]) => head + rest.map(([sep, ch]) => sep + ch).join('')),
);

export const refImage: fc.Arbitrary<RefImage> = fc
  .tuple(imageName, instant, fc.nat({ max: 5 }).chain((k) => (k === 0 ? fc.constant(0) : fc.integer({ min: 0, max: 10 * 60_000 }))))
  .map(([name, created, delta]) => ({ name, created, modified: created + delta }));

/** A store's worth of images with unique names. */
export const refImages: fc.Arbitrary<RefImage[]> = fc.uniqueArray(refImage, { selector: (i) => i.name, size: '+1' });

export function seedOf(image: RefImage, extra: Partial<ImageSeed> = {}): ImageSeed {
  return { ImageName: image.name, CreationTime: new Date(image.created), LastModifiedTime: new Date(image.modified), ...extra };
}

export const nameContains: fc.Arbitrary<string> = fc.oneof(
  fc.stringMatching(/^[a-zA-Z0-9\-.]{1,63}$/),
  fc.stringMatching(/^[abA1.-]{1,3}$/),
);

/** Any valid ListImages query (without MaxResults and NextToken); unset members are absent keys. */
export const listQuery: fc.Arbitrary<ListImagesCommandInput> = fc.record(
  {
    CreationTimeAfter: instant.map((t) => new Date(t)),
    CreationTimeBefore: instant.map((t) => new Date(t)),
    LastModifiedTimeAfter: instant.map((t) => new Date(t)),
    LastModifiedTimeBefore: instant.map((t) => new Date(t)),
    NameContains: nameContains,
    SortBy: fc.constantFrom<ImageSortBy>('CREATION_TIME', 'LAST_MODIFIED_TIME', 'IMAGE_NAME'),
    SortOrder: fc.constantFrom<ImageSortOrder>('ASCENDING', 'DESCENDING'),
  },
  { requiredKeys: [] },
);

/** Page sizes: small ones often, so stores span many pages. */
export const maxResults: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 100 }));
