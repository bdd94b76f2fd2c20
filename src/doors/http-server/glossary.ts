// The public types of the `sagemaker-image-mock/server` entry.
import type { ImageStoreOptions } from '../../glossary';
import type { ImageStore } from '../../store/image-store';

/**
 * The options of {@link startServer}; every one is optional. Beside the server's own, every
 * option of `ImageStore` (`lifecycle`, `clock`, `nameContains`, `limits`, ...) makes the store it
 * serves; with `store`, give none of them (a TypeError, as a misspelt key is).
 *
 * @example
 * ```ts
 * import { createManualClock } from 'sagemaker-image-mock';
 * import { startServer } from 'sagemaker-image-mock/server';
 * import type { ServerOptions } from 'sagemaker-image-mock/server';
 *
 * const options: ServerOptions = {
 *   port: 4599,
 *   region: 'eu-west-1',
 *   lifecycle: { creating: 5_000 },
 *   clock: createManualClock(new Date('2024-01-01T00:00:00Z')), // moved by POST /_mock/clock
 *   onRequest: (entry) => console.log(`${entry.method} ${entry.operation} ${entry.status} ${entry.ms.toFixed(1)} ms`),
 * };
 * startServer(options).then((server) => console.log(`listening on ${server.url}`)); // http://127.0.0.1:4599
 * ```
 */
export interface ServerOptions extends ImageStoreOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default '127.0.0.1' (loopback only). */
  readonly host?: string;
  /** Serve this store; default: a new one made with the store options given beside the server's. */
  readonly store?: ImageStore;
  /**
   * The options of the new store, in an object of their own.
   *
   * @deprecated Give them at the top level: `startServer({ lifecycle: { creating: 5_000 } })`.
   */
  readonly storeOptions?: ImageStoreOptions;
  /** Largest request body accepted, in bytes. Default 1 MiB (the largest valid request is far smaller). */
  readonly maxBodyBytes?: number;
  /** Called once per request when its answer is sent (the CLI prints it as a log line). */
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

/**
 * One answered request, as `onRequest` receives it.
 *
 * @example
 * ```ts
 * import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { startServer } from 'sagemaker-image-mock/server';
 * import type { RequestLogEntry } from 'sagemaker-image-mock/server';
 *
 * test('the server logs each request', async () => {
 *   const log: RequestLogEntry[] = [];
 *   const server = await startServer({ onRequest: (entry) => log.push(entry) });
 *   const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
 *   await new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials }).send(new ListImagesCommand({}));
 *   expect(log.map(({ operation, status }) => [operation, status])).toEqual([['ListImages', 200]]);
 *   await server.close();
 * });
 * ```
 */
export interface RequestLogEntry {
  /** When the answer was sent. */
  readonly time: Date;
  /** The HTTP method, `POST` for every AWS call. */
  readonly method: string;
  /** The AWS operation (`ListImages`), the control path (`/_mock/reset`), or `-` when the request named none. */
  readonly operation: string;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** From the request's arrival to its answer, in milliseconds. */
  readonly ms: number;
  /** The error code of a 4xx or 5xx answer. */
  readonly error?: string;
}

/**
 * A server started by {@link startServer}.
 *
 * @example
 * ```ts
 * import { startServer } from 'sagemaker-image-mock/server';
 * import type { RunningServer } from 'sagemaker-image-mock/server';
 *
 * let server: RunningServer;
 * beforeAll(async () => {
 *   server = await startServer();
 * });
 * afterEach(() => server.store.reset());
 * afterAll(() => server.close());
 * ```
 */
export interface RunningServer {
  /** `http://<host>:<port>`: pass it as the SDK's `endpoint`, the CLI's `--endpoint-url`, boto3's `endpoint_url`. */
  readonly url: string;
  /** The store it serves: seed it, inspect it, reset it between tests. */
  readonly store: ImageStore;
  /** Stops accepting connections, ends open ones, and resolves when the server is closed. */
  close(): Promise<void>;
}
