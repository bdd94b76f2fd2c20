import type { HttpProblem } from '../../errors/http-problems';
import {
  clockNotManual,
  controlBadRequest,
  controlBodyNotJson,
  controlMethodNotAllowed,
  controlNotFound,
  controlOtherAccount,
  controlQueryNotValid,
  controlStatusTwice,
  throttleBodyNotCalls,
  throttleUnknownMembers,
} from '../../errors/http-problems';
import { SeedError } from '../../errors/seed-error';
import type { ErrorInjection, FailureInjection, OperationStub, StoreSnapshot } from '../../glossary';
import type { WireResponse } from '../../protocol/handle-wire-request';
import type { ImageStore } from '../../store/image-store';
import { clockMove, moveClock } from './clock-route';
import { seedFromValue } from './seed-file';

// The control plane beside the AWS protocol, on paths no AWS client uses (/_mock/*), so that a
// pytest or go test suite can reset, seed, snapshot, restore and inject failures between tests
// without restarting the server. JSON in, JSON out; errors are JSON 4xx, `{ "error", "message" }`.
// The same store methods as in process, so the same checks: a bad seed stores nothing.

export const CONTROL_PREFIX = '/_mock/';

/** An HTTP answer like the protocol's, with the error's code for the request log. */
export interface ControlAnswer extends WireResponse {
  /** The error's code, for the request log. */
  readonly error?: string;
}

/** A route's work: `account` is the request's `?account=` (the whole store when absent). */
type Handler = (store: ImageStore, body: string, account: string | undefined, query: URLSearchParams) => unknown;
type BadRequest = Parameters<typeof controlBadRequest>[0];

/** A control request refused with a JSON 4xx. */
class Refusal extends Error {
  constructor(readonly problem: HttpProblem) {
    super(problem.message);
  }
}

function refuse(problem: HttpProblem): never {
  throw new Refusal(problem);
}

function parsed(body: string, fallback?: unknown): unknown {
  if (body.trim() === '' && fallback !== undefined) return fallback;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    return refuse(controlBodyNotJson((error as Error).message));
  }
}

/** Runs `call`; the store's refusal of a test's input (a TypeError or SeedError) becomes a 400 with its message. */
function refusing<T>(code: BadRequest, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof TypeError || error instanceof SeedError) refuse(controlBadRequest(code, error.message));
    throw error;
  }
}

/** A route: its method, its work, and the query parameters it takes besides `account`. */
const ROUTES: Readonly<Record<string, { readonly method: 'GET' | 'POST'; readonly handle: Handler; readonly query?: readonly string[] }>> = {
  requests: {
    method: 'GET',
    query: ['operation', 'code'],
    handle: (store, _body, account, query) => {
      const filter = { ...(account !== undefined && { account }), ...Object.fromEntries(['operation', 'code'].flatMap((key) => (query.has(key) ? [[key, query.get(key)]] : []))) };
      // Dates become ISO strings in the JSON answer.
      return { requests: store.requests(filter) };
    },
  },
  health: { method: 'GET', handle: () => ({ status: 'ok' }) },
  reset: {
    method: 'POST',
    handle: (store, _body, account) => {
      store.reset(scoped(account));
      return { reset: true };
    },
  },
  seed: {
    method: 'POST',
    handle: (store, body, account) => {
      const seeds = inAccount(parsed(body), account, 'InvalidSeed', 'a seed');
      return { seeded: refusing('InvalidSeed', () => seedFromValue(store, seeds)) };
    },
  },
  snapshot: { method: 'GET', handle: (store, _body, account) => store.snapshot(scoped(account)) },
  restore: {
    method: 'POST',
    handle: (store, body, account) => {
      const snapshot = parsed(body);
      refusing('InvalidSnapshot', () => store.restore(snapshot as StoreSnapshot, scoped(account)));
      return { restored: true };
    },
  },
  'fail-next': {
    method: 'POST',
    handle: (store, body, account) => {
      const injection = inAccount(parsed(body), account, 'InvalidInjection', 'the injection');
      refusing('InvalidInjection', () => store.failNext(injection as FailureInjection));
      return { planned: true };
    },
  },
  'error-next': {
    method: 'POST',
    handle: (store, body, account) => {
      const given = inAccount(parsed(body), account, 'InvalidInjection', 'the injection');
      // `status` is taken for `httpStatus`, as other mocks' control planes name it.
      const injection = withHttpStatus(given);
      refusing('InvalidInjection', () => store.errorNext(injection as ErrorInjection));
      return { planned: true };
    },
  },
  stubs: {
    method: 'POST',
    handle: (store, body, account) => {
      const given = inAccount(parsed(body), account, 'InvalidStub', 'the stub');
      const stubs = (Array.isArray(given) ? given : [given]).map(stubFromWire);
      refusing('InvalidStub', () => store.stubOperation(...(stubs as OperationStub[])));
      return { stubbed: stubs.length };
    },
  },
  'throttle-next': {
    method: 'POST',
    handle: (store, body, account) => {
      const given = parsed(body, {});
      const request = typeof given === 'number' ? { calls: given } : given;
      if (typeof request !== 'object' || request === null || Array.isArray(request)) refuse(throttleBodyNotCalls());
      const unknown = Object.keys(request).filter((key) => key !== 'calls');
      if (unknown.length > 0) refuse(throttleUnknownMembers(unknown));
      const calls = (request as { calls?: unknown }).calls ?? 1;
      refusing('InvalidThrottle', () => store.throttleNext(calls as number, scoped(account)));
      return { throttled: calls };
    },
  },
  clock: {
    method: 'POST',
    handle: (store, body) => {
      const move = refusing('InvalidClock', () => clockMove(parsed(body, {})));
      if (move !== undefined && !moveClock(store, move)) refuse(clockNotManual());
      return { now: store.options.clock.now().toISOString() };
    },
  },
};

