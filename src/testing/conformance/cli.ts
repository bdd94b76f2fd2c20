import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { formatDivergence, checkTranscripts } from './check';
import { clientCaller } from './doors';
import type { Answer } from './normalise';
import type { Caller } from './run';
import { runScenario } from './run';
import type { Scenario } from './scenario';
import { CONFORMANCE_DIR, readScenarios, SHIPPED_SCENARIOS, SHIPPED_TRANSCRIPTS } from './scenario';
import type { Provenance } from './transcript';
import { readTranscripts, TRANSCRIPT_FORMAT, writeTranscript } from './transcript';

const CONFORMANCE_USAGE = `Usage: sagemaker-image-mock conformance record (--endpoint URL | --aws) --out DIR [options]
       sagemaker-image-mock conformance check [DIR]

record   runs the conformance scenarios against an endpoint and writes one transcript per scenario
         (the requests, and the answers normalised: accounts, regions, times, tokens and the run's
         name prefix become placeholders).
  --endpoint URL      a SageMaker endpoint: this package's server, or any other
  --aws               the real service, with the standard credential chain and region (it creates
                      images and AppImageConfigs named with a random prefix, and deletes them)
  --region REGION     default: AWS_REGION, AWS_DEFAULT_REGION, or us-east-1 with --endpoint
  --out DIR           where the transcripts go (created)
  --role-arn ARN      the RoleArn of the images (required with --aws: a role SageMaker may assume)
  --base-image URI    an image in ECR for the version scenarios (skipped without it, with --aws)
  --scenarios DIR     scenarios of your own (default: the package's)
  --only A,B          only these scenarios
  --dry-run           print the calls a recording would make, and make none
  --note TEXT         kept in each transcript's provenance (the endpoint's options, say)
check    replays transcripts (default: the package's own) on all three doors, each over a fresh
         store, and prints each divergence as a diff: scenario, step, request, expected, got.
         Exit code 1 on any divergence.`;

const RECORD = {
  endpoint: { type: 'string' },
  aws: { type: 'boolean' },
  region: { type: 'string' },
  out: { type: 'string' },
  'role-arn': { type: 'string' },
  'base-image': { type: 'string' },
  scenarios: { type: 'string' },
  only: { type: 'string' },
  'dry-run': { type: 'boolean' },
  note: { type: 'string' },
} as const;

const fail = (message: string): number => {
  console.error(`sagemaker-image-mock conformance: ${message}`);
  return 2;
};

function version(pkg: string): string {
  try {
    const file = pkg === 'self' ? path.join(CONFORMANCE_DIR, '..', 'package.json') : require.resolve(`${pkg}/package.json`);
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Whether a URL is this package's server (it answers the control plane's health check). */
async function isMockServer(url: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/_mock/health', url), { signal: AbortSignal.timeout(5_000) });
    return response.ok && ((await response.json()) as { status?: unknown }).status === 'ok';
  } catch {
    return false;
  }
}

/** What a recording made, to delete at the end whatever happened: images (with their versions) and AppImageConfigs. */
class Made {
  readonly images = new Set<string>();
  readonly configs = new Set<string>();

  note(operation: string, input: Record<string, unknown>, answer: Answer): void {
    if ('error' in answer) return;
    if (operation === 'CreateImage') this.images.add(String(input['ImageName']));
    if (operation === 'CreateAppImageConfig') this.configs.add(String(input['AppImageConfigName']));
  }

