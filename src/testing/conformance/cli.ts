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

/** How long one call may take before it counts as failed. */
const CALL_TIMEOUT_MS = 60_000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

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

/**
 * What a recording may have made, to delete whatever happened: images (with their versions) and
 * AppImageConfigs. A name is noted before its Create is sent (an answer lost on the way, or a retry
 * answered ResourceInUse, still made it), and only a name under the run's prefix.
 */
class Made {
  readonly images = new Set<string>();
  readonly configs = new Set<string>();
  /** Domains (endpoints only): their ids are known from the answers. */
  readonly domains = new Set<string>();
  deleted = 0;

  constructor(private readonly prefix: string) {}

  noteBefore(operation: string, input: Record<string, unknown>): void {
    const name = (member: string) => (typeof input[member] === 'string' && input[member].startsWith(this.prefix) ? input[member] : undefined);
    const image = operation === 'CreateImage' ? name('ImageName') : undefined;
    const config = operation === 'CreateAppImageConfig' ? name('AppImageConfigName') : undefined;
    if (image !== undefined) this.images.add(image);
    if (config !== undefined) this.configs.add(config);
  }

  noteAfter(operation: string, answer: Answer): void {
    if (operation === 'CreateDomain' && 'output' in answer && typeof answer.output['DomainId'] === 'string') this.domains.add(answer.output['DomainId']);
  }

  /** Deletes what it made; an image still CREATING or UPDATING (which the service will not delete) is waited for first. Answers what is left. */
  async cleanUp(caller: Caller, poll: { readonly pollMs: number; readonly maxPolls: number }): Promise<string[]> {
    const left: string[] = [];
    const call = (operation: string, input: Record<string, unknown>): Promise<Answer> =>
      caller(operation, input).catch((error: unknown) => ({ error: { code: 'Error', message: String(error) } }));
    for (const id of this.domains) {
      const answer = await call('DeleteDomain', { DomainId: id });
      if ('error' in answer && answer.error.code !== 'ResourceNotFound') left.push(`domain ${id}: ${answer.error.code}: ${answer.error.message}`);
      else if (!('error' in answer)) this.deleted += 1;
    }
    const status = async (name: string): Promise<string> => {
      const described = await call('DescribeImage', { ImageName: name });
      return 'output' in described ? String(described.output['ImageStatus']) : described.error.code;
    };
    for (const name of this.images) {
      for (let i = 0; i < poll.maxPolls && ['CREATING', 'UPDATING'].includes(await status(name)); i += 1) await sleep(poll.pollMs);
      const answer = await call('DeleteImage', { ImageName: name });
      // Gone, or on its way (DELETING): nothing left.
      if ('error' in answer && answer.error.code !== 'ResourceNotFound' && !['DELETING', 'ResourceNotFound'].includes(await status(name))) {
        left.push(`image ${name}: ${answer.error.code}: ${answer.error.message}`);
      } else if (!('error' in answer)) this.deleted += 1;
    }
    for (const name of this.configs) {
      const answer = await call('DeleteAppImageConfig', { AppImageConfigName: name });
      if ('error' in answer && answer.error.code !== 'ResourceNotFound') left.push(`AppImageConfig ${name}: ${answer.error.code}: ${answer.error.message}`);
      else if (!('error' in answer)) this.deleted += 1;
    }
    return left;
  }
}

/** The operations a recording against AWS may call: the images', AppImageConfigs' and tags' (free, and all cleaned up). */
const AWS_OPERATIONS = /^(Create|Describe|Update|Delete|List)(Image|ImageVersion|Images|ImageVersions|Aliases|AppImageConfig|AppImageConfigs)$|^(AddTags|ListTags|DeleteTags)$/;

/**
 * Why a scenario may not run against AWS, if it may not: it calls only the free operations, names
 * only what carries the run's prefix, lists only under it, and tags only what it made.
 */
