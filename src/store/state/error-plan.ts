import { assertKnownKeys, errorInjectionNotValid } from '../../errors/usage-errors';
import type { ErrorInjection } from '../../glossary';
import { ACCOUNT_ID } from '../../model/arn';

/** An error planned with `errorNext`, checked, and how many calls it still answers. */
export interface PlannedError {
  readonly code: string;
  readonly message: string | undefined;
  readonly httpStatus: number;
  readonly operation: string | undefined;
  readonly accountId: string | undefined;
  readonly remaining: number;
}

/** The status a code is answered with when the injection gives none: the service's for its 5xx codes. */
const DEFAULT_STATUS: Readonly<Record<string, number>> = { InternalFailure: 500, InternalServerError: 500, ServiceUnavailable: 503 };
const KEYS = ['code', 'message', 'httpStatus', 'operation', 'count', 'accountId'];

/** Checks an injection (a TypeError at once for one no call can meet) and plans it. */
export function plannedError(injection: ErrorInjection, operations: readonly string[]): PlannedError {
  const what = 'errorNext(injection)';
  assertKnownKeys(what, injection, KEYS);
  const { code, message, httpStatus, operation, count = 1, accountId } = injection;
  if (typeof code !== 'string' || !/^[A-Za-z][A-Za-z0-9.]*$/.test(code)) throw errorInjectionNotValid(what, 'code', 'an AWS error code such as AccessDeniedException');
  if (message !== undefined && typeof message !== 'string') throw errorInjectionNotValid(what, 'message', 'a string');
  const status = httpStatus ?? DEFAULT_STATUS[code] ?? 400;
  if (!Number.isInteger(status) || status < 400 || status > 599) throw errorInjectionNotValid(what, 'httpStatus', 'a status from 400 to 599');
  if (operation !== undefined && !operations.includes(operation)) throw errorInjectionNotValid(what, 'operation', `one of the operations (${operations.join(', ')})`);
  if (!Number.isInteger(count) || count < 1) throw errorInjectionNotValid(what, 'count', 'a whole number of calls, 1 or more');
  if (accountId !== undefined && (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId))) throw errorInjectionNotValid(what, 'accountId', 'a 12-digit account');
  return { code, message, httpStatus: status, operation, accountId, remaining: count };
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
