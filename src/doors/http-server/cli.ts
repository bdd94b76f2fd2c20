#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ImageStore } from '../../store/image-store';
import { isLoopback } from './loopback';
import { seedFromFile } from './seed-file';
import { startServer } from './start-server';

const USAGE = `Usage: sagemaker-image-mock serve [--port 4580] [--host 127.0.0.1] [--seed images.json]
                                  [--account-id 123456789012] [--region us-east-1]

Serves the SageMaker image API (awsJson1_1) from memory, for the AWS CLI, boto3 and any SDK:
  aws sagemaker list-images --endpoint-url http://127.0.0.1:4580

--seed takes a JSON array of seeds ({ "ImageName": ..., "CreationTime": "2024-01-01T00:00:00Z", ... }).
Stops cleanly on SIGINT or SIGTERM.`;

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
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port ${values.port} is not a port number`);
  // Everything that can fail is done before listening: the server never half-starts.
  const store = new ImageStore({
    ...(values['account-id'] !== undefined && { accountId: values['account-id'] }),
    ...(values.region !== undefined && { region: values.region }),
  });
  if (values.seed !== undefined) seedFromFile(store, values.seed);
  const server = await startServer({ port, host: values.host, store });
  console.log(`sagemaker-image-mock listening on ${server.url}`);
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