function awsProblem(scenario: Scenario): string | undefined {
  for (const [i, step] of scenario.steps.entries()) {
    const where = `${scenario.name}, step ${i + 1} (${step.call})`;
    if (!AWS_OPERATIONS.test(step.call)) return `${where}: not an image, AppImageConfig or tag operation`;
    for (const member of ['ImageName', 'AppImageConfigName', 'NameContains']) {
      const value = step.input[member];
      if (value !== undefined && (typeof value !== 'string' || !value.includes('{prefix}'))) return `${where}: ${member} must hold {prefix}`;
    }
    if (step.call.startsWith('List') && step.call !== 'ListTags' && !['ListImageVersions', 'ListAliases'].includes(step.call) && step.input['NameContains'] === undefined) return `${where}: a list must filter by NameContains {prefix}`;
    const arn = step.input['ResourceArn'];
    if (arn !== undefined && (typeof arn !== 'string' || !/^\{last:\w+Arn\}$/.test(arn))) return `${where}: ResourceArn must be an ARN the run made ({last:ImageArn})`;
  }
  return undefined;
}

async function record(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(CONFORMANCE_USAGE);
    return 0;
  }
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
  for (const flag of ['role-arn', 'base-image', 'region', 'endpoint'] as const) if (values[flag] === '') return fail(`--${flag} must not be empty`);
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
    region,
    pollMs: aws === true ? 2_000 : 100,
    maxPolls: aws === true ? 90 : 50,
  };
  const skip = (s: Scenario): string | undefined =>
    (s.needs ?? []).includes('domains') && aws === true ? 'domains cost money and need a VPC: recorded against endpoints only'
    : (s.needs ?? []).includes('baseImage') && run.baseImage === '' ? 'it needs --base-image (an image in ECR)'
    : undefined;
  const runnable = scenarios.filter((s) => skip(s) === undefined);
  for (const skipped of scenarios.filter((s) => !runnable.includes(s))) console.log(`skipped ${skipped.name}: ${skip(skipped)}`);
  if (aws === true) {
    const problem = runnable.map(awsProblem).find((p) => p !== undefined);
    if (problem !== undefined) return fail(`--aws runs only scenarios that touch nothing but what they make: ${problem}`);
  }
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
  // No call waits for ever: an endpoint that stops answering is a failed call, and the clean-up still runs.
  const caller = clientCaller(client, CALL_TIMEOUT_MS);
  // What the scenario in flight made: deleted when it ends, so that no scenario sees another's (as a replay's fresh store does not).
  let made = new Made(prefix);
  let deleted = 0;
  const tracked: Caller = async (operation, input) => {
    made.noteBefore(operation, input);
    const answer = await caller(operation, input);
    made.noteAfter(operation, answer);
    return answer;
  };
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) {
      // A second signal: stop waiting, say what may be left, and go.
      const names = [...made.images, ...made.configs, ...made.domains];
      console.error(`sagemaker-image-mock conformance: stopped before cleaning up${names.length > 0 ? `; may be left: ${names.join(', ')}` : ''}`);
      process.exit(130);
    }
    interrupted = true;
    console.error('sagemaker-image-mock conformance: interrupted; cleaning up after the call in flight (again to stop at once)');
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
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
      deleted += made.deleted;
      made = new Made(prefix);
      if (left.length > 0) break;
    }
  } finally {
    left = [...(left ?? []), ...(await made.cleanUp(caller, run))];
    deleted += made.deleted;
    client.destroy();
    for (const signal of SIGNALS) process.off(signal, onSignal);
    console.log(`cleaned up: ${deleted} deleted${left.length > 0 ? `; NOT deleted:\n  ${left.join('\n  ')}` : ', nothing left'}`);
  }
  return interrupted ? 130 : left.length > 0 ? 1 : 0;
}

async function check(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(CONFORMANCE_USAGE);
    return 0;
  }
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
  let divergences;
  try {
    divergences = await checkTranscripts(transcripts);
  } catch (error) {
    // A transcript the installed SDK cannot send (a command it does not have): the user's to fix.
    if (error instanceof TypeError) return fail(error.message);
    throw error;
  }
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
