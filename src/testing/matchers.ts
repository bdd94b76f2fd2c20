import type { Equals, InputOf, OperationRef, ReceivedExpectation } from './journal-check';
import { checkReceived, deepEquals } from './journal-check';
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
  /** The runner's equality, which knows asymmetric matchers (`expect.any(String)`). */
  readonly equals?: (a: unknown, b: unknown) => boolean;
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

/**
 * The journal's matchers, for `expect(...)` of Jest (`./jest`) and Vitest (`./vitest`): they read
 * the calls a store answered (`store.requests()`) on any door. `expect` takes the store,
 * the mock, a running server (`startServer`), or the journal itself (`store.requests(filter)`, or
 * the JSON of `GET /_mock/requests`). The operation is its name or the SDK's command class (which
 * types the input); an input is a partial match at the top level, as `expect.objectContaining`, and
 * may hold asymmetric matchers. A failure lists the calls received (the newest 20).
 *
 * Named `...Request...` so as not to clash with aws-sdk-client-mock-jest's `...Command...`
 * matchers, which read `mock.stub` on door 1 and may be used beside these.
 *
 * @example
 * ```ts
 * import { DeleteImageVersionCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { useSageMakerImages } from 'sagemaker-image-mock/jest';
 *
 * const mock = useSageMakerImages(SageMakerClient);
 *
 * test('the code deleted version 1', async () => {
 *   mock.seed({ ImageName: 'img', Versions: [{ BaseImage: 'repo/img:1' }] });
 *   await new SageMakerClient({ region: 'us-east-1' }).send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 }));
 *   expect(mock).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: 'img', Version: 1 });
 *   expect(mock).toHaveReceivedRequestTimes('ListImages', 0);
 * });
 * ```
 */
export interface RequestMatchers<R = unknown> {
  /** The operation was received at least once. */
  toHaveReceivedRequest(operation: OperationRef): R;
  /** The operation was received exactly `times` times (0: never). */
  toHaveReceivedRequestTimes(operation: OperationRef, times: number): R;
  /** The operation was received at least once with an input holding these members. */
  toHaveReceivedRequestWith<Input extends object>(operation: OperationRef<Input>, input: InputOf<Input>): R;
  /** The `n`th call of the operation (from 1, oldest first) had an input holding these members. */
  toHaveReceivedNthRequestWith<Input extends object>(operation: OperationRef<Input>, n: number, input: InputOf<Input>): R;
}

function received(this: MatcherThis, source: unknown, operation: unknown, expected: ReceivedExpectation, what: string): MatcherResult {
  const equals: Equals = typeof this.equals === 'function' ? (a, b) => this.equals!(a, b) : deepEquals;
  const result = checkReceived(source, operation, expected, equals, what);
  return { pass: result.pass, message: () => result.report(this.isNot === true) };
}

/**
 * Pass to `expect.extend(requestMatchers)` where `sagemaker-image-mock/jest` cannot find a global
 * `expect` (as {@link serviceErrorMatchers}).
 *
 * @example
 * ```ts
 * import { expect } from '@jest/globals';
 * import { requestMatchers } from 'sagemaker-image-mock/jest';
 *
 * expect.extend(requestMatchers);
 * ```
 */
export const requestMatchers = {
  /** The operation was received at least once. */
  toHaveReceivedRequest(this: MatcherThis, source: unknown, operation: unknown): MatcherResult {
    return received.call(this, source, operation, {}, 'toHaveReceivedRequest');
  },
  /** The operation was received exactly `times` times. */
  toHaveReceivedRequestTimes(this: MatcherThis, source: unknown, operation: unknown, times: number): MatcherResult {
    // Required here: without it the matcher would read as "at least once".
    return received.call(this, source, operation, { times: times ?? Number.NaN }, 'toHaveReceivedRequestTimes');
  },
  /** The operation was received with an input holding these members. */
  toHaveReceivedRequestWith(this: MatcherThis, source: unknown, operation: unknown, input: object): MatcherResult {
    return received.call(this, source, operation, { input: input ?? null }, 'toHaveReceivedRequestWith');
  },
  /** The `n`th call of the operation had an input holding these members. */
  toHaveReceivedNthRequestWith(this: MatcherThis, source: unknown, operation: unknown, n: number, input: object): MatcherResult {
    return received.call(this, source, operation, { nth: n ?? Number.NaN, input: input ?? null }, 'toHaveReceivedNthRequestWith');
  },
};
