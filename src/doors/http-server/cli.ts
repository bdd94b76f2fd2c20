#!/usr/bin/env node
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { ImageStoreOptions } from '../../glossary';
import { ImageStore } from '../../store/image-store';
import { didYouMean } from '../../errors/did-you-mean';
import { inFlagFile, notAPort, notLoopbackWarning, seedsNotUsed, signalIgnored } from '../../errors/http-problems';
import type { RequestLogEntry } from './glossary';
import { isLoopback } from './loopback';
import { watchParent } from './parent-watch';
import { seedFromFile } from './seed-file';
import { startServer } from './start-server';
import type { StoreFlagValues } from './store-flags';
import { STORE_FLAGS, storeOptionsFromFlags } from './store-flags';
import type { StateFile } from './state-file';
import { openState } from './state-file';

const USAGE = `Usage: sagemaker-image-mock serve [options]
       sagemaker-image-mock conformance record|check ...   (sagemaker-image-mock conformance --help)

Serves the SageMaker image API (awsJson1_1) from memory, for the AWS CLI, boto3 and any SDK:
  aws sagemaker list-images --endpoint-url http://127.0.0.1:4580

Options:
  --port N            port to listen on (default 4580; 0 takes a free port)
  --host ADDRESS      address to listen on (default 127.0.0.1; anything but loopback is warned about)
  --seed FILE         a JSON array of seeds to start with ({ "ImageName": ..., "CreationTime":
                      "2024-01-01T00:00:00Z", "Versions": [...], ... }); with --state, used only
                      when the state file does not exist yet
  --state FILE        load the store's snapshot from FILE at start (if it exists) and write it
                      there (atomically) on a clean stop (see Stopping); FILE.lock holds the
                      server's pid meanwhile: a second server on the same FILE is refused
  --quiet             no request log (one line per request on stderr otherwise)
  --no-exit-with-parent
                      keep serving after the process that started the server ends (a server
                      left running in the background on purpose); stop it with a signal
  -h, --help          this text

Store options (ImageStore's):
  --account-id ID     the account of the store (default 123456789012)
  --region REGION     the default region for seeds (default us-east-1; calls use their own)
  --name-contains case-sensitive|case-insensitive
                      how ListImages' NameContains compares (default case-sensitive)
  --list-paging exact|limit-before-filter
                      limit-before-filter: MaxResults counts images before the filters (default exact)
  --lifecycle instant|creating=MS,updating=MS,deleting=MS
                      how long CREATING, UPDATING and DELETING last, in milliseconds of the
                      store's clock: any of the three, the others instant (default instant)
  --limits images=N,versionsPerImage=N,tagsPerResource=N
                      quotas for ResourceLimitExceeded, any of them (default: 50 tags, no other)
  --deleted-waiter-compat
                      a deleted image or version is ResourceNotFoundException (not the service's
                      ResourceNotFound), so the SDKs' ImageDeleted waiters succeed
  --custom-images checked|unchecked
                      unchecked: CreateDomain and UpdateDomain keep CustomImages as given
                      (default checked)
  --token-secret TEXT the secret that signs NextTokens (default: random at each start; a store
                      loaded from --state keeps the secret it was saved with)
  --journal-size N    how many calls GET /_mock/requests keeps, the newest (default 1000)
  --clock system|manual[=ISO-TIME]
                      manual: a clock that moves only by POST /_mock/clock, starting at
                      ISO-TIME (e.g. 2024-01-01T00:00:00Z) or now (default system)

Stopping: SIGINT, SIGTERM and SIGHUP stop the server cleanly (writing --state), and so does the end
of the process that started it (its parent; under npx or npm run, also npm and the process that
ran npm), unless --no-exit-with-parent. Any further signal while it stops (and writes --state) is
ignored.

The first line on stdout is "sagemaker-image-mock listening on <url>": a test fixture reads the URL
from it. Control plane (JSON in and out) for test suites in any language:
  GET /_mock/health   POST /_mock/reset   POST /_mock/seed   GET /_mock/snapshot
  POST /_mock/restore   POST /_mock/fail-next   POST /_mock/error-next   POST /_mock/throttle-next
  POST /_mock/stubs   POST /_mock/clock   GET /_mock/requests
Each takes ?account=<12 digits> to act on that account alone; a request signed with a 12-digit
access key id acts in that account.`;

const OPTIONS = {
  port: { type: 'string', default: '4580' },
  host: { type: 'string', default: '127.0.0.1' },
  seed: { type: 'string' },
  state: { type: 'string' },
  'account-id': { type: 'string' },
  region: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  'no-exit-with-parent': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
  ...STORE_FLAGS,
} as const satisfies ParseArgsConfig['options'];
type Values = ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>['values'];
const COMMANDS = ['serve'];
const HINT = "Run 'sagemaker-image-mock --help' for its commands and options.";

type Token = { kind: 'option'; name: string; rawName: string } | { kind: 'positional'; value: string } | { kind: 'option-terminator' };

const meant = (word: string, known: readonly string[], prefix = '') => {
  const closest = didYouMean(word, known);
  return closest === undefined ? '' : ` (did you mean '${prefix}${closest}'?)`;
};

