import { serviceErrorCodeNotValid, serviceErrorMessageNotValid } from '../errors/usage-errors';
import { requestOf } from '../protocol/recent-requests';

// The one check behind every error-path assertion (the Jest and Vitest matchers, expectServiceError):
// did the call fail with this AWS error code, and this message? Its report shows what was expected,
// what came, and the request that failed where the door knows it.

/** How a call ended: rejected (or threw) with `value`, or resolved (or returned) `value`. */
export interface Outcome {
  readonly rejected: boolean;
  readonly value: unknown;
}

export interface CheckResult {
  readonly pass: boolean;
  /** Expected, got, and the failing request when it is known; worded for a passing `.not` too. */
  readonly report: (negated: boolean) => string;
}

const show = (m: string | RegExp): string => (typeof m === 'string' ? JSON.stringify(m) : String(m));

function printed(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly $metadata?: { readonly requestId?: unknown; readonly httpStatusCode?: unknown };
}

function requestLines(error: ErrorLike): string {
  const id = typeof error.$metadata?.requestId === 'string' ? error.$metadata.requestId : undefined;
  const request = requestOf(id);
  const lines: string[] = [];
  if (request !== undefined) lines.push(`  request:  ${request.operation} ${request.body}`);
  if (id !== undefined) lines.push(`  request id: ${id}`);
  return lines.map((line) => `\n${line}`).join('');
}

function gotLine(outcome: Outcome): string {
  if (!outcome.rejected) return `\n  but it succeeded with: ${printed(outcome.value)}`;
  const error = outcome.value;
  if (typeof error !== 'object' || error === null) return `\n  got a rejection that is not an error: ${printed(error)}`;
  const { name, message } = error as ErrorLike;
  return `\n  got:      ${typeof name === 'string' ? name : printed(name)}: ${typeof message === 'string' ? message : printed(message)}${requestLines(error)}`;
}

/** Checks an outcome against an AWS error code (the error's `name`, as every door sets it) and message. */
export function checkServiceError(outcome: Outcome, code: string, message?: string | RegExp): CheckResult {
  if (typeof code !== 'string' || code === '') throw serviceErrorCodeNotValid();
  if (message !== undefined && typeof message !== 'string' && !(message instanceof RegExp)) {
    throw serviceErrorMessageNotValid();
  }
  const error = outcome.rejected && typeof outcome.value === 'object' && outcome.value !== null ? (outcome.value as ErrorLike) : undefined;
  const text = typeof error?.message === 'string' ? error.message : '';
  const pass =
    error !== undefined &&
    error.name === code &&
    (message === undefined || (typeof message === 'string' ? text === message : message.test(text)));
  const wanted = `${code}${message === undefined ? '' : ` with message ${show(message)}`}`;
  return {
    pass,
    report: (negated) => `expected the call ${negated ? 'not ' : ''}to fail with ${wanted}${gotLine(outcome)}`,
  };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** Settles a promise into an outcome. */
async function settle(promise: PromiseLike<unknown>): Promise<Outcome> {
  try {
    return { rejected: false, value: await promise };
  } catch (error) {
    return { rejected: true, value: error };
  }
}

/**
 * What an assertion received, as an outcome: a promise is awaited, a function is called (the store
 * throws synchronously), anything else is taken as the error already caught (as `.rejects` hands it
 * over). Synchronous where it can be, so `expect(() => store.describeImage(...))` needs no await.
 */
export function outcomeOf(received: unknown): Outcome | Promise<Outcome> {
  if (isThenable(received)) return settle(received);
  if (typeof received === 'function') {
    try {
      const value: unknown = (received as () => unknown)();
      return isThenable(value) ? settle(value) : { rejected: false, value };
    } catch (error) {
      return { rejected: true, value: error };
    }
  }
  return { rejected: true, value: received };
}
