// A server per test, with the two ways a parallel worker reaches it: the control plane, and a
// SageMakerClient signed with its account (for the control-plane tests of SPEC §15).
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { RunningServer } from 'sagemaker-image-mock/server';
import { startServer } from 'sagemaker-image-mock/server';

export interface SharedServer {
  /** A control-plane call: its status and JSON answer. */
  control(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  /** A client of the server signed with `account` as its access key id (no retries). */
  worker(account: string): SageMakerClient;
}

/** Starts a server before each test of the file and closes it after. */
export function useSharedServer(): SharedServer {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());
  return {
    async control(method, path, body) {
      const response = await fetch(`${server.url}/_mock/${path}`, { method, ...(body !== undefined && { body: JSON.stringify(body) }) });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
    worker: (account) =>
      new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: account, secretAccessKey: 's' }, maxAttempts: 1 }),
  };
}
