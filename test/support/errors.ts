// One style for error paths: expectServiceError(promise, code, message) asserts the exact code and
// text; rejectionOf(promise) is for the tests that inspect more (the class, $fault, $metadata).
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

/** Rejects with exactly this AWS error code and message. */
export async function expectServiceError(promise: Promise<unknown>, name: string, message: string): Promise<void> {
  const error = await rejectionOf(promise);
  expect({ name: error.name, message: error.message }).toEqual({ name, message });
}

export function oneViolation(item: string): string {
  return `1 validation error detected: ${item}`;
}
