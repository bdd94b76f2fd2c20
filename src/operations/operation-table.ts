import type { CallContext } from '../glossary';
import { operations } from '../model/generated/service-model';
import type { ImageStore, StoreInput, StoreOutput } from '../store/image-store';

/**
 * The 14 operations of the service model, named as the service names them; the store answers each.
 *
 * @example
 * ```ts
 * import { IMPLEMENTED_OPERATIONS } from 'sagemaker-image-mock';
 * import type { ImplementedOperation } from 'sagemaker-image-mock';
 *
 * const reads: ImplementedOperation[] = ['DescribeImage', 'ListImages', 'ListTags'];
 * expect(IMPLEMENTED_OPERATIONS).toEqual(expect.arrayContaining(reads));
 * ```
 */
export type ImplementedOperation = keyof typeof operations;

/**
 * The input of an operation, as the SDK types it (`ListImages` takes a `ListImagesRequest`).
 *
 * @example
 * ```ts
 * import { dispatch, ImageStore } from 'sagemaker-image-mock';
 * import type { OperationInput } from 'sagemaker-image-mock';
 *
 * const input: OperationInput<'ListImages'> = { NameContains: 'torch', MaxResults: 10 };
 * expect(dispatch(new ImageStore(), 'ListImages', input).Images).toEqual([]);
 * ```
 */
export type OperationInput<Op extends ImplementedOperation> = StoreInput<Op>;
/**
 * The output of an operation, as the SDK types it, without `$metadata`.
 *
 * @example
 * ```ts
 * import { dispatch, ImageStore } from 'sagemaker-image-mock';
 * import type { OperationOutput } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * store.seed({ ImageName: 'img' });
 * const image: OperationOutput<'DescribeImage'> = dispatch(store, 'DescribeImage', { ImageName: 'img' });
 * expect(image.ImageStatus).toBe('CREATED');
 * ```
 */
export type OperationOutput<Op extends ImplementedOperation> = StoreOutput<Op>;
/**
 * Every operation's input and output, by operation name: for typing code that handles any
 * operation, as a recorder or a proxy does.
 *
 * @example
 * ```ts
 * import { IMPLEMENTED_OPERATIONS } from 'sagemaker-image-mock';
 * import type { ImplementedOperation, OperationShapes } from 'sagemaker-image-mock';
 *
 * type Call = { [Op in ImplementedOperation]: { operation: Op; input: OperationShapes[Op]['input'] } }[ImplementedOperation];
 * const calls: Call[] = [{ operation: 'DescribeImage', input: { ImageName: 'img' } }];
 * expect(IMPLEMENTED_OPERATIONS).toContain(calls[0]?.operation);
 * ```
 */
export type OperationShapes = { [Op in ImplementedOperation]: { input: OperationInput<Op>; output: OperationOutput<Op> } };

/**
 * The names of the {@link ImplementedOperation}s, for tests that run over every operation.
 *
 * @example
 * ```ts
 * import { dispatch, ImageStore, IMPLEMENTED_OPERATIONS } from 'sagemaker-image-mock';
 * import 'sagemaker-image-mock/jest';
 *
 * test.each(IMPLEMENTED_OPERATIONS)('%s can be throttled', (operation) => {
 *   const store = new ImageStore();
 *   store.throttleNext(1);
 *   expect(() => dispatch(store, operation, {} as never)).toThrowServiceError('ThrottlingException');
 * });
 * ```
 */
export const IMPLEMENTED_OPERATIONS = Object.keys(operations) as readonly ImplementedOperation[];

/**
 * The one transport-free entry that every door calls. Throws ServiceError for any service error.
 * The input is validated as the service would, so a door may hand over what it received.
 *
 * @returns The operation's output, as the SDK types it ({@link OperationOutput}), without `$metadata`.
 *
 * @example
 * ```ts
 * import { dispatch, ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * store.seed({ ImageName: 'img', region: 'eu-west-1' });
 * const { Tags } = dispatch(store, 'ListTags', { ResourceArn: 'arn:aws:sagemaker:eu-west-1:123456789012:image/img' }, { region: 'eu-west-1' });
 * expect(Tags).toEqual([]);
 * ```
 */
export function dispatch<Op extends ImplementedOperation>(
  store: ImageStore,
  operation: Op,
  input: OperationInput<Op>,
  context: CallContext = {},
): OperationOutput<Op> {
  return store.call(operation, input, context);
}
