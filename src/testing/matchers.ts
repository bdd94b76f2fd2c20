import type { Outcome } from './service-error-check';
import { checkServiceError, outcomeOf } from './service-error-check';

// The matchers that Jest's and Vitest's `expect.extend` take: both call them with the same `this`.

/**
 * What Jest and Vitest give a matcher as `this` (the part used here). Exported for the declaration
 * of vitest.mts's `serviceErrorMatchers`, which names it.
 *
 * @public
 */
export interface MatcherThis {
  readonly isNot?: boolean;
  /** 'rejects', 'resolves' or '' (Jest and Vitest set it under `.rejects` / `.resolves`). */
  readonly promise?: string;
}

/**
 * What a matcher answers. Exported for the declaration of vitest.mts's `serviceErrorMatchers`.
 *
 * @public
 */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/**
 * The matcher types, for `expect(...)` of Jest (`./jest`) and Vitest (`./vitest`): importing the
 * entry adds them to the runner's `expect` and its types.
 *
 * @example Jest
 * ```ts
 * import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages } from 'sagemaker-image-mock';
 * import 'sagemaker-image-mock/jest';
 *
 * test('a missing image', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.toThrowServiceError('ResourceNotFound');
 *   mock.restore();
 * });
 * ```
 *
 * @example Vitest
 * ```ts
 * import { expect, test } from 'vitest';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import 'sagemaker-image-mock/vitest';
 *
 * test('a name the service refuses', () => {
 *   expect(() => new ImageStore().describeImage({ ImageName: '-bad' })).toThrowServiceError('ValidationException', /at 'imageName'/);
 * });
 * ```
 */
export interface ServiceErrorMatchers<R = unknown> {
  /**
   * The call fails with this AWS error code (the error's `name` on every door) and, when given, a
   * message equal to the string or matching the RegExp. Takes the promise itself, `.rejects`, a
   * function that throws (the store without the SDK), or an error already caught.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   * import 'sagemaker-image-mock/jest';
   *
   * expect(() => new ImageStore().describeImage({ ImageName: 'gone' })).toThrowServiceError('ResourceNotFound', /does not exist/);
   * ```
   */
  toThrowServiceError(code: string, message?: string | RegExp): R;
}

function judge(this: MatcherThis, outcome: Outcome, code: string, message: string | RegExp | undefined): MatcherResult {
  const result = checkServiceError(outcome, code, message);
  return { pass: result.pass, message: () => result.report(this.isNot === true) };
}

function toThrowServiceError(this: MatcherThis, received: unknown, code: string, message?: string | RegExp): MatcherResult | Promise<MatcherResult> {
  // Under `.resolves` the value is what the call answered: it did not fail.
  const outcome = this.promise === 'resolves' ? { rejected: false, value: received } : outcomeOf(received);
  return outcome instanceof Promise ? outcome.then((settled) => judge.call(this, settled, code, message)) : judge.call(this, outcome, code, message);
}

/**
 * Pass to `expect.extend(serviceErrorMatchers)` where `sagemaker-image-mock/jest` cannot find a global `expect`.
 *
 * @example
 * ```ts
 * // In a file of Jest's `setupFilesAfterEnv`, where the import alone cannot reach Jest's `expect`
 * // (no global `expect` under `injectGlobals: false`, and no 'expect' package it can require).
 * import { expect } from '@jest/globals';
 * import { serviceErrorMatchers } from 'sagemaker-image-mock/jest';
 *
 * expect.extend(serviceErrorMatchers);
 * ```
 */
export const serviceErrorMatchers = { toThrowServiceError };
