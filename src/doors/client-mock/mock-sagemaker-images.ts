import { randomUUID } from 'node:crypto';
import type { DescribeImageResponse, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { isServiceError } from '../../errors/service-error';
import { UnsupportedCommandError } from '../../errors/unsupported-command-error';
import { dispatch } from '../../operations/operation-table';
import type { ImplementedOperation, OperationInput } from '../../operations/operation-table';
import { rememberRequest } from '../../protocol/recent-requests';
import { parseWireJson } from '../../protocol/wire-json';
import { assertKnownKeys } from '../../errors/usage-errors';
import type { FailureInjection, ImageStoreOptions, SeedArgument } from '../../glossary';
import { ImageStore } from '../../store/image-store';
import { STORE_OPTION_KEYS } from '../../store/state/store-options';
import { commandNameOf, operationOfCommand } from './command-operations';
import type { SageMakerStub } from './interception';
import { intercept } from './interception';
import { sdkRequestBody } from './sdk-request-body';
import type { ResponseMetadata } from './sdk-errors';
import { toSdkError } from './sdk-errors';

export interface MockSageMakerImagesOptions extends ImageStoreOptions {
  /** Serve this store instead of a new one (to share it with another door or another client). */
  readonly store?: ImageStore;
}

export interface SageMakerImagesMock {
  /** The ImageStore behind the mock, usable with no SDK at all. */
  readonly store: ImageStore;
  /** The aws-sdk-client-mock stub: its call history and `on(...)` rules keep working. */
  readonly stub: SageMakerStub;
  /** Puts images in the store; see ImageStore.seed. */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[];
  /** Makes the next matching create, update or delete fail; see ImageStore.failNext. */
  failNext(injection: FailureInjection): void;
  /**
   * Empties the store (images, planned failures and throttles), the call history and the rules
   * added with `stub.on(...)`, as aws-sdk-client-mock's `reset()` does; the interception stays.
   */
  reset(): void;
  /** Removes the interception; a mock made before it on the same client answers again. */
  restore(): void;
}

const MOCK_OPTION_KEYS = [...STORE_OPTION_KEYS, 'store'] as const;

/**
 * Intercepts `send` of a SageMakerClient class (every instance) or of one instance, and answers
 * the image operations from an in-memory store, exactly as the service would. Rules added with
 * `mock.stub.on(...)` take precedence; any other SageMaker command rejects with an
 * UnsupportedCommandError naming it. Mocks of one client nest: the newest answers until it is
 * restored.
 */
export function mockSageMakerImages(
  client: typeof SageMakerClient | SageMakerClient,
  options: MockSageMakerImagesOptions = {},
): SageMakerImagesMock {
  if (!isClientOrClass(client)) {
    throw new TypeError('mockSageMakerImages(client) needs SageMakerClient (the class) or a SageMakerClient instance');
  }
  assertKnownKeys('mockSageMakerImages', options, MOCK_OPTION_KEYS);
  const { store: given, ...storeOptions } = options;
  if (given !== undefined && !(given instanceof ImageStore)) throw new TypeError('option store must be an ImageStore');
  if (given !== undefined && Object.keys(storeOptions).length > 0) {
    throw new TypeError(`option store comes with its own options; ${Object.keys(storeOptions).join(', ')} would be ignored`);
  }
  const store = given ?? new ImageStore(storeOptions);
  const wire = (send: SageMakerStub['send']) => answerFromStore(send, store);
  const interception = intercept(client, wire);
  const { stub } = interception;
  // aws-sdk-client-mock's own reset() and restore() on the stub do what the mock's do.
  stub.reset = () => {
    interception.renew();
    return stub;
  };
  stub.restore = () => interception.end();
  return {
    store,
    stub,
    seed: (...seeds) => store.seed(...seeds),
    failNext: (injection) => store.failNext(injection),
    reset: () => {
      store.reset();
      interception.renew();
    },
    restore: () => interception.end(),
  };
}

function isClientOrClass(client: unknown): boolean {
  if (typeof client === 'function') return typeof (client.prototype as { send?: unknown } | undefined)?.send === 'function';
  return typeof client === 'object' && client !== null && typeof (client as { send?: unknown }).send === 'function';
}

type Callback = (error: unknown, data?: unknown) => void;

function answerFromStore(send: SageMakerStub['send'], store: ImageStore): void {
  (send as unknown as { callsFake(fn: (this: SageMakerClient, ...args: unknown[]) => unknown): void }).callsFake(function (
    this: SageMakerClient,
    command: unknown,
    ...rest: unknown[]
  ) {
    const callback = rest.find((arg): arg is Callback => typeof arg === 'function');
    const answer = answerCommand(this, store, command);
    if (callback === undefined) return answer;
    answer.then((data) => callback(null, data), (error: unknown) => callback(error));
    return undefined;
  });
}

/**
 * Decided when `send()` is called: the clock is read and the request body written then (changing
 * the input or moving the clock afterwards changes nothing). The SDK gives the client's region only
 * asynchronously, so the store answers once it is known, calls in the order they were sent.
 */
function answerCommand(client: SageMakerClient, store: ImageStore, command: unknown): Promise<unknown> {
  const operation = operationOfCommand(command);
  if (operation === undefined) return Promise.reject(new UnsupportedCommandError(commandNameOf(command)));
  const $metadata: ResponseMetadata = { requestId: randomUUID(), attempts: 1, totalRetryDelay: 0 };
  try {
    const at = store.options.clock.now();
    // The body the SDK's serializer would have sent; a TypeError or RangeError it throws, the SDK throws too.
    const body = sdkRequestBody(operation, (command as { input?: unknown }).input);
    return client.config.region().then((region) => answerBody(store, operation, body, region, at, $metadata));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function answerBody(store: ImageStore, operation: ImplementedOperation, body: string, region: string, at: Date, $metadata: ResponseMetadata): unknown {
  try {
    const input = parseWireJson(body) as OperationInput<typeof operation>;
    const output = dispatch(store, operation, input, { region, at });
    return { ...output, $metadata: { httpStatusCode: 200, ...$metadata } };
  } catch (error) {
    if (!isServiceError(error)) throw error;
    rememberRequest($metadata.requestId!, { operation, body });
    throw toSdkError(error, { httpStatusCode: error.httpStatusCode, ...$metadata });
  }
}
