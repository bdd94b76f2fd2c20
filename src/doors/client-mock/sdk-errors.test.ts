import {
  ConflictException,
  ResourceInUse,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { ServiceError } from '../../errors/service-error';
import type { ServiceErrorCode } from '../../errors/service-error';
import { toSdkError } from './sdk-errors';

const $metadata = { httpStatusCode: 400, requestId: 'req', attempts: 1, totalRetryDelay: 0 };

describe('toSdkError', () => {
  it.each([
    ['ResourceNotFound', ResourceNotFound],
    ['ResourceInUse', ResourceInUse],
    ['ResourceLimitExceeded', ResourceLimitExceeded],
    ['ConflictException', ConflictException],
  ] as const)("builds the SDK's own %s class", (code, Class) => {
    const error = toSdkError(new ServiceError(code, 'text'), $metadata);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(SageMakerServiceException);
    expect({ name: error.name, message: error.message, fault: error.$fault, $metadata: error.$metadata }).toEqual({
      name: code,
      message: 'text',
      fault: 'client',
      $metadata,
    });
    expect(Object.prototype.hasOwnProperty.call(error, 'Message')).toBe(false);
  });

  it.each<ServiceErrorCode>(['ValidationException', 'ThrottlingException', 'InvalidSignatureException'])(
    'builds a SageMakerServiceException named %s for a code the SDK does not model',
    (code) => {
      const error = toSdkError(new ServiceError(code, 'text'), $metadata);
      expect(error.constructor).toBe(SageMakerServiceException);
      expect([error.name, error.message, error.$fault]).toEqual([code, 'text', 'client']);
    },
  );
});
