import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WireResponse } from '../protocol/handle-wire-request';
import { handleWireRequest, wireError } from '../protocol/handle-wire-request';
import { ImageStore } from '../store/image-store';
import type { ImageStoreOptions } from '../store/store-options';

export interface ServerOptions {
  /** Default 0: a free port. */
  readonly port?: number;
  /** Default '127.0.0.1' (loopback only). */
  readonly host?: string;
  /** Serve this store; default: a new one made with `storeOptions`. */
  readonly store?: ImageStore;
  readonly storeOptions?: ImageStoreOptions;
  /** Largest request body accepted, in bytes. Default 1 MiB (the largest valid request is far smaller). */
  readonly maxBodyBytes?: number;
}

export interface RunningServer {
  /** `http://<host>:<port>`: pass it as the SDK's `endpoint`, the CLI's `--endpoint-url`, boto3's `endpoint_url`. */
  readonly url: string;
  readonly store: ImageStore;
  /** Stops accepting connections, ends open ones, and resolves when the server is closed. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, answer: WireResponse, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(answer.statusCode, { ...answer.headers, ...extraHeaders, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

function httpError(res: ServerResponse, httpStatusCode: number, code: string, message: string, extraHeaders: Record<string, string> = {}): void {
  send(res, wireError({ code, message, httpStatusCode }), extraHeaders);
}

function serve(store: ImageStore, maxBodyBytes: number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST') {
      req.resume();
      httpError(res, 405, 'MethodNotAllowed', `The awsJson1_1 protocol only takes POST /, not ${req.method ?? '?'}.`, { allow: 'POST' });
      return;
    }
    if (path !== '/') {
      req.resume();
      httpError(res, 404, 'NotFound', `The awsJson1_1 protocol only takes POST /, not POST ${path}.`);
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
        httpError(res, 413, 'RequestEntityTooLarge', `The request body is over ${maxBodyBytes} bytes.`, { connection: 'close' });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(',') : value;
      try {
        send(res, handleWireRequest(store, { headers, body: Buffer.concat(chunks).toString('utf8') }));
      } catch (error) {
        httpError(res, 500, 'InternalFailure', `sagemaker-image-mock failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    req.on('error', () => res.destroy());
  };
}

/** Door 3: the store behind the awsJson1_1 protocol on a loopback HTTP server. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store = options.store ?? new ImageStore(options.storeOptions);
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer(serve(store, options.maxBodyBytes ?? DEFAULT_MAX_BODY));
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
