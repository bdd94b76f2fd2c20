import { slipOf } from '../../errors/did-you-mean';
import { assertKnownKeys, errorInjectionNotValid, operationSlip, stubOfImplementedOperation, stubOutputNotData } from '../../errors/usage-errors';
import type { OperationStub } from '../../glossary';
import type { ErrorAnswer } from './error-plan';
import { checkCountAndAccount, errorAnswer } from './error-plan';

/** An output as JSON data, in the wire's form (timestamps as epoch seconds). */
type WireData = Readonly<Record<string, unknown>>;

/** A canned answer planned with `stubOperation`, checked, and how many calls it still answers (`undefined`: until reset). */
export interface PlannedStub {
  readonly operation: string;
  readonly output: WireData | undefined;
  readonly error: ErrorAnswer | undefined;
  readonly accountId: string | undefined;
  readonly remaining: number | undefined;
}

const KEYS = ['operation', 'output', 'error', 'count', 'accountId'];
/** An operation name as the service writes them (PascalCase); the model's longest is far below 128. */
export const OPERATION_NAME = /^[A-Z][A-Za-z0-9]{0,127}$/;
/** No output of the service is nested deeper than this; deeper is a mistake (or a cycle). */
const MAX_DEPTH = 32;

/**
 * `value` as JSON data in the wire's form: Dates become epoch seconds (as awsJson1_1 writes
 * timestamps), undefined and null members are left out; anything that is not data (a function, a
 * Map, NaN, a cycle) is a TypeError naming its path.
 */
function wireData(value: unknown, path: string, depth: number): unknown {
  if (depth > MAX_DEPTH) throw stubOutputNotData(path, `nested deeper than ${MAX_DEPTH}`);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw stubOutputNotData(path, 'a number that is not finite');
    return value;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isFinite(time)) throw stubOutputNotData(path, 'an invalid Date');
    return time / 1000;
  }
  if (Array.isArray(value)) return value.map((item, i) => wireData(item, `${path}[${i}]`, depth + 1));
  if (typeof value === 'object' && value !== null && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined || inner === null) continue;
      out[key] = wireData(inner, `${path}.${key}`, depth + 1);
    }
    return out;
  }
  throw stubOutputNotData(path, value === null ? 'null' : typeof value === 'object' ? `a ${value.constructor?.name ?? 'non-plain'} object` : `a ${typeof value}`);
}

/** Checks a stub (a TypeError at once for one that cannot answer anything) and plans it. */
export function plannedStub(stub: OperationStub, implemented: readonly string[]): PlannedStub {
  const what = 'stubOperation(stub)';
  assertKnownKeys(what, stub, KEYS);
  const { operation, output, error, count, accountId } = stub;
  if (typeof operation !== 'string' || !OPERATION_NAME.test(operation)) throw errorInjectionNotValid(what, 'operation', "an operation's name as the service writes it, e.g. CreateUserProfile");
  if (implemented.includes(operation)) throw stubOfImplementedOperation(operation);
  const slip = slipOf(operation, implemented);
  if (slip !== undefined) throw operationSlip(what, operation, slip);
  if ((output === undefined) === (error === undefined)) throw errorInjectionNotValid(what, 'output or error', 'given, one of the two');
  let answer: ErrorAnswer | undefined;
  if (error !== undefined) {
    assertKnownKeys(`${what}'s error`, error, ['code', 'message', 'httpStatus']);
    answer = errorAnswer(`${what}'s error`, error);
  }
  if (output !== undefined && (typeof output !== 'object' || output === null || Array.isArray(output))) throw errorInjectionNotValid(what, 'output', "an object (the operation's output)");
  checkCountAndAccount(what, count, accountId);
  return { operation, output: output === undefined ? undefined : (wireData(output, 'output', 0) as WireData), error: answer, accountId, remaining: count };
}

function matches(stub: PlannedStub, operation: string, accountId: string): boolean {
  return stub.operation === operation && (stub.accountId === undefined || stub.accountId === accountId);
}

/** Whether a call of `operation` in `accountId` has a canned answer. */
export function hasStub(stubs: readonly PlannedStub[], operation: string, accountId: string): boolean {
  return stubs.some((s) => matches(s, operation, accountId));
}

/** The newest stub a call of `operation` in `accountId` meets, used once (dropped when it has no calls left). */
export function takeStub(stubs: PlannedStub[], operation: string, accountId: string): PlannedStub | undefined {
  let i = stubs.length - 1;
  while (i >= 0 && !matches(stubs[i]!, operation, accountId)) i -= 1;
  if (i < 0) return undefined;
  const found = stubs[i]!;
  if (found.remaining === 1) stubs.splice(i, 1);
  else if (found.remaining !== undefined) stubs[i] = { ...found, remaining: found.remaining - 1 };
  return found;
}