  /** Deletes what it made; an image still CREATING or UPDATING (which the service will not delete) is waited for first. */
  async cleanUp(caller: Caller, poll: { readonly pollMs: number; readonly maxPolls: number }): Promise<string[]> {
    const left: string[] = [];
    const call = (operation: string, input: Record<string, unknown>): Promise<Answer> =>
      caller(operation, input).catch((error: unknown) => ({ error: { code: 'Error', message: String(error) } }));
    const remove = async (operation: string, input: Record<string, unknown>, what: string) => {
      const answer = await call(operation, input);
      if ('error' in answer && answer.error.code !== 'ResourceNotFound') left.push(`${what}: ${answer.error.code}: ${answer.error.message}`);
    };
    for (const name of this.images) {
      for (let i = 0; i < poll.maxPolls; i += 1) {
        const described = await call('DescribeImage', { ImageName: name });
        if (!('output' in described) || !['CREATING', 'UPDATING'].includes(String(described.output['ImageStatus']))) break;
        await sleep(poll.pollMs);
      }
      await remove('DeleteImage', { ImageName: name }, `image ${name}`);
    }
    for (const name of this.configs) await remove('DeleteAppImageConfig', { AppImageConfigName: name }, `AppImageConfig ${name}`);
    return left;
  }
}

async function record(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: RECORD, allowPositionals: false }));
  } catch (error) {
    return fail((error as Error).message);
  }
  const { endpoint, aws } = values;
  if (endpoint === undefined && aws !== true) {
    return fail(
      'record needs --endpoint URL, or --aws to record against the real service in the account your credentials name ' +
        '(it creates SageMaker images and AppImageConfigs named with a random prefix, deletes them at the end, and touches nothing else; image API calls are free).',
    );
  }
  if (endpoint !== undefined && aws === true) return fail('give --endpoint or --aws, not both');
  if (values.out === undefined && values['dry-run'] !== true) return fail('record needs --out DIR');
  if (aws === true && values['role-arn'] === undefined) return fail('--aws needs --role-arn: the role the images name (one SageMaker may assume)');
  const region = values.region ?? process.env['AWS_REGION'] ?? process.env['AWS_DEFAULT_REGION'] ?? (aws === true ? undefined : 'us-east-1');
  if (region === undefined) return fail('--aws needs a region: --region, AWS_REGION or AWS_DEFAULT_REGION');
  let scenarios: Scenario[];
  try {
    scenarios = readScenarios(values.scenarios ?? SHIPPED_SCENARIOS);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.only !== undefined) {
    const only = values.only.split(',');
    const unknown = only.filter((name) => !scenarios.some((s) => s.name === name));
    if (unknown.length > 0) return fail(`no scenario ${unknown.join(', ')}; there are ${scenarios.map((s) => s.name).join(', ')}`);
    scenarios = scenarios.filter((s) => only.includes(s.name));
  }
  const prefix = `cfm-${randomBytes(4).toString('hex')}`;
  const run = {
    prefix,
    role: values['role-arn'] ?? 'arn:aws:iam::123456789012:role/conformance',
    baseImage: values['base-image'] ?? (aws === true ? '' : '123456789012.dkr.ecr.us-east-1.amazonaws.com/conformance:1'),
    pollMs: aws === true ? 2_000 : 100,
    maxPolls: aws === true ? 90 : 50,
  };
  const runnable = scenarios.filter((s) => !(s.needs ?? []).includes('baseImage') || run.baseImage !== '');
  for (const skipped of scenarios.filter((s) => !runnable.includes(s))) console.log(`skipped ${skipped.name}: it needs --base-image (an image in ECR)`);
  const target = endpoint ?? `AWS ${region}`;
  if (values['dry-run'] === true) {
    console.log(`dry run: would record ${runnable.length} scenario(s) against ${target}, names prefixed ${prefix}; no call is made`);
    for (const scenario of runnable) {
      console.log(`${scenario.name}:`);
      for (const step of scenario.steps) {
        console.log(`  ${step.call} ${JSON.stringify(step.input).replaceAll('{prefix}', `${prefix}-${scenario.name}`).replaceAll('{role}', run.role).replaceAll('{baseImage}', run.baseImage)}`);
      }
    }
    console.log(`then deletes every image and AppImageConfig it created (DeleteImage, DeleteAppImageConfig ${prefix}-*)`);
    return 0;
  }
  const client = new SageMakerClient({
    region,
    ...(endpoint !== undefined && { endpoint, credentials: { accessKeyId: 'conformance', secretAccessKey: 'conformance' } }),
  });
  const caller = clientCaller(client);
  // What the scenario in flight made: deleted when it ends, so that no scenario sees another's (as a replay's fresh store does not).
  let made = new Made();
  const cleaned = { images: 0, configs: 0 };
  const tracked: Caller = async (operation, input) => {
    const answer = await caller(operation, input);
    made.note(operation, input, answer);
    return answer;
  };
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    console.error('sagemaker-image-mock conformance: interrupted; cleaning up after the call in flight');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const source: Provenance['source'] = aws === true ? 'aws' : (await isMockServer(endpoint!)) ? 'mock' : 'endpoint';
  console.log(`recording ${runnable.length} scenario(s) against ${target}, names prefixed ${prefix}`);
  let left: string[] | undefined;
  try {
    for (const scenario of runnable) {
      // Each scenario's names are its own (a list of {prefix} sees no other scenario's images), all under the run's prefix.
      const steps = await runScenario(scenario, tracked, { ...run, prefix: `${prefix}-${scenario.name}`, stopped: () => interrupted });
      if (interrupted) break;
      const provenance: Provenance = {
        source,
        target: aws === true ? `aws ${region}` : endpoint!,
        recordedAt: new Date().toISOString(),
        recorder: `sagemaker-image-mock ${version('self')}, @aws-sdk/client-sagemaker ${version('@aws-sdk/client-sagemaker')}`,
        ...(values.note !== undefined && { note: values.note }),
      };
      const file = writeTranscript(values.out!, { format: TRANSCRIPT_FORMAT, version: 1, scenario: scenario.name, about: scenario.about, provenance, steps });
      console.log(`  ${scenario.name}: ${steps.length} steps -> ${file}`);
      left = await made.cleanUp(caller, run);
      cleaned.images += made.images.size;
      cleaned.configs += made.configs.size;
      made = new Made();
      if (left.length > 0) break;
    }
  } finally {
    left = [...(left ?? []), ...(await made.cleanUp(caller, run))];
    cleaned.images += made.images.size;
    cleaned.configs += made.configs.size;
    client.destroy();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    console.log(`cleaned up: ${cleaned.images} image(s), ${cleaned.configs} AppImageConfig(s)${left.length > 0 ? `; NOT deleted:\n  ${left.join('\n  ')}` : ''}`);
  }
  return interrupted ? 130 : left.length > 0 ? 1 : 0;
}

