import type { ImageStore } from '../../store/image-store';
import { handleWireRequest } from '../../protocol/handle-wire-request';

/** The part of the SDK's HttpRequest the handler reads (the SDK passes its own HttpRequest). */
export interface SdkHttpRequest {
  readonly hostname?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface SdkHttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** An SDK requestHandler (smithy HttpHandler) answering from a store, in process. */
export interface StoreRequestHandler {
  handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }>;
  updateHttpClientConfig(key: never, value: never): void;
  httpHandlerConfigs(): Record<string, never>;
  destroy(): void;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new TypeError('sagemaker-image-mock: the request body is neither a string nor bytes');
}

/**
 * Door 2: `new SageMakerClient({ region, credentials, requestHandler: createRequestHandler(store) })`.
 * The SDK's whole pipeline runs (serializer, signer, retries, error decoding, paginators, waiters);
 * only the network is replaced. The region comes from the request's SigV4 scope.
 */
export function createRequestHandler(store: ImageStore): StoreRequestHandler {
  return {
    handle(request) {
      const headers: Record<string, string> = { host: request.hostname ?? '' };
      for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
      const answer = handleWireRequest(store, { headers, body: bodyText(request.body) });
      return Promise.resolve({ response: { statusCode: answer.statusCode, headers: answer.headers, body: Buffer.from(answer.body, 'utf8') } });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}
