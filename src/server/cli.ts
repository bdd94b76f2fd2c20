#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ImageSeed } from '../store/seed';
import { startServer } from './start-server';

const USAGE = `Usage: sagemaker-image-mock serve [--port 4580] [--host 127.0.0.1] [--seed images.json]
                                  [--account-id 123456789012] [--region us-east-1]

Serves the SageMaker image API (awsJson1_1) from memory, for the AWS CLI, boto3 and any SDK:
  aws sagemaker list-images --endpoint-url http://127.0.0.1:4580

--seed takes a JSON array of seeds ({ "ImageName": ..., "CreationTime": "2024-01-01T00:00:00Z", ... }).
Stops cleanly on SIGINT or SIGTERM.`;

const TIMES = ['CreationTime', 'LastModifiedTime'] as const;

function readSeeds(file: string): ImageSeed[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of seeds`);
  return parsed.map((seed: Record<string, unknown>) => {
    const copy: Record<string, unknown> = { ...seed };
    for (const key of TIMES) if (typeof copy[key] === 'string' || typeof copy[key] === 'number') copy[key] = new Date(copy[key]);
    return copy as unknown as ImageSeed;
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4580' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      'account-id': { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true || positionals[0] !== 'serve' || positionals.length !== 1) {
    (values.help === true ? console.log : console.error)(USAGE);
    return values.help === true ? 0 : 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  const server = await startServer({
    port,
    host: values.host,
    storeOptions: {
      ...(values['account-id'] !== undefined && { accountId: values['account-id'] }),
      ...(values.region !== undefined && { region: values.region }),
    },
  });
  if (values.seed !== undefined) server.store.seed(readSeeds(values.seed));
  console.log(`sagemaker-image-mock listening on ${server.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
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
