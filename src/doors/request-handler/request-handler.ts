import { requestBodyNotText } from '../../errors/usage-errors';
import type { ImageStore } from '../../store/image-store';
import { handleWireRequest } from '../../protocol/handle-wire-request';

/** The part of the SDK's HttpRequest the handler reads (the SDK passes its own HttpRequest). */
interface SdkHttpRequest {
  readonly hostname?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

interface SdkHttpResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/**
 * An SDK requestHandler (smithy HttpHandler) answering from a store, in process: what
 * {@link createRequestHandler} returns, to pass as a client's `requestHandler`.
 *
 * @example
 * ```ts
 * import { SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { createRequestHandler, ImageStore } from 'sagemaker-image-mock';
 * import type { StoreRequestHandler } from 'sagemaker-image-mock';
 *
 * const requestHandler: StoreRequestHandler = createRequestHandler(new ImageStore());
 * const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
 * const client = new SageMakerClient({ region: 'us-east-1', credentials, requestHandler });
 * afterAll(() => client.destroy());
 * ```
 */
export interface StoreRequestHandler {
  /** Answers one signed awsJson1_1 request from the store, as the service would. */
  handle(request: SdkHttpRequest): Promise<{ response: SdkHttpResponse }>;
  /** Part of the HttpHandler interface; there is nothing to configure. */
  updateHttpClientConfig(key: never, value: never): void;
  /** Part of the HttpHandler interface: no configuration. */
  httpHandlerConfigs(): Record<string, never>;
  /** Part of the HttpHandler interface; holds nothing to release. */
  destroy(): void;
}

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw requestBodyNotText();
}

/**
 * Door 2: `new SageMakerClient({ region, credentials, requestHandler: createRequestHandler(store) })`.
 * The SDK's whole pipeline runs (serializer, signer, retries, error decoding, paginators, waiters);
 * only the network is replaced. The region comes from the request's SigV4 scope.
 *
 * @example
 * ```ts
 * import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { createRequestHandler, ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
 * const client = new SageMakerClient({ region: 'eu-west-1', credentials, requestHandler: createRequestHandler(store) });
 *
 * test('the SDK retries throttled calls, as against the service', async () => {
 *   store.seed({ ImageName: 'img', region: 'eu-west-1' });
 *   store.throttleNext(2);
 *   const { Images, $metadata } = await client.send(new ListImagesCommand({}));
 *   expect([Images?.length, $metadata.attempts]).toEqual([1, 3]);
 * });
 * ```
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