async function check(argv: string[]): Promise<number> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (positionals.length > 1) return fail('check takes one folder of transcripts');
  const dir = positionals[0] ?? SHIPPED_TRANSCRIPTS;
  let transcripts;
  try {
    transcripts = readTranscripts(dir);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (transcripts.length === 0) return fail(`no transcripts (*.json) in ${dir}`);
  const divergences = await checkTranscripts(transcripts);
  for (const d of divergences) console.log(`${formatDivergence(d)}\n`);
  const sources = [...new Set(transcripts.map((t) => `${t.provenance.source} (${t.provenance.target})`))].join(', ');
  console.log(
    divergences.length === 0
      ? `conformance: ${transcripts.length} transcript(s) recorded from ${sources}, replayed on 3 doors: no divergence`
      : `conformance: ${divergences.length} divergence(s) in ${transcripts.length} transcript(s) recorded from ${sources}`,
  );
  return divergences.length === 0 ? 0 : 1;
}

/** `sagemaker-image-mock conformance <record|check> ...`: the exit code. */
export async function conformanceCommand(argv: readonly string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'record') return record(rest);
  if (sub === 'check') return check(rest);
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    (sub === undefined ? console.error : console.log)(CONFORMANCE_USAGE);
    return sub === undefined ? 2 : 0;
  }
  return fail(`unknown conformance command '${sub}': record or check\n${CONFORMANCE_USAGE}`);
}
