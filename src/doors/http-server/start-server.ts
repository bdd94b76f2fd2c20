import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpProblem } from '../../errors/http-problems';
import { bodyTooLarge, internalFailure, methodNotAllowed, pathNotFound } from '../../errors/http-problems';
import { assertKnownKeys, storeOptionNotAStore, storeOptionsBesideTopLevel, storeWithOtherOptions } from '../../errors/usage-errors';
import type { ImageStoreOptions } from '../../glossary';
import type { WireResponse } from '../../protocol/handle-wire-request';
import { handleWireRequest, targetOperation, wireError } from '../../protocol/handle-wire-request';
import { ImageStore } from '../../store/image-store';
import { STORE_OPTION_KEYS } from '../../store/state/store-options';
import { CONTROL_PREFIX, handleControl } from './control-plane';
import type { RequestLogEntry, RunningServer, ServerOptions } from './glossary';

const DEFAULT_MAX_BODY = 1024 * 1024;

type Log = ((entry: RequestLogEntry) => void) | undefined;
type Logged = (answer: { statusCode: number; headers: Record<string, string> }, error?: string) => void;
const NOT_LOGGED: Logged = () => undefined;

/** What a request was, for the log: the AWS operation (X-Amz-Target without the service) or the control path. */
function operationOf(path: string, headers: Record<string, string> | undefined): string {
  if (path.startsWith(CONTROL_PREFIX)) return path;
  const target = headers?.['x-amz-target'];
  return target === undefined ? '-' : (targetOperation(target) ?? target);
}

function send(res: ServerResponse, answer: WireResponse, extraHeaders: Record<string, string> = {}): void {
  // One Buffer, and its length as content-length: a string body costs a second encoding pass.
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.statusCode, { ...answer.headers, ...extraHeaders, 'content-length': body.length });
  res.end(body);
}

function httpError(res: ServerResponse, problem: HttpProblem, extraHeaders: Record<string, string> = {}): WireResponse {
  const answer = wireError(problem);
  send(res, answer, extraHeaders);
  return answer;
}

/** The request headers the protocol reads, from the parser's raw list (`req.headers` builds every header into an object, a tenth of a request's time). */
function wireHeaders(raw: readonly string[]): Record<string, string> {
  const headers = Object.create(null) as Record<string, string>; // a header named 'constructor' is a header
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    headers[name] = name in headers ? `${headers[name]},${raw[i + 1]}` : raw[i + 1]!;
  }
  return headers;
}

function serve(store: ImageStore, maxBodyBytes: number, log: Log) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let headers: Record<string, string> | undefined;
    // Without a log, no clock read and no closure per request (the hot path of door 3).
    const started = log === undefined ? 0 : performance.now();
    const logged: Logged = log === undefined ? NOT_LOGGED : (answer, error) => {
      const code = error ?? answer.headers['x-amzn-errortype'];
      log({
        time: new Date(),
        method: req.method ?? '?',
        operation: operationOf(path, headers),
        status: answer.statusCode,
        ms: performance.now() - started,
        ...(code !== undefined && { error: code }),
      });
    };
    // The control plane answers every method itself, in its own shape (a 405 names its method in Allow).
    const isControl = path.startsWith(CONTROL_PREFIX);
    if (req.method !== 'POST' && !isControl) {
      req.resume();
      logged(httpError(res, methodNotAllowed(req.method), { allow: 'POST' }));
      return;
    }
    if (path !== '/' && !isControl) {
      req.resume();
      logged(httpError(res, pathNotFound(path)));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        logged(httpError(res, bodyTooLarge(maxBodyBytes), { connection: 'close' }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      try {
        const body = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
        if (isControl) {
          const answer = handleControl(store, req.method!, path, body, new URLSearchParams((req.url ?? '').split('?')[1] ?? ''));
          send(res, answer);
          logged(answer, answer.error);
          return;
        }
        headers = wireHeaders(req.rawHeaders);
        const answer = handleWireRequest(store, { headers, body });
        send(res, answer);
        logged(answer);
      } catch (error) {
        logged(httpError(res, internalFailure(error)));
      }
    });
    req.on('error', () => res.destroy());
  };
}

const SERVER_OPTION_KEYS = ['port', 'host', 'store', 'storeOptions', 'maxBodyBytes', 'onRequest'] as const satisfies readonly (keyof ServerOptions)[];
const OPTION_KEYS = [...SERVER_OPTION_KEYS, ...STORE_OPTION_KEYS];

/**
 * Checks startServer's options (a misspelt key is a TypeError naming it) and answers the store to
 * serve: the one given as `store`, or a new one made with the store options (SPEC §15).
 */
function storeFor(options: ServerOptions): ImageStore {
  assertKnownKeys('startServer options', options, OPTION_KEYS);
  const given = options.store;
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older spelling, still taken
  const storeOptions = options.storeOptions;
  const storeKeys = Object.keys(options).filter((key) => !(SERVER_OPTION_KEYS as readonly string[]).includes(key));
  const topLevel = Object.fromEntries(storeKeys.map((key) => [key, options[key as keyof ServerOptions]])) as ImageStoreOptions;
  if (given !== undefined && !(given instanceof ImageStore)) throw storeOptionNotAStore();
  if (given !== undefined && (storeKeys.length > 0 || storeOptions !== undefined)) {
    throw storeWithOtherOptions(storeOptions === undefined ? storeKeys : ['storeOptions', ...storeKeys]);
  }
  if (storeOptions !== undefined && storeKeys.length > 0) throw storeOptionsBesideTopLevel(storeKeys);
  return given ?? new ImageStore(storeOptions ?? topLevel);
}

/**
 * Door 3: the store behind the awsJson1_1 protocol on a loopback HTTP server. Point any SDK, the
 * AWS CLI (`--endpoint-url`) or boto3 (`endpoint_url`) at its `url`.
 *
 * @example
 * ```ts
 * import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { startServer } from 'sagemaker-image-mock/server';
 *
 * test('the SDK over HTTP', async () => {
 *   const server = await startServer();
 *   server.store.seed({ ImageName: 'img' });
 *   const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
 *   const client = new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials });
 *   const { Images } = await client.send(new ListImagesCommand({}));
 *   expect(Images?.map((image) => image.ImageName)).toEqual(['img']);
 *   await server.close();
 * });
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store = storeFor(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer(serve(store, options.maxBodyBytes ?? DEFAULT_MAX_BODY, options.onRequest));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
