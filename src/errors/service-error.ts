/** Codes the mock answers with. The first four are modelled by SageMaker; the rest are AWS-wide. */
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
 */
export class ServiceError extends Error {
  override readonly name: ServiceErrorCode;
  readonly code: ServiceErrorCode;
  readonly httpStatusCode: number;
  readonly fault: 'client' | 'server';

  constructor(code: ServiceErrorCode, message: string, httpStatusCode = 400, fault: 'client' | 'server' = 'client') {
    super(message);
    this.name = code;
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.fault = fault;
  }
}

export function isServiceError(value: unknown): value is ServiceError {
  return value instanceof ServiceError;
}
