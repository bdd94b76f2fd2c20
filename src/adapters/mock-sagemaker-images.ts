import { randomUUID } from 'node:crypto';
import type { DescribeImageResponse, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { mockClient } from 'aws-sdk-client-mock';
import { isServiceError } from '../errors/service-error';
import { UnsupportedCommandError } from '../errors/unsupported-command-error';
import { dispatch } from '../operations/operation-table';
import type { OperationInput } from '../operations/operation-table';
import { ImageStore } from '../store/image-store';
import type { SeedArgument } from '../store/image-store';
import type { FailureInjection } from '../store/failure-plan';
import type { ImageStoreOptions } from '../store/store-options';
import { commandNameOf, operationOfCommand } from './command-operations';
import { asSerializedBySdk } from './sdk-serialization';
import type { ResponseMetadata } from './sdk-errors';
import { toSdkError } from './sdk-errors';

type SageMakerStub = AwsClientStub<SageMakerClient>;

export interface MockSageMakerImagesOptions extends ImageStoreOptions {
  /** Serve this store instead of a new one (to share it with another door or another client). */
  readonly store?: ImageStore;
}

export interface SageMakerImagesMock {
  /** The ImageStore behind the mock, usable with no SDK at all. */
  readonly store: ImageStore;
  /** The aws-sdk-client-mock stub: its call history and `on(...)` overrides keep working. */
  readonly stub: SageMakerStub;
  /** Puts images in the store; see ImageStore.seed. */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[];
  /** Makes the next matching create, update or delete fail; see ImageStore.failNext. */
  failNext(injection: FailureInjection): void;
  /** Empties the store and the recorded calls; the interception stays. */
  reset(): void;
  /** Removes the interception: the client's own `send` is back. */
  restore(): void;
}

/**
 * Intercepts `send` of a SageMakerClient class (every instance) or of one instance, and answers
 * the image operations from an in-memory store, exactly as the service would. Commands stubbed
 * with `mock.stub.on(...)` take precedence; any other SageMaker command rejects with an
 * UnsupportedCommandError naming it.
 */
export function mockSageMakerImages(
  client: typeof SageMakerClient | SageMakerClient,
  options: MockSageMakerImagesOptions = {},
): SageMakerImagesMock {
  const { store: given, ...storeOptions } = options;
  const store = given ?? new ImageStore(storeOptions);
  const stub: SageMakerStub = mockClient(client);
  answerFromStore(stub, store);
  // aws-sdk-client-mock's reset() replaces the sinon stub; put the store's answers back on the new one.
  const resetStub = stub.reset.bind(stub);
  stub.reset = () => {
    release(stub);
    resetStub();
    answerFromStore(stub, store);
    return stub;
  };
  return {
    store,
    stub,
    seed: (...seeds) => store.seed(...seeds),
    failNext: (injection) => store.failNext(injection),
    reset: () => {
      store.reset();
      stub.resetHistory();
    },
    restore: () => {
      release(stub);
      stub.restore();
    },
  };
}

/**
 * aws-sdk-client-mock creates its stubs in sinon's default sandbox, which keeps every fake it ever
 * made. Dropping the fake's behaviour, which holds the store, lets the store of a restored mock be
 * collected; without this every mock ever made stays in memory. The call history is kept, as
 * aws-sdk-client-mock keeps it, until `reset()`.
 */
function release(stub: SageMakerStub): void {
  stub.send.resetBehavior();
}

type Callback = (error: unknown, data?: unknown) => void;

function answerFromStore(stub: SageMakerStub, store: ImageStore): void {
  const send = stub.send as unknown as { callsFake(fn: (this: SageMakerClient, ...args: unknown[]) => unknown): void };
  send.callsFake(function (this: SageMakerClient, command: unknown, ...rest: unknown[]) {
    const callback = rest.find((arg): arg is Callback => typeof arg === 'function');
    const answer = answerCommand(this, store, command);
    if (callback === undefined) return answer;
    answer.then((data) => callback(null, data), (error: unknown) => callback(error));
    return undefined;
  });
}

async function answerCommand(client: SageMakerClient, store: ImageStore, command: unknown): Promise<unknown> {
  const operation = operationOfCommand(command);
  if (operation === undefined) throw new UnsupportedCommandError(commandNameOf(command));
  const region = await client.config.region();
  const $metadata: ResponseMetadata = { requestId: randomUUID(), attempts: 1, totalRetryDelay: 0 };
  try {
    const input = asSerializedBySdk(operation, (command as { input?: unknown }).input) as OperationInput<typeof operation>;
    const output = dispatch(store, operation, input, { region });
    return { ...output, $metadata: { httpStatusCode: 200, ...$metadata } };
  } catch (error) {
    if (isServiceError(error)) throw toSdkError(error, { httpStatusCode: error.httpStatusCode, ...$metadata });
    throw error;
  }
}
