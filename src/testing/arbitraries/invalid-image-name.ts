import fc from 'fast-check';
import { imageName } from './image-name';
import { ALPHANUMERIC, lengthOf, textOf } from './text';

/**
 * ImageNames the service refuses with a ValidationException at 'imageName', each invalid by
 * construction: empty, one character too long or more, starting or ending with a separator, two
 * separators in a row, or a character outside `[a-zA-Z0-9.-]`.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { invalidImageName } from 'sagemaker-image-mock/arbitraries';
 * import 'sagemaker-image-mock/jest';
 *
 * test('DescribeImage refuses every invalid name', () => {
 *   fc.assert(fc.property(invalidImageName(), (ImageName) => {
 *     expect(() => new ImageStore().describeImage({ ImageName })).toThrowServiceError('ValidationException', /at 'imageName'/);
 *   }));
 * });
 * ```
 */
export function invalidImageName(): fc.Arbitrary<string> {
  const { max } = lengthOf('ImageName');
  const separator = fc.constantFrom('-', '.');
  const foreign = fc.constantFrom('_', ' ', '/', ':', '!', 'é', '日', '\n');
  return fc.oneof(
    fc.constant(''),
    textOf(ALPHANUMERIC, max + 1, 2 * max),
    fc.tuple(separator, imageName()).map(([s, name]) => s + name),
    fc.tuple(imageName(), separator).map(([name, s]) => name + s),
    fc.tuple(imageName(), separator, separator, imageName()).map(([a, s, t, b]) => a + s + t + b),
    fc.tuple(imageName(), foreign, fc.option(imageName(), { nil: '' })).map(([a, c, b]) => a + c + b),
  );
}
