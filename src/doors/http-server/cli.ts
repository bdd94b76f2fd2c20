#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ImageStore } from '../../store/image-store';
import type { RequestLogEntry } from './glossary';
import { isLoopback } from './loopback';
import { seedFromFile } from './seed-file';
import { startServer } from './start-server';
import { readState, writeState } from './state-file';

const USAGE = `Usage: sagemaker-image-mock serve [options]

Serves the SageMaker image API (awsJson1_1) from memory, for the AWS CLI, boto3 and any SDK:
  aws sagemaker list-images --endpoint-url http://127.0.0.1:4580

Options:
  --port N            port to listen on (default 4580; 0 takes a free port)
  --host ADDRESS      address to listen on (default 127.0.0.1; anything but loopback is warned about)
  --seed FILE         a JSON array of seeds to start with ({ "ImageName": ..., "CreationTime":
                      "2024-01-01T00:00:00Z", "Versions": [...], ... }); with --state, used only
                      when the state file does not exist yet
  --state FILE        load the store's snapshot from FILE at start (if it exists) and write it
                      there (atomically) on a clean stop (SIGINT or SIGTERM)
  --account-id ID     the account of the store (default 123456789012)
  --region REGION     the default region for seeds (default us-east-1; calls use their own)
  --quiet             no request log (one line per request on stderr otherwise)
  -h, --help          this text

The first line on stdout is "sagemaker-image-mock listening on <url>": a test fixture reads the URL
from it. Control plane (JSON in and out) for test suites in any language:
  GET /_mock/health   POST /_mock/reset   POST /_mock/seed   GET /_mock/snapshot
  POST /_mock/restore   POST /_mock/fail-next   POST /_mock/throttle-next`;

/** `2026-12-02T10:00:00.000Z ListImages 200 0.4ms`, errors with their code. */
function logLine(entry: RequestLogEntry): string {
  return `${entry.time.toISOString()} ${entry.operation} ${entry.status} ${entry.ms.toFixed(1)}ms${entry.error === undefined ? '' : ` ${entry.error}`}`;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4580' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      state: { type: 'string' },
      'account-id': { type: 'string' },
      region: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true || positionals[0] !== 'serve' || positionals.length !== 1) {
    (values.help === true ? console.log : console.error)(USAGE);
    return values.help === true ? 0 : 2;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  // Everything that can fail is done before listening: the server never half-starts.
  const state = values.state === undefined ? undefined : readState(values.state);
  const storeOptions = {
    ...(values['account-id'] !== undefined && { accountId: values['account-id'] }),
    ...(values.region !== undefined && { region: values.region }),
  };
  let store: ImageStore;
  try {
    store = new ImageStore({ ...storeOptions, ...(state !== undefined && { snapshot: state }) });
  } catch (error) {
    throw state === undefined ? error : new Error(`--state ${values.state}: ${(error as Error).message}`, { cause: error });
  }
  if (values.seed !== undefined) {
    // With a state file loaded the seeds are not used, but a broken seed file is still a mistake to report now.
    seedFromFile(state === undefined ? store : new ImageStore(storeOptions), values.seed);
  }
  const quiet = values.quiet;
  const server = await startServer({ port, host: values.host, store, ...(!quiet && { onRequest: (entry) => console.error(logLine(entry)) }) });
  console.log(`sagemaker-image-mock listening on ${server.url}`);
  if (values.seed !== undefined && state !== undefined) console.error(`sagemaker-image-mock: --seed ${values.seed} not used: the store was loaded from --state ${values.state}`);
  if (!isLoopback(values.host)) {
    console.error(
      `sagemaker-image-mock: warning: listening on ${values.host}, not on loopback: anyone who can reach this address ` +
        'can read and change the store (the mock checks no signatures).',
    );
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  if (values.state !== undefined) {
    writeState(store, values.state);
    console.log(`sagemaker-image-mock: state written to ${values.state}`);
  }
  console.log('sagemaker-image-mock stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sagemaker-image-mock: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
