import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { AwsStub, mockClient } from 'aws-sdk-client-mock';
import { stubbedUnderImagesMock } from '../../errors/usage-errors';

export type SageMakerStub = AwsClientStub<SageMakerClient>;
type SendStub = SageMakerStub['send'];
type Target = typeof SageMakerClient | SageMakerClient;

/**
 * One interception of `send` on a target: a client class (its prototype) or one client instance.
 * Interceptions of one target nest: the newest answers; ending it brings the one below back; ending
 * one below the top just takes it out. So no sequence of mocks and restores leaves a target
 * unmocked while one of its interceptions is still live (aws-sdk-client-mock alone replaces the
 * previous stub, and mocking an instance restores its class's stub).
 *
 * Beside aws-sdk-client-mock's own `mockClient` (decision 0029): a stub someone else put on the
 * target before is adopted, so both answer through that one stub, and it is theirs again when the
 * interception ends. While an interception is live only `end()` takes its stub away: a restore from
 * outside (sinon.restore(), or mockClient replacing the stub) leaves the stub in place, and stubbing
 * `send` again, as mockClient then does, throws a TypeError that says what to do instead. An adopted
 * stub restored from outside is let go: the interception goes on through a stub of its own.
 */
export interface Interception {
  /** The aws-sdk-client-mock stub. Its sinon stub changes only when an adopted one is let go. */
  readonly stub: SageMakerStub;
  /** `live` while it answers calls or waits under a newer interception of the same target. */
  readonly state: 'live' | 'ended';
  /** Drops the rules and the call history of the stub, in place; `wire` runs again if it is live. */
  renew(): void;
  /** Takes the interception away; idempotent. */
  end(): void;
}

interface Layer {
  readonly stub: SageMakerStub;
  /** How `send` looked while this layer was installed, to put it back when the layer above ends. */
  installed?: PropertyDescriptor;
  /** `stub.send` was made by someone else (mockClient, before the mock), and is theirs again when the layer ends. */
  adopted: boolean;
  live: boolean;
}

/** What a held stub does when someone else reaches for it. */
interface Outside {
  /** Its `restore()` was called: by aws-sdk-client-mock's mockClient, an AwsStub, or sinon.restore(). */
  restored(): void;
  /** Its `resetBehavior()` was called: directly, by its `reset()`, or by sinon.reset(). */
  behaviourReset(): void;
  /** Something is stubbing the `send` it sits on (sinon reads `restore.sinon` to refuse a double wrap). */
  stubbed(): TypeError;
}

/** A sinon stub that a layer answers through, with sinon's own `restore` and `resetBehavior`, kept for this module. */
interface Held {
  readonly restore: () => void;
  readonly resetBehavior: () => void;
  /** The two properties as sinon made them, to give an adopted stub back. */
  readonly own: Readonly<Record<'restore' | 'resetBehavior', PropertyDescriptor | undefined>>;
  /** The layer it serves; undefined once it serves none, and then a restore from outside does nothing. */
  layer: Layer | undefined;
}

const stacks = new WeakMap<object, Layer[]>();
const holds = new WeakMap<SendStub, Held>();
/** Instances given an own `send` (the real one) so that stubbing them leaves their class's stub alone. */
const guarded = new WeakMap<object, unknown>();

function targetOf(client: Target): object {
  return typeof client === 'function' ? client.prototype : client;
}

function isSinonStub(value: unknown): value is SendStub {
  return typeof value === 'function' && (value as { isSinonProxy?: boolean }).isSinonProxy === true;
}

function ownSend(target: object): PropertyDescriptor | undefined {
  return Object.getOwnPropertyDescriptor(target, 'send');
}

function method(value: (this: unknown) => void): PropertyDescriptor {
  return { value, configurable: true, writable: true, enumerable: false };
}

/**
 * From now on a restore or a behaviour reset from outside goes through `outside`: sinon's default
 * sandbox keeps every stub it made, and `sinon.restore()` would otherwise restore a stub we already
 * took off, deleting whatever `send` is installed by then.
 */
