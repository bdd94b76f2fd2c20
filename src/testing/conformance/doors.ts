import * as sdk from '@aws-sdk/client-sagemaker';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { conformanceUnknownOperation } from '../../errors/usage-errors';
import { mockSageMakerImages } from '../../doors/client-mock/mock-sagemaker-images';
import { createRequestHandler } from '../../doors/request-handler/request-handler';
import { startServer } from '../../doors/http-server/start-server';
import { ImageStore } from '../../store/image-store';
import type { Answer } from './normalise';
import type { Caller } from './run';

type Command = new (input: object) => Parameters<SageMakerClient['send']>[0];

/** A caller through a real SageMakerClient: the SDK's command of each operation, its output or its service error. */
export function clientCaller(client: SageMakerClient, timeoutMs?: number): Caller {
  return async (operation, input) => {
    const command = (sdk as unknown as Record<string, Command | undefined>)[`${operation}Command`];
    if (command === undefined) throw conformanceUnknownOperation(operation);
    try {
      const options = timeoutMs === undefined ? {} : { abortSignal: AbortSignal.timeout(timeoutMs) };
      const output = (await client.send(new command(input), options)) as unknown as Record<string, unknown>;
      delete output['$metadata'];
      return { output };
    } catch (error) {
      const failed = error as { name?: unknown; message?: unknown; $metadata?: unknown };
      if (typeof failed.name === 'string' && typeof failed.message === 'string' && failed.$metadata !== undefined) return { error: { code: failed.name, message: failed.message } } satisfies Answer;
      throw error;
    }
  };
}

/** A door with a store of its own (the default options), its caller, and how to close it. */
export interface ConformanceDoor {
  readonly name: string;
  readonly caller: Caller;
  close(): Promise<void>;
}

const REGION = 'us-east-1';
const CREDENTIALS = { accessKeyId: 'conformance', secretAccessKey: 'conformance' };

/** The three doors, each over a fresh store with the default options. */
export const CONFORMANCE_DOORS: readonly { readonly name: string; open(): Promise<ConformanceDoor> }[] = [
  {
    name: 'door 1 (aws-sdk-client-mock)',
    open() {
      const client = new SageMakerClient({ region: REGION, credentials: CREDENTIALS });
      const mock = mockSageMakerImages(client, { store: new ImageStore() });
      return Promise.resolve({ name: this.name, caller: clientCaller(client), close: () => Promise.resolve(mock.restore()) });
    },
  },
  {
    name: 'door 2 (requestHandler)',
    open() {
      const client = new SageMakerClient({ region: REGION, credentials: CREDENTIALS, requestHandler: createRequestHandler(new ImageStore()) });
      return Promise.resolve({ name: this.name, caller: clientCaller(client), close: () => Promise.resolve(client.destroy()) });
    },
  },
  {
    name: 'door 3 (HTTP server)',
    async open() {
      const server = await startServer({ store: new ImageStore() });
      const client = new SageMakerClient({ region: REGION, credentials: CREDENTIALS, endpoint: server.url });
      return {
        name: this.name,
        caller: clientCaller(client),
        close: async () => {
          client.destroy();
          await server.close();
        },
      };
    },
  },
];
