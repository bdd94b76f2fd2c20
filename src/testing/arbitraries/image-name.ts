import fc from 'fast-check';
import { ALPHANUMERIC, lengthOf } from './text';

/**
 * Valid ImageNames, by construction from the model (`^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$`, 1 to
 * 63 characters): an alphanumeric, then groups of an optional `-` or `.` and an alphanumeric, cut
 * at whole groups where the length bound ends. Shrinks towards short names without separators.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageName } from 'sagemaker-image-mock/arbitraries';
 *
 * test('CreateImage takes every valid name', () => {
 *   fc.assert(fc.property(imageName(), (ImageName) => {
 *     const store = new ImageStore();
 *     store.createImage({ ImageName, RoleArn: 'arn:aws:iam::123456789012:role/r' });
 *     expect(store.describeImage({ ImageName }).ImageName).toBe(ImageName);
 *   }));
 * });
 * ```
 */
export function imageName(): fc.Arbitrary<string> {
  const { max } = lengthOf('ImageName');
  const group = fc.tuple(fc.constantFrom('', '-', '.'), fc.constantFrom(...ALPHANUMERIC)).map(([separator, char]) => separator + char);
  return fc.tuple(fc.constantFrom(...ALPHANUMERIC), fc.array(group, { maxLength: max - 1 })).map(([head, groups]) => {
    let name = head;
    for (const next of groups) {
      if (name.length + next.length > max) break;
      name += next;
    }
    return name;
  });
}