/** The first argument that is neither the command nor a known option, named, with the closest known one; undefined when every one is known. */
function unknownArgument(tokens: readonly Token[]): string | undefined {
  let command: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name)) return `unknown option '${token.rawName}'${meant(token.name, Object.keys(OPTIONS), '--')}`;
    if (token.kind !== 'positional') continue;
    if (command !== undefined) return `unexpected argument '${token.value}' after '${command}'`;
    if (!COMMANDS.includes(token.value)) return `unknown command '${token.value}'${meant(token.value, [...COMMANDS, 'conformance'])}`;
    command = token.value;
  }
  return command === undefined ? `missing the command: sagemaker-image-mock ${COMMANDS.join('|')} [options]` : undefined;
}

/** A command line the CLI cannot run: the problem and where to look, on stderr; exit code 2. */
function refuse(problem: string): number {
  console.error(`sagemaker-image-mock: ${problem}\n${HINT}`);
  return 2;
}

/**
 * Resolves at the first request to stop: SIGINT, SIGTERM, SIGHUP (a closed terminal) or, given the
 * parent's pid, the end of the process that started the server (decision 0028). The handlers stay:
 * a later signal is acknowledged on stderr and ignored, so it never cuts the state's save short.
 */
function stopRequest(parent: number | undefined, state: string | undefined): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    let unwatch: () => void = () => undefined;
    const stop = () => {
      stopping = true;
      unwatch();
      resolve();
    };
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        if (!stopping) return stop();
        console.error(signalIgnored(signal, state));
      });
    }
    if (parent !== undefined) {
      unwatch = watchParent(parent, (what) => {
        console.error(`sagemaker-image-mock: ${what}: stopping`);
        stop();
      });
    }
  });
}

/** `2026-12-02T10:00:00.000Z ListImages 200 0.4ms`, errors with their code. */
function logLine(entry: RequestLogEntry): string {
  return `${entry.time.toISOString()} ${entry.operation} ${entry.status} ${entry.ms.toFixed(1)}ms${entry.error === undefined ? '' : ` ${entry.error}`}`;
}

async function main(argv: string[]): Promise<number> {
  const parent = process.ppid; // read first: a starter that ends while the server starts up is still noticed
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const unknown = unknownArgument(tokens);
  if (unknown !== undefined) return refuse(unknown);
  let values: Values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true })); // what is left: a missing, ambiguous or unwanted value
  } catch (error) {
    return refuse((error as Error).message);
  }
  let flagOptions: ImageStoreOptions;
  try {
    flagOptions = storeOptionsFromFlags(values satisfies StoreFlagValues);
  } catch (error) {
    return refuse((error as Error).message);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw notAPort(values.port);
  // Everything that can fail is done before listening: the server never half-starts.
  const stateFile = values.state === undefined ? undefined : openState(values.state);
  const release = () => stateFile?.release();
  process.on('exit', release); // the lock goes with the process, however it ends (but kill -9: the next server takes it over)
  try {
    return await serveWith(values, flagOptions, port, stateFile, parent);
  } finally {
    release();
  }
}

async function serveWith(values: Values, flagOptions: ImageStoreOptions, port: number, stateFile: StateFile | undefined, parent: number): Promise<number> {
  for (const note of stateFile?.notes ?? []) console.error(note);
  const state = stateFile?.snapshot;
  const storeOptions: ImageStoreOptions = {
    ...flagOptions,
    ...(values['account-id'] !== undefined && { accountId: values['account-id'] }),
    ...(values.region !== undefined && { region: values.region }),
  };
  let store: ImageStore;
  try {
    store = new ImageStore({ ...storeOptions, ...(state !== undefined && { snapshot: state }) });
  } catch (error) {
    throw state === undefined ? error : inFlagFile('--state', values.state!, error);
  }
  if (values.seed !== undefined) {
    // With a state file loaded the seeds are not used, but a broken seed file is still a mistake to report now.
    seedFromFile(state === undefined ? store : new ImageStore(storeOptions), values.seed);
  }
  const quiet = values.quiet;
  const stopping = stopRequest(values['no-exit-with-parent'] ? undefined : parent, values.state);
  const server = await startServer({ port, host: values.host, store, ...(!quiet && { onRequest: (entry) => console.error(logLine(entry)) }) });
  console.log(`sagemaker-image-mock listening on ${server.url}`);
  if (values.seed !== undefined && state !== undefined) console.error(seedsNotUsed(values.seed, values.state!));
  if (!isLoopback(values.host)) console.error(notLoopbackWarning(values.host));
  await stopping;
  await server.close();
  if (stateFile !== undefined) {
    stateFile.write(store);
    console.log(`sagemaker-image-mock: state written to ${values.state}`);
  }
  await new Promise((resolve) => setImmediate(resolve)); // one more turn: the signals that came during the save are acknowledged (and ignored)
  console.log('sagemaker-image-mock stopped');
  return 0;
}

/**
 * Runs `sagemaker-image-mock serve ...` (the bin, src/cli.ts, hands it every command but
 * `conformance`) and ends the process with its exit code.
 */
export function runServeCommand(argv: string[]): void {
  // Ends the process at once, not when its event loop empties: a natural end first closes the signal
  // handlers, and a signal arriving in that window (Ctrl-C held down) would end a server that had
  // saved its state with that signal's status instead of its own (stdout and stderr are written synchronously).
  main(argv).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`sagemaker-image-mock: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

// Run as a program (the tests and benches start this file): serve.
if (require.main === module) runServeCommand(process.argv.slice(2));
