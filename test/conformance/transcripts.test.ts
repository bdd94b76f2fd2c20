import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startServer } from 'sagemaker-image-mock/server';
import { checkTranscripts, formatDivergence, REPLAY_VALUES } from '../../src/testing/conformance/check';
import { clientCaller } from '../../src/testing/conformance/doors';
import { runScenario } from '../../src/testing/conformance/run';
import { readScenarios } from '../../src/testing/conformance/scenario';
import { readTranscripts, TRANSCRIPT_FORMAT } from '../../src/testing/conformance/transcript';
import type { Transcript } from '../../src/testing/conformance/transcript';
import { CLI_BUILD, ROOT } from '../support/cli-build';

// SPEC §16, decision 0043: the conformance scenarios as data, the transcripts the package ships,
// replayed on every door; a divergent endpoint is found and named; the CLI's record and check.
const SCENARIOS = path.join(ROOT, 'conformance/scenarios');
const TRANSCRIPTS = path.join(ROOT, 'conformance/transcripts');
const BIN = path.join(CLI_BUILD, 'cli.js');

function cli(args: string[], options: { timeout?: number; onSpawn?: (pid: number) => void } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: options.timeout ?? 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr }),
    );
    options.onSpawn?.(child.pid!);
  });
}

async function recordAgainst(server: { url: string }, names: readonly string[]): Promise<Transcript[]> {
  const client = new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const transcripts: Transcript[] = [];
  for (const scenario of readScenarios(SCENARIOS).filter((s) => names.includes(s.name))) {
    const steps = await runScenario(scenario, clientCaller(client), { ...REPLAY_VALUES, prefix: `rec-${scenario.name}`, pollMs: 10, maxPolls: 5 });
    transcripts.push({ format: TRANSCRIPT_FORMAT, version: 1, scenario: scenario.name, about: scenario.about, provenance: { source: 'mock', target: server.url, recordedAt: '', recorder: 'test' }, steps });
  }
  client.destroy();
  return transcripts;
}

describe('the shipped transcripts', () => {
  const transcripts = readTranscripts(TRANSCRIPTS);

  it('cover every scenario, with the scenario’s requests as written, and say where they came from', () => {
    const scenarios = readScenarios(SCENARIOS);
    expect(transcripts.map((t) => t.scenario)).toEqual(scenarios.map((s) => s.name));
    for (const [i, scenario] of scenarios.entries()) {
      expect(transcripts[i]!.steps.map(({ call, input, until }) => ({ call, input, ...(until !== undefined && { until }) }))).toEqual(scenario.steps);
      expect(transcripts[i]!.provenance).toMatchObject({ source: expect.stringMatching(/^(mock|aws)$/) as unknown, recorder: expect.stringContaining('sagemaker-image-mock') as unknown });
    }
  });

  it('replay on all three doors without a divergence', async () => {
    const divergences = await checkTranscripts(transcripts);
    expect(divergences.map(formatDivergence)).toEqual([]);
  });
});

