/**
 * Codes the mock answers with. The first four are modelled by SageMaker; the rest are AWS-wide.
 *
 * @example
 * ```ts
 * import { ImageStore, isServiceError } from 'sagemaker-image-mock';
 * import type { ServiceErrorCode } from 'sagemaker-image-mock';
 *
 * function codeOf(call: () => unknown): ServiceErrorCode | undefined {
 *   try {
 *     call();
 *     return undefined;
 *   } catch (error) {
 *     if (isServiceError(error)) return error.code;
 *     throw error;
 *   }
 * }
 * expect(codeOf(() => new ImageStore().listImages({ MaxResults: 0 }))).toBe('ValidationException');
 * ```
 */
export type ServiceErrorCode =
  | 'ResourceNotFound'
  | 'ResourceNotFoundException'
  | 'ResourceInUse'
  | 'ResourceLimitExceeded'
  | 'ConflictException'
  | 'ValidationException'
  | 'SerializationException'
  | 'ThrottlingException'
  | 'InvalidSignatureException'
  | 'UnknownOperationException';

/**
 * An error as the SageMaker service reports it: `name` is the AWS error code, `message` its text.
 * Built only by the factories in `./factories`, so every message format lives in one place.
 * The {@link ImageStore} throws it; the SDK doors turn it into the SDK's own error classes.
 *
 * @example
 * ```ts
 * import { ImageStore, ServiceError } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * expect(() => store.describeImage({ ImageName: 'missing' })).toThrow(ServiceError);
 * expect(() => store.describeImage({ ImageName: 'missing' })).toThrow(
 *   expect.objectContaining({ name: 'ResourceNotFound', httpStatusCode: 400, fault: 'client' }),
 * );
 * ```
 */
export class ServiceError extends Error {
  /** The AWS error code, as the SDK's errors carry it. */
  override readonly name: ServiceErrorCode;
  /** The AWS error code (the same as `name`). */
  readonly code: ServiceErrorCode;
  /** The HTTP status the service answers with. */
  readonly httpStatusCode: number;
  /** Whose fault it is, as the SDK's `$fault`. */
  readonly fault: 'client' | 'server';

  constructor(code: ServiceErrorCode, message: string, httpStatusCode = 400, fault: 'client' | 'server' = 'client') {
    super(message);
    this.name = code;
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.fault = fault;
  }
}

/**
 * Whether a value is a {@link ServiceError}, as the {@link ImageStore} throws them.
 *
 * @example
 * ```ts
 * import { ImageStore, isServiceError } from 'sagemaker-image-mock';
 *
 * try {
 *   new ImageStore().deleteImage({ ImageName: 'missing' });
 * } catch (error) {
 *   if (!isServiceError(error) || error.code !== 'ResourceNotFound') throw error;
 * }
 * ```
 */
export function isServiceError(value: unknown): value is ServiceError {
  return value instanceof ServiceError;
}
