import type { Outcome } from './service-error-check';
import { checkServiceError, outcomeOf } from './service-error-check';

// The matchers that Jest's and Vitest's `expect.extend` take: both call them with the same `this`.

/** What Jest and Vitest give a matcher as `this` (the part used here). */
export interface MatcherThis {
  readonly isNot?: boolean;
  /** 'rejects', 'resolves' or '' (Jest and Vitest set it under `.rejects` / `.resolves`). */
  readonly promise?: string;
}

export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

/** The matcher types, for `expect(...)` of Jest (`./jest`) and Vitest (`./vitest`). */
export interface ServiceErrorMatchers<R = unknown> {
  /**
   * The call fails with this AWS error code (the error's `name` on every door) and, when given, a
   * message equal to the string or matching the RegExp. Takes the promise itself, `.rejects`, a
   * function that throws (the store without the SDK), or an error already caught.
   *
   *   await expect(client.send(cmd)).rejects.toThrowServiceError('ValidationException', /at 'imageName'/);
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

/** Pass to `expect.extend(serviceErrorMatchers)` where `sagemaker-image-mock/jest` cannot find a global `expect`. */
export const serviceErrorMatchers = { toThrowServiceError };
