import type { HttpProblem } from '../../errors/http-problems';
import { controlBadRequest, controlBodyNotJson, controlMethodNotAllowed, controlNotFound, throttleBodyNotCalls, throttleUnknownMembers } from '../../errors/http-problems';
import { SeedError } from '../../errors/seed-error';
import type { FailureInjection, StoreSnapshot } from '../../glossary';
import type { WireResponse } from '../../protocol/handle-wire-request';
import type { ImageStore } from '../../store/image-store';
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

type Handler = (store: ImageStore, body: string) => unknown;
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

const ROUTES: Readonly<Record<string, { readonly method: 'GET' | 'POST'; readonly handle: Handler }>> = {
  health: { method: 'GET', handle: () => ({ status: 'ok' }) },
  reset: {
    method: 'POST',
    handle: (store) => {
      store.reset();
      return { reset: true };
    },
  },
  seed: {
    method: 'POST',
    handle: (store, body) => {
      const seeds = parsed(body);
      return { seeded: refusing('InvalidSeed', () => seedFromValue(store, seeds)) };
    },
  },
  snapshot: { method: 'GET', handle: (store) => store.snapshot() },
  restore: {
    method: 'POST',
    handle: (store, body) => {
      const snapshot = parsed(body);
      refusing('InvalidSnapshot', () => store.restore(snapshot as StoreSnapshot));
      return { restored: true };
    },
  },
  'fail-next': {
    method: 'POST',
    handle: (store, body) => {
      const injection = parsed(body);
      refusing('InvalidInjection', () => store.failNext(injection as FailureInjection));
      return { planned: true };
    },
  },
  'throttle-next': {
    method: 'POST',
    handle: (store, body) => {
      const given = parsed(body, {});
      const request = typeof given === 'number' ? { calls: given } : given;
      if (typeof request !== 'object' || request === null || Array.isArray(request)) refuse(throttleBodyNotCalls());
      const unknown = Object.keys(request).filter((key) => key !== 'calls');
      if (unknown.length > 0) refuse(throttleUnknownMembers(unknown));
      const calls = (request as { calls?: unknown }).calls ?? 1;
      refusing('InvalidThrottle', () => store.throttleNext(calls as number));
      return { throttled: calls };
    },
  },
};

const KNOWN = Object.entries(ROUTES).map(([name, route]) => `${route.method} ${CONTROL_PREFIX}${name}`);

function json(statusCode: number, value: unknown, error?: string): ControlAnswer {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value), ...(error !== undefined && { error }) };
}

/** Answers one control request (`path` starts with /_mock/). */
export function handleControl(store: ImageStore, method: string, path: string, body: string): ControlAnswer {
  const name = path.slice(CONTROL_PREFIX.length);
  const route = Object.hasOwn(ROUTES, name) ? ROUTES[name] : undefined;
  try {
    if (route === undefined) refuse(controlNotFound(method, path, KNOWN));
    if (route.method !== method) refuse(controlMethodNotAllowed(method, path, route.method));
    return json(200, route.handle(store, body));
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { problem } = error;
    const answer = json(problem.httpStatusCode, { error: problem.code, message: problem.message }, problem.code);
    return problem.httpStatusCode === 405 ? { ...answer, headers: { ...answer.headers, allow: route!.method } } : answer;
  }
}
