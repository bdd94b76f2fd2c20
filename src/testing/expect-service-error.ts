import { AssertionError } from 'node:assert';
import { checkServiceError, outcomeOf } from './service-error-check';

/**
 * The error-path assertion for any test runner (node:test, mocha, plain scripts): resolves with the
 * error when `call` (a promise, or a function that throws or returns one) fails with this AWS error
 * code, and message (the whole text, or a RegExp it must match); otherwise rejects with an
 * AssertionError that shows what was expected, what came, and the request that failed.
 *
 * @example
 * ```ts
 * import { test } from 'node:test';
 * import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { expectServiceError, mockSageMakerImages } from 'sagemaker-image-mock';
 *
 * test('a missing image', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await expectServiceError(client.send(new DescribeImageCommand({ ImageName: 'x' })), 'ResourceNotFound', /does not exist/);
 *   mock.restore();
 * });
 * ```
 */
export async function expectServiceError(call: unknown, code: string, message?: string | RegExp): Promise<Error> {
  const outcome = await outcomeOf(call);
  const result = checkServiceError(outcome, code, message);
  if (!result.pass) throw new AssertionError({ message: result.report(false), operator: 'fail', stackStartFn: expectServiceError });
  return outcome.value as Error;
}