function hold(send: SendStub, layer: Layer, outside: Outside): void {
  const own = { restore: Object.getOwnPropertyDescriptor(send, 'restore'), resetBehavior: Object.getOwnPropertyDescriptor(send, 'resetBehavior') };
  const ownRestore = send.restore.bind(send);
  const ownResetBehavior = send.resetBehavior.bind(send);
  const held: Held = { restore: ownRestore, resetBehavior: ownResetBehavior, own, layer };
  holds.set(send, held);
  const restore = function restore() {
    if (held.layer !== undefined) outside.restored();
  };
  Object.defineProperty(restore, 'sinon', {
    get() {
      if (held.layer?.live === true) throw outside.stubbed();
      return true;
    },
  });
  Object.defineProperty(send, 'restore', method(restore));
  Object.defineProperty(
    send,
    'resetBehavior',
    method(function resetBehavior() {
      ownResetBehavior();
      if (held.layer?.live === true) outside.behaviourReset();
    }),
  );
}

/** An adopted stub is its maker's again: sinon's own `restore` and `resetBehavior` come back. */
function giveBack(send: SendStub): void {
  const held = holds.get(send);
  if (held === undefined) return;
  holds.delete(send);
  for (const [name, before] of Object.entries(held.own)) {
    if (before === undefined) Reflect.deleteProperty(send, name);
    else Object.defineProperty(send, name, before);
  }
}

/** Sinon's own restore, also for a held stub (whose `restore` answers the outside only). */
function sinonRestore(send: SendStub): void {
  (holds.get(send)?.restore ?? (() => send.restore()))();
}

/**
 * No rules and no behaviour, in place (so that an adopted stub stays the one its maker holds). Also
 * drops the `withArgs` fakes, which sinon keeps through `resetBehavior()`: a stub lives as long as its
 * mock, and every rule's matcher (holding its input) would otherwise pile up, and be matched on
 * every call, across all the tests of a suite.
 */
function dropRules(send: SendStub): void {
  (holds.get(send)?.resetBehavior ?? (() => send.resetBehavior()))();
  const fakes = (send as unknown as { fakes?: unknown }).fakes;
  if (Array.isArray(fakes)) fakes.length = 0;
}

/**
 * aws-sdk-client-mock restores whatever sinon stub `send` resolves to before stubbing; for an
 * instance whose class is stubbed that would unmock the class. An own `send` (the real one)
 * makes the instance's stub wrap that instead.
 */
function guardInstance(target: object): void {
  if (Object.prototype.hasOwnProperty.call(target, 'send')) return;
  const inherited = (target as { send?: unknown }).send;
  if (!isSinonStub(inherited)) return;
  const original = (inherited as { wrappedMethod?: unknown }).wrappedMethod;
  if (typeof original !== 'function') return;
  Object.defineProperty(target, 'send', { value: original, configurable: true, writable: true });
  guarded.set(target, original);
}

/**
 * A new sinon stub installed on the target. The stub installed there now is taken off first (by
 * sinon's own restore, so a held stub's guard is not in the way), and an instance is guarded only
 * then, once `send` is what it inherits.
 */
function installFresh(client: Target, target: object): SageMakerStub {
  const own: unknown = ownSend(target)?.value;
  if (isSinonStub(own)) sinonRestore(own);
  if (typeof client !== 'function') guardInstance(target);
  return mockClient(client);
}

/** A stub someone else installed on the target (aws-sdk-client-mock's mockClient, most likely), if any. */
function foreignStub(target: object): SendStub | undefined {
  const own: unknown = ownSend(target)?.value;
  return isSinonStub(own) && !holds.has(own) ? own : undefined;
}

/**
 * Whether aws-sdk-client-mock's `mockClient` is on the call stack: it restores the stub on `send`
 * and then stubs `send` again, which a live interception refuses (`restore.sinon` throws).
 */
