import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpProblem } from '../../errors/factories';
import { bodyTooLarge, internalFailure, methodNotAllowed, pathNotFound } from '../../errors/factories';
import type { WireResponse } from '../../protocol/handle-wire-request';
import { handleWireRequest, wireError } from '../../protocol/handle-wire-request';
import { ImageStore } from '../../store/image-store';
import type { RunningServer, ServerOptions } from './glossary';

const DEFAULT_MAX_BODY = 1024 * 1024;

function send(res: ServerResponse, answer: WireResponse, extraHeaders: Record<string, string> = {}): void {
  res.writeHead(answer.statusCode, { ...answer.headers, ...extraHeaders, 'content-length': Buffer.byteLength(answer.body) });
  res.end(answer.body);
}

function httpError(res: ServerResponse, problem: HttpProblem, extraHeaders: Record<string, string> = {}): void {
  send(res, wireError(problem), extraHeaders);
}

function serve(store: ImageStore, maxBodyBytes: number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST') {
      req.resume();
      httpError(res, methodNotAllowed(req.method), { allow: 'POST' });
      return;
    }
    if (path !== '/') {
      req.resume();
      httpError(res, pathNotFound(path ?? '/'));
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
        httpError(res, bodyTooLarge(maxBodyBytes), { connection: 'close' });
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
        httpError(res, internalFailure(error));
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
