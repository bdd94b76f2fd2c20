// The public types of the `sagemaker-image-mock/server` entry.
import type { ImageStoreOptions } from '../../glossary';
import type { ImageStore } from '../../store/image-store';

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
  /** Called once per request when its answer is sent (the CLI prints it as a log line). */
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

/** One answered request. */
export interface RequestLogEntry {
  readonly time: Date;
  readonly method: string;
  /** The AWS operation (`ListImages`), the control path (`/_mock/reset`), or `-` when the request named none. */
  readonly operation: string;
  readonly status: number;
  /** From the request's arrival to its answer, in milliseconds. */
  readonly ms: number;
  /** The error code of a 4xx or 5xx answer. */
  readonly error?: string;
}

export interface RunningServer {
  /** `http://<host>:<port>`: pass it as the SDK's `endpoint`, the CLI's `--endpoint-url`, boto3's `endpoint_url`. */
  readonly url: string;
  readonly store: ImageStore;
  /** Stops accepting connections, ends open ones, and resolves when the server is closed. */
  close(): Promise<void>;
}