function insideMockClient(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  try {
    return /\bat (?:\S+\.)?mockClient \(/.test(new Error().stack ?? '');
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function intercept(client: Target, wire: (send: SendStub) => void): Interception {
  const target = targetOf(client);
  const stack = stacks.get(target) ?? [];
  stacks.set(target, stack);
  const below = stack.at(-1);
  // Only the bottom layer can find a foreign stub: while a layer is live, none can be installed.
  const foreign = below === undefined ? foreignStub(target) : undefined;
  if (below !== undefined) below.installed = ownSend(target);
  const stub = foreign === undefined ? installFresh(client, target) : new AwsStub(target as SageMakerClient, foreign);
  const layer: Layer = { stub, adopted: foreign !== undefined, live: true };
  stack.push(layer);

  const isTop = () => stack.at(-1) === layer;
  const outside: Outside = {
    restored() {
      // Our own stub: only end() takes it away. An adopted one: its maker restored it, so let it go;
      // unless mockClient is restoring it only to stub `send` again (its own reset() does that), which
      // is refused next: then nothing may have changed, rules and history included.
      if (layer.adopted && !insideMockClient()) letGo();
    },
    behaviourReset() {
      wire(layer.stub.send);
    },
    stubbed() {
      return stubbedUnderImagesMock(typeof client === 'function' ? client.name : undefined);
    },
  };

  /** The maker of an adopted stub restored it: a live layer goes on through a fresh stub of its own. */
  function letGo(): void {
    holds.get(layer.stub.send)!.layer = undefined;
    layer.adopted = false;
    if (!layer.live) {
      // Given back while under a newer layer: it is not put back when that one ends.
      stack.splice(stack.indexOf(layer), 1);
      return;
    }
    const top = isTop() ? undefined : ownSend(target);
    layer.stub.send = installFresh(client, target).send;
    if (top !== undefined) {
      layer.installed = ownSend(target);
      Object.defineProperty(target, 'send', top);
    }
    hold(layer.stub.send, layer, outside);
    wire(layer.stub.send);
  }

  hold(stub.send, layer, outside);
  wire(stub.send);

  return {
    stub,
    get state() {
      return layer.live ? 'live' : 'ended';
    },
    renew() {
      // An adopted stub given back is mockClient's again: its rules and history are not ours to drop.
      if (!layer.live && layer.adopted) return;
      layer.stub.send.resetHistory();
      dropRules(layer.stub.send);
      if (layer.live) wire(layer.stub.send);
    },
    end() {
      if (!layer.live) return;
      layer.live = false;
      const send = layer.stub.send;
      if (layer.adopted) {
        // Its maker's rules stay; the store's default goes (and with it the store, for sinon keeps the stub).
        send.returns(undefined as never);
        // Under a newer layer it waits in the stack, to be put back when the layers above end.
        if (isTop()) {
          stack.pop();
          giveBack(send);
        }
      } else {
        // Drop the store from the fake (sinon's default sandbox keeps every fake); keep the history.
        dropRules(send);
        holds.get(send)!.layer = undefined;
        if (isTop()) {
          sinonRestore(send);
          stack.pop();
          surface(stack, target);
        } else {
          stack.splice(stack.indexOf(layer), 1);
        }
      }
      if (stack.length === 0 && guarded.has(target)) {
        // The guard goes, unless an adopted stub given back sits there now.
        if (ownSend(target)?.value === guarded.get(target)) delete (target as { send?: unknown }).send;
        guarded.delete(target);
      }
    },
  };
}

/** The top layer has ended: the one below is installed again; an adopted stub given back is its maker's. */
function surface(stack: Layer[], target: object): void {
  const next = stack.at(-1);
  if (next === undefined) return;
  if (next.installed !== undefined) Object.defineProperty(target, 'send', next.installed);
  if (!next.live) {
    stack.pop();
    giveBack(next.stub.send);
  }
}