describe('a recording against a server started with another choice', () => {
  it('diverges at exactly the step the choice changes, on every door, and says so readably', async () => {
    const server = await startServer({ nameContains: 'case-insensitive' });
    let transcripts: Transcript[];
    try {
      transcripts = await recordAgainst(server, ['list-images']);
    } finally {
      await server.close();
    }
    const divergences = await checkTranscripts(transcripts);
    expect(divergences.map((d) => [d.door, d.step, d.call])).toEqual([
      ['door 1 (aws-sdk-client-mock)', 9, 'ListImages'],
      ['door 2 (requestHandler)', 9, 'ListImages'],
      ['door 3 (HTTP server)', 9, 'ListImages'],
    ]);
    const text = formatDivergence(divergences[0]!);
    expect(text.split('\n').slice(0, 5)).toEqual([
      'list-images, step 9 on door 1 (aws-sdk-client-mock): ListImages {"NameContains":"{prefix}-beta","SortBy":"IMAGE_NAME"}',
      '  - expected (the transcript), + got',
      '    {',
      '      "output": {',
      '  +     "Images": []',
    ]);
    expect(text).toContain('  -         "ImageName": "{prefix}-Beta",');
  });

  it.each([
    [{ listPaging: 'limit-before-filter' as const }, 'list-images', ['list-images', 8, 'ListImages']],
    [{ limits: { images: 2 } }, 'list-images', ['list-images', 3, 'CreateImage']],
    [{ deletedWaiterCompat: true }, 'images', ['images', 6, 'DescribeImage']],
    [{ customImages: 'unchecked' as const }, 'domains', ['domains', 4, 'CreateDomain']],
  ])('a server started with %j diverges first at its step', async (options, scenario, first) => {
    const server = await startServer(options);
    let transcripts: Transcript[];
    try {
      transcripts = await recordAgainst(server, [scenario]);
    } finally {
      await server.close();
    }
    const divergences = await checkTranscripts(transcripts);
    expect(divergences.length).toBeGreaterThanOrEqual(3);
    expect([divergences[0]!.scenario, divergences[0]!.step, divergences[0]!.call]).toEqual(first);
  });

  it('a recording against a server with the default options does not diverge (the check is not merely strict)', async () => {
    const server = await startServer();
    try {
      expect(await checkTranscripts(await recordAgainst(server, ['list-images', 'validation']))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('sagemaker-image-mock conformance (the CLI)', () => {
  it('check replays the shipped transcripts: exit 0', async () => {
    const run = await cli(['conformance', 'check']);
    expect([run.code, run.stdout.trim().split('\n').pop()]).toEqual([0, expect.stringMatching(/^conformance: 7 transcript\(s\) recorded from mock \(.*\), replayed on 3 doors: no divergence$/)]);
  });

  it('record then check: a server with another choice fails the check with the divergent step, exit 1', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'transcripts-'));
    const server = await startServer({ nameContains: 'case-insensitive' });
    try {
      const recorded = await cli(['conformance', 'record', '--endpoint', server.url, '--out', out, '--only', 'list-images,validation']);
      expect(recorded.code).toBe(0);
      expect(recorded.stdout).toMatch(/recording 2 scenario\(s\) against http:\/\/127\.0\.0\.1:\d+, names prefixed cfm-[0-9a-f]{8}\n/);
      expect(recorded.stdout).toContain('cleaned up: 4 deleted, nothing left');
      expect(server.store.listImages().Images).toEqual([]); // nothing left behind
      expect(JSON.parse(fs.readFileSync(path.join(out, 'list-images.json'), 'utf8'))).toMatchObject({ provenance: { source: 'mock', target: server.url } });
      const checked = await cli(['conformance', 'check', out]);
      expect(checked.code).toBe(1);
      expect(checked.stdout).toContain('list-images, step 9 on door 3 (HTTP server): ListImages');
      expect(checked.stdout.trim().split('\n').pop()).toMatch(/^conformance: 3 divergence\(s\) in 2 transcript\(s\)/);
    } finally {
      await server.close();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('refuses to record against AWS without --aws, and --aws without a role; a dry run calls nothing', async () => {
    const none = await cli(['conformance', 'record', '--out', '/tmp/never']);
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining('record needs --endpoint URL, or --aws to record against the real service') as unknown]);
    const noRole = await cli(['conformance', 'record', '--aws', '--region', 'eu-west-1', '--out', '/tmp/never']);
    expect([noRole.code, noRole.stderr]).toEqual([2, expect.stringContaining('--aws needs --role-arn') as unknown]);
    const dry = await cli(['conformance', 'record', '--aws', '--region', 'eu-west-1', '--role-arn', 'arn:aws:iam::111111111111:role/r', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('skipped image-versions: it needs --base-image (an image in ECR)');
    expect(dry.stdout).toContain('skipped domains: domains cost money and need a VPC: recorded against endpoints only');
    expect(dry.stdout).toMatch(/dry run: would record 5 scenario\(s\) against AWS eu-west-1, names prefixed (cfm-[0-9a-f]{8}); no call is made/);
    const prefix = /names prefixed (cfm-[0-9a-f]{8})/.exec(dry.stdout)![1]!;
    expect(dry.stdout).toContain(`  CreateImage {"ImageName":"${prefix}-images-img","RoleArn":"arn:aws:iam::111111111111:role/r"`);
    expect(fs.existsSync('/tmp/never')).toBe(false);
  });

  it('--aws runs only scenarios that touch nothing but what they make; a file that is not JSON is named', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scenarios-'));
    const aws = ['conformance', 'record', '--aws', '--region', 'eu-west-1', '--role-arn', 'arn:aws:iam::111111111111:role/r', '--dry-run', '--scenarios', dir];
    const refusedWith = async (step: object) => {
      fs.writeFileSync(path.join(dir, 'x.json'), JSON.stringify({ name: 'x', about: 'x', steps: [step] }));
      const run = await cli(aws);
      expect(run.code).toBe(2);
      return run.stderr;
    };
    try {
      expect(await refusedWith({ call: 'DeleteImage', input: { ImageName: 'prod' } })).toContain('x, step 1 (DeleteImage): ImageName must hold {prefix}');
      expect(await refusedWith({ call: 'CreateDomain', input: { DomainName: '{prefix}' } })).toContain('not an image, AppImageConfig or tag operation');
      expect(await refusedWith({ call: 'ListImages', input: {} })).toContain('a list must filter by NameContains {prefix}');
      expect(await refusedWith({ call: 'AddTags', input: { ResourceArn: 'arn:aws:sagemaker:eu-west-1:111111111111:image/prod', Tags: [] } })).toContain('ResourceArn must be an ARN the run made');
      fs.writeFileSync(path.join(dir, 'x.json'), '{ "name": ');
      const broken = await cli(aws);
      expect([broken.code, broken.stderr]).toEqual([2, expect.stringContaining(`${path.join(dir, 'x.json')}: Unexpected end of JSON input`) as unknown]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('cleans up what it made when interrupted, and exits 130', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'transcripts-'));
    // CREATING lasts two seconds: the recording polls DescribeImage, is interrupted meanwhile, and its
    // clean-up waits for CREATED (the service deletes no image that is being created), then deletes.
    const server = await startServer({ lifecycle: { creating: 2_000 } });
    try {
      let poll: NodeJS.Timeout | undefined;
      const running = cli(['conformance', 'record', '--endpoint', server.url, '--out', out, '--only', 'images'], {
        onSpawn: (pid) => {
          poll = setInterval(() => {
            if ((server.store.listImages().Images ?? []).length > 0) {
              clearInterval(poll);
              process.kill(pid, 'SIGINT');
            }
          }, 50);
        },
      });
      const run = await running.finally(() => clearInterval(poll));
      expect(run.code).toBe(130);
      expect(run.stderr).toContain('interrupted; cleaning up after the call in flight (again to stop at once)');
      expect(run.stdout).toContain('cleaned up: 1 deleted, nothing left');
      expect(fs.readdirSync(out)).toEqual([]);
      expect(run.stdout).not.toContain('NOT deleted');
      expect(server.store.listImages().Images).toEqual([]);
    } finally {
      await server.close();
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
