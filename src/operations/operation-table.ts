import { operations } from '../model/generated/service-model';
import type { CallContext, ImageStore } from '../store/image-store';

/** The 14 operations of the service model; the store has one method for each. */
export type ImplementedOperation = keyof typeof operations;

type MethodOf<Op extends ImplementedOperation> = Uncapitalize<Op>;

/** Input and output of an operation, as the SDK types them (read off the store's method). */
export type OperationInput<Op extends ImplementedOperation> = Parameters<ImageStore[MethodOf<Op>]>[0];
export type OperationOutput<Op extends ImplementedOperation> = ReturnType<ImageStore[MethodOf<Op>]>;
export type OperationShapes = { [Op in ImplementedOperation]: { input: OperationInput<Op>; output: OperationOutput<Op> } };

export const IMPLEMENTED_OPERATIONS = Object.keys(operations) as readonly ImplementedOperation[];

/**
 * The one transport-free entry that every door calls. Throws ServiceError for any service error.
 * The input is validated as the service would, so a door may hand over what it received.
 */
export function dispatch<Op extends ImplementedOperation>(
  store: ImageStore,
  operation: Op,
  input: OperationInput<Op>,
  context: CallContext = {},
): OperationOutput<Op> {
  const method = (operation.charAt(0).toLowerCase() + operation.slice(1)) as MethodOf<Op>;
  const handler = store[method] as (input: unknown, context: CallContext) => OperationOutput<Op>;
  return handler.call(store, input, context);
}
