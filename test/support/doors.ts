import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { ImageStore, MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { createRequestHandler, ImageStore as Store, mockSageMakerImages } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';

/** One way into the store. The conformance suite runs the same tests through every door. */
export interface Door {
  readonly store: ImageStore;
  /**
   * A real SageMakerClient whose calls reach the store; `accessKeyId` signs its calls (a 12-digit
   * one names the account on the wire doors).
   */
  client(region?: string, accessKeyId?: string): SageMakerClient;
  close(): Promise<void>;
}

export interface DoorFactory {
  readonly name: string;
  open(options?: MockSageMakerImagesOptions): Promise<Door>;
}

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const signedBy = (accessKeyId = credentials.accessKeyId) => ({ accessKeyId, secretAccessKey: credentials.secretAccessKey });

export const sdkClientMockDoor: DoorFactory = {
  name: 'aws-sdk-client-mock door',
  open: (options) => {
    const mock = mockSageMakerImages(SageMakerClient, options);
    return Promise.resolve({
      store: mock.store,
      client: (region = 'us-east-1', accessKeyId?: string) => new SageMakerClient({ region, credentials: signedBy(accessKeyId) }),
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
      client: (region = 'us-east-1', accessKeyId?: string) => new SageMakerClient({ region, credentials: signedBy(accessKeyId), requestHandler }),
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
      client: (region = 'us-east-1', accessKeyId?: string) => new SageMakerClient({ region, credentials: signedBy(accessKeyId), endpoint: server.url }),
      close: () => server.close(),
    };
  },
};

export const DOORS: readonly DoorFactory[] = [sdkClientMockDoor, requestHandlerDoor, serverDoor];
/** The doors that read the SDK's signed request: the account of a 12-digit access key id applies there. */
export const WIRE_DOORS: readonly DoorFactory[] = [requestHandlerDoor, serverDoor];

/**
 * The runs a property gets on one door. Every property runs on every door; `npm test` gives the full
 * count (`runs`) to the aws-sdk-client-mock door, the cheapest (300 model-based sequences: 4 s there,
 * 17 s through the requestHandler door, 44 s through the HTTP server), and a quarter of it (at least
 * 10) to the other two, whose own parts (the wire codec, the HTTP transport) are thin and which the
 * doors-agree law compares with it on every generated call sequence. That keeps `npm test` within 3
 * minutes on 2 cores. `npm run test:deep` (FC_NUM_RUNS) gives every door the full deep count.
 */
export function runsOn(factory: DoorFactory, runs = 100): { numRuns: number } {
  const deep = Number(process.env['FC_NUM_RUNS'] ?? '');
  if (Number.isInteger(deep) && deep > 0) return { numRuns: deep };
  return { numRuns: factory === sdkClientMockDoor ? runs : Math.max(10, Math.ceil(runs / 4)) };
}

/**
 * In a describe of one door: the properties that do not set numRuns themselves get `runsOn(factory)`
 * (fast-check's default of 100 on the aws-sdk-client-mock door) for the tests of that describe.
 */
export function usePropertyRunsOn(factory: DoorFactory): void {
  let outer: ReturnType<typeof fc.readConfigureGlobal> = {};
  beforeAll(() => {
    outer = fc.readConfigureGlobal();
    fc.configureGlobal({ ...outer, ...runsOn(factory, outer.numRuns ?? 100) });
  });
  afterAll(() => fc.configureGlobal(outer));
}

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
