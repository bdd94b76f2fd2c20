import type { Tag } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { shapeOf } from '../../model/shapes';
import type { ListShapeModel } from '../../model/shape-types';
import { ALPHANUMERIC, lengthOf, textOf } from './text';

// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`: letters, spaces and numbers of any script, and a few symbols.
// A few non-ASCII ones, so code-point lengths are exercised.
const TAG_CHARS = [...ALPHANUMERIC, ' ', '_', '.', ':', '/', '=', '+', '-', '@', 'é', 'ß', 'Ω', '日', '٣'];

/**
 * A valid Tag: Key 1 to 128 characters, Value 0 to 256 (the model's bounds).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { tag } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(tag(), (t) => {
 *   const store = new ImageStore();
 *   const [image] = store.seed({ ImageName: 'img' });
 *   store.addTags({ ResourceArn: image!.ImageArn!, Tags: [t] });
 *   expect(store.listTags({ ResourceArn: image!.ImageArn! }).Tags).toEqual([t]);
 * }));
 * ```
 */
export function tag(): fc.Arbitrary<Tag> {
  const key = lengthOf('TagKey');
  const value = lengthOf('TagValue');
  return fc.record({ Key: textOf(TAG_CHARS, Math.max(1, key.min), key.max), Value: textOf(TAG_CHARS, value.min, value.max) });
}

/**
 * A valid tag list: unique keys, at most the model's 50 tags.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { tags } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(tags(), (Tags) => {
 *   const store = new ImageStore();
 *   const [image] = store.seed({ ImageName: 'img', Tags });
 *   expect(store.listTags({ ResourceArn: image!.ImageArn! }).Tags).toHaveLength(Tags.length);
 * }));
 * ```
 */
export function tags(): fc.Arbitrary<Tag[]> {
  const { max } = shapeOf('TagList') as ListShapeModel;
  return fc.uniqueArray(tag(), { selector: (t) => t.Key, maxLength: max ?? 50 });
}
