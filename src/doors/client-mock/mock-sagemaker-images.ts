import { randomUUID } from 'node:crypto';
import type { DescribeAppImageConfigResponse, DescribeDomainResponse, DescribeImageResponse, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { isServiceError } from '../../errors/service-error';
import { UnsupportedCommandError } from '../../errors/unsupported-command-error';
import { assertKnownKeys, notAClient, storeOptionNotAStore, storeWithOtherOptions } from '../../errors/usage-errors';
import { dispatch } from '../../operations/operation-table';
import type { ImplementedOperation, OperationInput } from '../../operations/operation-table';
import { rememberRequest } from '../../protocol/recent-requests';
import { parseWireJson } from '../../protocol/wire-json';
import type { AppImageConfigSeed, DomainSeed, FailureInjection, ImageStoreOptions, SeedArgument } from '../../glossary';
import { ImageStore } from '../../store/image-store';
import { STORE_OPTION_KEYS } from '../../store/state/store-options';
import { commandNameOf, operationOfCommand } from './command-operations';
import type { SageMakerStub } from './interception';
import { intercept } from './interception';
import { sdkRequestBody } from './sdk-request-body';
import type { ResponseMetadata } from './sdk-errors';
import { toSdkError } from './sdk-errors';

/**
 * The options of {@link mockSageMakerImages}: those of a new {@link ImageStore}, or a `store`
 * to serve (then no other option: the store has its own).
 *
 * @example
 * ```ts
 * import { SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
 * import type { MockSageMakerImagesOptions } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({ region: 'eu-west-1' });
 * const options: MockSageMakerImagesOptions = { store }; // shared with another client or door
 * const mock = mockSageMakerImages(new SageMakerClient({ region: 'eu-west-1' }), options);
 * expect(mock.store).toBe(store);
 * mock.restore();
 * ```
 */
export interface MockSageMakerImagesOptions extends ImageStoreOptions {
  /** Serve this store instead of a new one (to share it with another door or another client). */
  readonly store?: ImageStore;
}

/**
 * What {@link mockSageMakerImages} returns: the store behind the mock, aws-sdk-client-mock's stub,
 * and the calls a test needs around them.
 *
 * @example
 * ```ts
 * import { DeleteImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages } from 'sagemaker-image-mock';
 * import type { SageMakerImagesMock } from 'sagemaker-image-mock';
 *
 * const mock: SageMakerImagesMock = mockSageMakerImages(SageMakerClient);
 * afterAll(() => mock.restore());
 *
 * test('deletes the image', async () => {
 *   mock.seed({ ImageName: 'img' });
 *   await new SageMakerClient({ region: 'us-east-1' }).send(new DeleteImageCommand({ ImageName: 'img' }));
 *   expect(mock.stub.commandCalls(DeleteImageCommand)).toHaveLength(1);
 *   expect(mock.store.listImages().Images).toEqual([]);
 * });
 * ```
 */
export interface SageMakerImagesMock {
  /** The ImageStore behind the mock, usable with no SDK at all. */
  readonly store: ImageStore;
  /**
   * The aws-sdk-client-mock stub: its call history and `on(...)` rules keep working. Made after
   * aws-sdk-client-mock's own `mockClient` on the same client, it shares that stub (decision 0029).
   */
  readonly stub: SageMakerStub;
  /** Puts images in the store; see ImageStore.seed. */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[];
  /** Puts AppImageConfigs in the store; see ImageStore.seedAppImageConfigs. */
  seedAppImageConfigs(...seeds: (AppImageConfigSeed | readonly AppImageConfigSeed[])[]): DescribeAppImageConfigResponse[];
  /** Puts Studio domains in the store; see ImageStore.seedDomains. */
  seedDomains(...seeds: (DomainSeed | readonly DomainSeed[])[]): DescribeDomainResponse[];
  /** Makes the next matching create, update or delete fail; see ImageStore.failNext. */
  failNext(injection: FailureInjection): void;
  /**
   * Empties the store (images, planned failures and throttles), the call history and the rules
   * added with `stub.on(...)`, as aws-sdk-client-mock's `reset()` does; the interception stays.
   * A stub shared with `mockClient` is reset in place, its rules too.
   */
  reset(): void;
  /**
   * Removes the interception; a mock made before it on the same client answers again, and a stub
   * shared with `mockClient` is mockClient's alone again, with its rules.
   */
  restore(): void;
}

const MOCK_OPTION_KEYS = [...STORE_OPTION_KEYS, 'store'] as const;

/**
 * Intercepts `send` of a SageMakerClient class (every instance) or of one instance, and answers
 * the image operations from an in-memory store, exactly as the service would. Rules added with
 * `mock.stub.on(...)` take precedence; any other SageMaker command rejects with an
 * UnsupportedCommandError naming it. Mocks of one client nest: the newest answers until it is
 * restored. Beside aws-sdk-client-mock's own `mockClient` on the same client (decision 0029): called
 * before, the two share one stub (the store answers the image operations, its rules the rest);
 * called after, `mockClient` throws a TypeError that says what to do instead.
 *
 * @example
 * ```ts
 * import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages } from 'sagemaker-image-mock';
 *
 * const mock = mockSageMakerImages(SageMakerClient);
 * afterEach(() => mock.reset());
 * afterAll(() => mock.restore());
 *
 * test('lists the seeded images', async () => {
 *   mock.seed({ ImageName: 'img' });
 *   const { Images } = await new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({}));
 *   expect(Images?.map((image) => image.ImageName)).toEqual(['img']);
 * });
 * ```
 */
export function mockSageMakerImages(
  client: typeof SageMakerClient | SageMakerClient,
  options: MockSageMakerImagesOptions = {},
): SageMakerImagesMock {
  const store = storeForMock(client, options);
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
    seedAppImageConfigs: (...seeds) => store.seedAppImageConfigs(...seeds),
    seedDomains: (...seeds) => store.seedDomains(...seeds),
    failNext: (injection) => store.failNext(injection),
    reset: () => {
      store.reset();
      interception.renew();
    },
    restore: () => interception.end(),
  };
}

/**
 * Checks `mockSageMakerImages`'s arguments (a TypeError names the mistake) and answers the store
 * the mock will serve: the one given as `store`, or a new one made with the options. Installs nothing.
 */
export function storeForMock(client: typeof SageMakerClient | SageMakerClient, options: MockSageMakerImagesOptions): ImageStore {
  if (!isClientOrClass(client)) {
    throw notAClient();
  }
  assertKnownKeys('mockSageMakerImages', options, MOCK_OPTION_KEYS);
  const { store: given, ...storeOptions } = options;
  if (given !== undefined && !(given instanceof ImageStore)) throw storeOptionNotAStore();
  if (given !== undefined && Object.keys(storeOptions).length > 0) {
    throw storeWithOtherOptions(Object.keys(storeOptions));
  }
  return given ?? new ImageStore(storeOptions);
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
