/**
 * A seed that the store refuses: a mistake in the test's own fixtures, not a service answer.
 * The message names the seed and the field.
 *
 * @example
 * ```ts
 * import { ImageStore, SeedError } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * expect(() => store.seed({ ImageName: 'img' }, { ImageName: 'img' })).toThrow(SeedError);
 * expect(store.listImages().Images).toEqual([]); // all or nothing
 * ```
 */
export class SeedError extends Error {
  /** Always `'SeedError'`. */
  override readonly name = 'SeedError';
}