const KNOWN = Object.entries(ROUTES).map(([name, route]) => `${route.method} ${CONTROL_PREFIX}${name}`);

function json(statusCode: number, value: unknown, error?: string): ControlAnswer {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value), ...(error !== undefined && { error }) };
}

/** The request's `?account=` (SPEC §15): a 12-digit account, or absent; any other parameter is refused. */
function accountOf(query: URLSearchParams, takes: readonly string[] = []): string | undefined {
  for (const key of query.keys()) if (key !== 'account' && !takes.includes(key)) refuse(controlQueryNotValid({ unknown: key }));
  const accounts = query.getAll('account');
  if (accounts.length > 1) refuse(controlQueryNotValid({ repeated: true }));
  const [account] = accounts;
  if (account !== undefined && !/^\d{12}$/.test(account)) refuse(controlQueryNotValid({ account }));
  return account;
}

/** Handles `{ accountId }` for a store method: the request's account, or the whole store. */
const scoped = (account: string | undefined) => (account === undefined ? {} : { accountId: account });

/**
 * A seed, list of seeds or injection for one account: each without an `accountId` gets the
 * request's; one naming another account is refused (the request acts on its account alone).
 */
function inAccount(value: unknown, account: string | undefined, code: BadRequest, what: string): unknown {
  if (account === undefined) return value;
  const one = (item: unknown): unknown => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    const given = (item as { accountId?: unknown }).accountId;
    if (given !== undefined && given !== account) refuse(controlBadRequest(code, controlOtherAccount(what, given, account)));
    return { ...item, accountId: account };
  };
  return Array.isArray(value) ? value.map(one) : one(value);
}

/** An error injection as the wire names it: `status` is taken for `httpStatus`. */
function withHttpStatus(given: unknown, code: BadRequest = 'InvalidInjection'): unknown {
  if (typeof given !== 'object' || given === null || !('status' in given)) return given;
  if ('httpStatus' in given) refuse(controlBadRequest(code, controlStatusTwice()));
  const { status, ...rest } = given;
  return { ...rest, httpStatus: status };
}

/** A stub as the wire names it: its error's `status` is taken for `httpStatus`. */
function stubFromWire(given: unknown): unknown {
  if (typeof given !== 'object' || given === null || !('error' in given)) return given;
  return { ...given, error: withHttpStatus(given.error, 'InvalidStub') };
}

/** Answers one control request (`path` starts with /_mock/; `query` its query string, `?account=` the one it takes). */
export function handleControl(store: ImageStore, method: string, path: string, body: string, query = new URLSearchParams()): ControlAnswer {
  const name = path.slice(CONTROL_PREFIX.length);
  const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
  try {
    if (route === undefined) refuse(controlNotFound(method, path, KNOWN));
    if (route.method !== method) refuse(controlMethodNotAllowed(method, path, route.method));
    return json(200, route.handle(store, body, accountOf(query, route.query), query));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { problem } = error;
    const answer = json(problem.httpStatusCode, { error: problem.code, message: problem.message }, problem.code);
    return problem.httpStatusCode === 405 ? { ...answer, headers: { ...answer.headers, allow: route!.method } } : answer;
  }
}
