import type { ImageSortBy, ImageSortOrder, ListImagesRequest } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { IntegerShapeModel } from '../../model/shape-types';
import { shapeOf } from '../../model/shapes';
import { nameContains } from './name-contains';
import { enumOf } from './text';
import type { TimeConstraints } from './times';
import { instant } from './times';

/**
 * A valid ListImages request without NextToken: any mix of filters, order and page size.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageSeeds, listImagesRequest } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageSeeds(), listImagesRequest(), (seeds, request) => {
 *   const store = new ImageStore();
 *   store.seed(seeds);
 *   const { Images = [] } = store.listImages(request);
 *   expect(Images.length).toBeLessThanOrEqual(request.MaxResults ?? 10);
 * }));
 * ```
 */
export function listImagesRequest(constraints: TimeConstraints = {}): fc.Arbitrary<ListImagesRequest> {
  const { min = 1, max = 100 } = shapeOf('MaxResults') as IntegerShapeModel;
  const time = instant(constraints);
  return fc.record(
    {
      CreationTimeAfter: time,
      CreationTimeBefore: time,
      LastModifiedTimeAfter: time,
      LastModifiedTimeBefore: time,
      MaxResults: fc.integer({ min, max }),
      NameContains: nameContains(),
      SortBy: fc.constantFrom(...(enumOf('ImageSortBy') as ImageSortBy[])),
      SortOrder: fc.constantFrom(...(enumOf('ImageSortOrder') as ImageSortOrder[])),
    },
    { requiredKeys: [] },
  );
}

/**
 * MaxResults the service refuses (below 1 or above 100) with a ValidationException at 'maxResults'.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { invalidMaxResults } from 'sagemaker-image-mock/arbitraries';
 * import 'sagemaker-image-mock/jest';
 *
 * fc.assert(fc.property(invalidMaxResults(), (MaxResults) => {
 *   expect(() => new ImageStore().listImages({ MaxResults })).toThrowServiceError('ValidationException', /at 'maxResults'/);
 * }));
 * ```
 */
export function invalidMaxResults(): fc.Arbitrary<number> {
  const { min = 1, max = 100 } = shapeOf('MaxResults') as IntegerShapeModel;
  return fc.oneof(fc.integer({ max: min - 1, min: -(2 ** 31) }), fc.integer({ min: max + 1, max: 2 ** 31 - 1 }));
}
