import type { CallContext } from '../glossary';
import { operations } from '../model/generated/service-model';
import type { ImageStore, StoreInput, StoreOutput } from '../store/image-store';

/** The 14 operations of the service model; the store answers each. */
export type ImplementedOperation = keyof typeof operations;

/** Input and output of an operation, as the SDK types them. */
export type OperationInput<Op extends ImplementedOperation> = StoreInput<Op>;
export type OperationOutput<Op extends ImplementedOperation> = StoreOutput<Op>;
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
  return store.call(operation, input, context);
}
