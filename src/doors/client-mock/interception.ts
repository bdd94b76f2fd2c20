import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { mockClient } from 'aws-sdk-client-mock';

export type SageMakerStub = AwsClientStub<SageMakerClient>;
type SendStub = SageMakerStub['send'];
type Target = typeof SageMakerClient | SageMakerClient;

/**
 * One interception of `send` on a target: a client class (its prototype) or one client instance.
 * Interceptions of one target nest: the newest answers; ending it brings the one below back; ending
 * one below the top just takes it out. So no sequence of mocks and restores leaves a target
 * unmocked while one of its interceptions is still live (aws-sdk-client-mock alone replaces the
 * previous stub, and mocking an instance restores its class's stub).
 */
export interface Interception {
  /** The aws-sdk-client-mock stub; its `send` is replaced (fresh rules and history) by `renew()`. */
  readonly stub: SageMakerStub;
  /** `live` while it answers calls or waits under a newer interception of the same target. */
  readonly state: 'live' | 'ended';
  /** A fresh sinon stub: no rules, no history. Calls `wire` on it; installs it if this one is on top. */
  renew(): void;
  /** Takes the interception away; idempotent. */
  end(): void;
}

interface Layer {
  readonly stub: SageMakerStub;
  /** How `send` looked while this layer was installed, to put it back when the layer above ends. */
  installed?: PropertyDescriptor;
}

const stacks = new WeakMap<object, Layer[]>();
/** Instances given an own `send` so that stubbing them leaves their class's stub alone. */
const guarded = new WeakSet();

function targetOf(client: Target): object {
  return typeof client === 'function' ? client.prototype : client;
}

function isSinonStub(value: unknown): value is SendStub {
  return typeof value === 'function' && (value as { isSinonProxy?: boolean }).isSinonProxy === true;
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
  guarded.add(target);
}

/**
 * A new sinon stub installed on the target. The stub installed there now is taken off first (as
 * aws-sdk-client-mock would), and an instance is guarded only then, once `send` is what it inherits.
 */
function installFresh(client: Target, target: object): SageMakerStub {
  const own: unknown = Object.getOwnPropertyDescriptor(target, 'send')?.value;
  if (isSinonStub(own)) own.restore();
  if (typeof client !== 'function') guardInstance(target);
  return mockClient(client);
}

export function intercept(client: Target, wire: (send: SendStub) => void): Interception {
  const target = targetOf(client);
  const stack = stacks.get(target) ?? [];
  stacks.set(target, stack);
  const below = stack.at(-1);
  if (below !== undefined) below.installed = Object.getOwnPropertyDescriptor(target, 'send');
  const stub = installFresh(client, target);
  wire(stub.send);
  const layer: Layer = { stub };
  stack.push(layer);
  let ended = false;

  const isTop = () => stack.at(-1) === layer;

  return {
    stub,
    get state() {
      return ended ? 'ended' : 'live';
    },
    renew() {
      const old = stub.send;
      // Drop what the old stub holds (sinon's default sandbox keeps every fake it made).
      old.reset();
      if (ended) return;
      if (isTop()) {
        stub.send = installFresh(client, target).send;
      } else {
        // Build the fresh stub, then put the newer layer's stub back on top of it.
        const top = Object.getOwnPropertyDescriptor(target, 'send');
        stub.send = installFresh(client, target).send;
        layer.installed = Object.getOwnPropertyDescriptor(target, 'send');
        if (top !== undefined) Object.defineProperty(target, 'send', top);
      }
      wire(stub.send);
    },
    end() {
      if (ended) return;
      ended = true;
      stub.send.resetBehavior();
      if (isTop()) {
        stub.send.restore();
        stack.pop();
        const next = stack.at(-1);
        if (next?.installed !== undefined) Object.defineProperty(target, 'send', next.installed);
      } else {
        stack.splice(stack.indexOf(layer), 1);
      }
      if (stack.length === 0 && guarded.has(target)) {
        delete (target as { send?: unknown }).send;
        guarded.delete(target);
      }
    },
  };
}
