import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ImageStore, MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { createRequestHandler, ImageStore as Store, mockSageMakerImages } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';

/** One way into the store. The conformance suite runs the same tests through every door. */
export interface Door {
  readonly store: ImageStore;
  /** A real SageMakerClient whose calls reach the store. */
  client(region?: string): SageMakerClient;
  close(): Promise<void>;
}

export interface DoorFactory {
  readonly name: string;
  open(options?: MockSageMakerImagesOptions): Promise<Door>;
}

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

export const sdkClientMockDoor: DoorFactory = {
  name: 'aws-sdk-client-mock door',
  open: (options) => {
    const mock = mockSageMakerImages(SageMakerClient, options);
    return Promise.resolve({
      store: mock.store,
      client: (region = 'us-east-1') => new SageMakerClient({ region, credentials }),
      close: () => {
        mock.reset(); // drop the call history too: sinon's default sandbox keeps every stub it made
        mock.restore();
        return Promise.resolve();
      },
    });
  },
};

function storeFor(options: MockSageMakerImagesOptions | undefined): ImageStore {
  const { store, ...storeOptions } = options ?? {};
  return store ?? new Store(storeOptions);
}

export const requestHandlerDoor: DoorFactory = {
  name: 'requestHandler door',
  open: (options) => {
    const store = storeFor(options);
    const requestHandler = createRequestHandler(store);
    return Promise.resolve({
      store,
      client: (region = 'us-east-1') => new SageMakerClient({ region, credentials, requestHandler }),
      close: () => Promise.resolve(),
    });
  },
};

export const serverDoor: DoorFactory = {
  name: 'HTTP server door',
  open: async (options) => {
    const server = await startServer({ store: storeFor(options) });
    return {
      store: server.store,
      client: (region = 'us-east-1') => new SageMakerClient({ region, credentials, endpoint: server.url }),
      close: () => server.close(),
    };
  },
};

export const DOORS: readonly DoorFactory[] = [sdkClientMockDoor, requestHandlerDoor, serverDoor];

/** Runs `body` with a freshly opened door (and store), and always closes it. */
export async function withDoor<T>(factory: DoorFactory, options: MockSageMakerImagesOptions | undefined, body: (door: Door) => Promise<T>): Promise<T> {
  const door = await factory.open(options);
  try {
    return await body(door);
  } finally {
    await door.close();
  }
}

/**
 * Opens a fresh door (and store) before each test of the enclosing describe and closes it after.
 * Read `.door` inside the tests.
 */
export function useDoor(factory: DoorFactory, options?: MockSageMakerImagesOptions): { door: Door } {
  const holder = {} as { door: Door };
  beforeEach(async () => {
    holder.door = await factory.open(options);
  });
  afterEach(() => holder.door.close());
  return holder;
}
