// Error paths use the public toolkit: `expectServiceError(call, code, message?)` from
// 'sagemaker-image-mock' asserts the code and the whole text (or a RegExp). rejectionOf(promise) is
// for the tests that inspect more (the class, $fault, $metadata).
import type { SageMakerServiceException } from '@aws-sdk/client-sagemaker';

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<SageMakerServiceException> {
  try {
    await promise;
  } catch (error) {
    return error as SageMakerServiceException;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

export function oneViolation(item: string): string {
  return `1 validation error detected: ${item}`;
}
