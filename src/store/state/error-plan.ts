import { assertKnownKeys, errorInjectionNotValid } from '../../errors/usage-errors';
import type { ErrorInjection } from '../../glossary';
import { ACCOUNT_ID } from '../../model/arn';

/** An error a test asked for (`errorNext`, or a stub's `error`): code, message and HTTP status, checked. */
export interface ErrorAnswer {
  readonly code: string;
  readonly message: string | undefined;
  readonly httpStatus: number;
}

/** An error planned with `errorNext`, checked, and how many calls it still answers. */
export interface PlannedError extends ErrorAnswer {
  readonly operation: string | undefined;
  readonly accountId: string | undefined;
  readonly remaining: number;
}

/** The status a code is answered with when the injection gives none: the service's for its 5xx codes. */
const DEFAULT_STATUS: Readonly<Record<string, number>> = { InternalFailure: 500, InternalServerError: 500, ServiceUnavailable: 503 };
const KEYS = ['code', 'message', 'httpStatus', 'operation', 'count', 'accountId'];
const ERROR_CODE = /^[A-Za-z][A-Za-z0-9.]*$/;

/** Checks the code, message and status of an error a test asked for (`what` names the call for the TypeError). */
export function errorAnswer(what: string, given: { readonly code?: unknown; readonly message?: unknown; readonly httpStatus?: unknown }): ErrorAnswer {
  const { code, message, httpStatus } = given;
  if (typeof code !== 'string' || !ERROR_CODE.test(code)) throw errorInjectionNotValid(what, 'code', 'an AWS error code such as AccessDeniedException');
  if (message !== undefined && typeof message !== 'string') throw errorInjectionNotValid(what, 'message', 'a string');
  const status = httpStatus ?? DEFAULT_STATUS[code] ?? 400;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 400 || status > 599) throw errorInjectionNotValid(what, 'httpStatus', 'a status from 400 to 599 (`status` over HTTP)');
  return { code, message, httpStatus: status };
}

/** Checks the `count` and `accountId` members shared by errorNext and stubOperation. */
export function checkCountAndAccount(what: string, count: unknown, accountId: unknown): void {
  if (count !== undefined && (typeof count !== 'number' || !Number.isInteger(count) || count < 1)) throw errorInjectionNotValid(what, 'count', 'a whole number of calls, 1 or more');
  if (accountId !== undefined && (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId))) throw errorInjectionNotValid(what, 'accountId', 'a 12-digit account');
}

/** Checks an injection (a TypeError at once for one no call can meet) and plans it. */
export function plannedError(injection: ErrorInjection, operations: readonly string[]): PlannedError {
  const what = 'errorNext(injection)';
  assertKnownKeys(what, injection, KEYS);
  const { operation, count = 1, accountId } = injection;
  const answer = errorAnswer(what, injection);
  if (operation !== undefined && !operations.includes(operation)) throw errorInjectionNotValid(what, 'operation', `one of the operations (${operations.join(', ')})`);
  checkCountAndAccount(what, count, accountId);
  return { ...answer, operation, accountId, remaining: count };
}

/** The first planned error a call of `operation` in `accountId` meets, used once; the rest stay in order. */
export function takeError(plans: PlannedError[], operation: string, accountId: string): PlannedError | undefined {
  const i = plans.findIndex((p) => (p.operation === undefined || p.operation === operation) && (p.accountId === undefined || p.accountId === accountId));
  if (i < 0) return undefined;
  const found = plans[i]!;
  if (found.remaining === 1) plans.splice(i, 1);
  else plans[i] = { ...found, remaining: found.remaining - 1 };
  return found;
}
