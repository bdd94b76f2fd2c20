import { validationError } from '../errors/factories';
import { operations } from '../model/generated/service-model';
import type { OperationName } from '../model/shapes';
import { constraintViolations } from './constraints';
import { deserializeStructure } from './deserialize';

/**
 * What the service does with a request before any rule of its own: parse it (SerializationException
 * for a wrong type), then check every model constraint (one ValidationException listing them all).
 * Returns a clean copy of the input that the caller may keep.
 */
// The caller names the SDK input type that the operation's input shape describes.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export function validateInput<T>(operation: OperationName, input: unknown): T {
  const shapeName = operations[operation].input;
  const clean = deserializeStructure(shapeName, input);
  const violations = constraintViolations(shapeName, clean);
  if (violations.length > 0) throw validationError(violations);
  return clean as T;
}
