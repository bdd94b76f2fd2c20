import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateImageCommand, DeleteImageCommand, DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { runCli as cli } from '../../support/cli';

describe('npx sagemaker-image-mock serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves seeded images and stops cleanly on %s', async (signal) => {
    const seedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-')), 'images.json');
    fs.writeFileSync(seedFile, JSON.stringify([{ ImageName: 'from-file', CreationTime: '2024-01-01T00:00:00Z' }]));
    const run = cli(['serve', '--port', '0', '--seed', seedFile, '--account-id', '210987654321']);
    const url = await run.listening();
    const client = new SageMakerClient({ region: 'eu-west-1', endpoint: url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const page = await client.send(new ListImagesCommand({}));
    expect(page.Images?.map((i) => i.ImageArn)).toEqual([]);
    const east = new SageMakerClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    expect((await east.send(new ListImagesCommand({}))).Images?.map((i) => [i.ImageArn, i.CreationTime])).toEqual([
      ['arn:aws:sagemaker:us-east-1:210987654321:image/from-file', new Date('2024-01-01T00:00:00Z')],
    ]);
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('sagemaker-image-mock stopped');
  }, 30_000);

  const seedFile = (content: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'seed-')), 'images.json');
    fs.writeFileSync(file, content);
    return file;
  };

  const badSeeds: [string, () => string, RegExp][] = [
    ['a file that does not exist', () => path.join(os.tmpdir(), 'no-such-dir', 'missing.json'), /--seed .*missing\.json: cannot read it \(ENOENT\)/],
    ['a file that is not JSON', () => seedFile('[{"ImageName": '), /--seed .*: not JSON/],
    ['a JSON value that is not an array', () => seedFile('{"ImageName": "a"}'), /--seed .*: expected a JSON array of seeds/],
    ['an invalid seed', () => seedFile('[{"ImageName": "ok"}, {"ImageName": "bad name"}]'), /--seed .*: Invalid seed #2: ImageName: /],
    ['a seed with a prototype key', () => seedFile('[{"ImageName": "p", "__proto__": {}}]'), /Invalid seed #1: __proto__: is not a seed field/],
    ['a repeated name', () => seedFile('[{"ImageName": "a"}, {"ImageName": "a"}]'), /Invalid seed #2: ImageName: an image named 'a' already exists/],
  ];

  /** Starts the CLI once per case, all at once, and expects each to exit 1 with its message, never listening. */
  async function expectRefusedBeforeListening(cases: readonly (readonly [string, string[], RegExp])[]): Promise<void> {
    const runs = cases.map(([what, args, message]) => ({ what, message, run: cli(['serve', '--port', '0', ...args]) }));
    for (const { what, message, run } of runs) {
      expect({ what, code: await run.exited }).toEqual({ what, code: 1 });
      expect(run.output().stderr).toMatch(message);
      expect(run.output().stdout).not.toContain('listening');
    }
  }

  it(`refuses a bad --seed before listening, with a message and exit code 1: ${badSeeds.map(([what]) => what).join(', ')}`, async () => {
    await expectRefusedBeforeListening(badSeeds.map(([what, file, message]) => [what, ['--seed', file()], message] as const));
  }, 60_000);

  it('refuses a bad --region or --port before listening', async () => {
    const region = cli(['serve', '--port', '0', '--region', 'Mars']);
    const port = cli(['serve', '--port', '99999']);
    expect(await region.exited).toBe(1);
    expect(region.output().stderr).toContain("option region 'Mars' is not valid");
    expect(await port.exited).toBe(1);
    expect(port.output().stderr).toContain('--port 99999 is not a port number');
  }, 30_000);

  it('warns on stderr when bound to an address other than loopback', async () => {
    const run = cli(['serve', '--port', '0', '--host', '0.0.0.0']);
    const quiet = cli(['serve', '--port', '0', '--host', '127.0.0.1']);
    await run.listening();
    for (let i = 0; i < 100 && !run.output().stderr.includes('warning'); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(run.output().stderr).toContain('warning: listening on 0.0.0.0, not on loopback');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    await quiet.listening();
    quiet.child.kill('SIGTERM');
    expect(await quiet.exited).toBe(0);
    expect(quiet.output().stderr).not.toContain('warning');
  }, 30_000);

  it('prints its usage with --help, every flag in it, and on stderr with exit code 2 when given nothing', async () => {
    const help = cli(['--help']);
    const nothing = cli([]);
    expect(await help.exited).toBe(0);
    expect(help.output().stdout).toContain('Usage: sagemaker-image-mock serve');
    for (const flag of ['--port', '--host', '--seed', '--state', '--account-id', '--region', '--quiet', '--no-exit-with-parent', '--help']) expect(help.output().stdout).toContain(flag);
    expect(await nothing.exited).toBe(2);
    expect(nothing.output().stderr).toContain('Usage: sagemaker-image-mock serve');
  }, 30_000);

  const refusals: [string[], string][] = [
    [['serv'], "unknown command 'serv' (did you mean 'serve'?)"],
    [['launch', '--port', '0'], "unknown command 'launch'"],
    [['serve', '--prot', '4580'], "unknown option '--prot' (did you mean '--port'?)"],
    [['serve', '-p', '4580'], "unknown option '-p' (did you mean '--port'?)"],
    [['serve', '4580'], "unexpected argument '4580' after 'serve'"],
    [['--port', '0'], 'missing the command: sagemaker-image-mock serve [options]'],
    [['serve', '--port'], "Option '--port <value>' argument missing"],
  ];

  it(`names an unknown command or option, with the closest known one, and exits 2 before listening: ${refusals.map(([args]) => args.join(' ')).join(', ')}`, async () => {
    const runs = refusals.map(([args, problem]) => ({ args, problem, run: cli(args) }));
    for (const { args, problem, run } of runs) {
      const code = await run.exited;
      expect({ args, code, ...run.output() }).toEqual({
        args,
        code: 2,
        stdout: '',
        stderr: `sagemaker-image-mock: ${problem}\nRun 'sagemaker-image-mock --help' for its commands and options.\n`,
      });
    }
  }, 60_000);

  const tempFile = (name: string, content?: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-')), name);
    if (content !== undefined) fs.writeFileSync(file, content);
    return file;
  };
  const clientAt = (url: string) => new SageMakerClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const namesAt = async (url: string) => ((await clientAt(url).send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' }))).Images ?? []).map((i) => i.ImageName);

  it('--state: seeds a store that does not exist yet, writes it atomically on a clean stop, and loads it (not the seeds) next time', async () => {
    const state = tempFile('state.json');
    const first = cli(['serve', '--port', '0', '--state', state, '--seed', tempFile('a.json', '[{"ImageName": "seeded"}]')]);
    const url = await first.listening();
    expect(first.output().stdout.split('\n')[0]).toBe(`sagemaker-image-mock listening on ${url}`);
    await clientAt(url).send(new CreateImageCommand({ ImageName: 'made', RoleArn: 'arn:aws:iam::123456789012:role/r' }));
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output().stdout).toContain(`state written to ${state}`);
    expect(fs.readdirSync(path.dirname(state))).toEqual(['state.json']); // the temporary file was renamed over it
    expect(JSON.parse(fs.readFileSync(state, 'utf8'))).toMatchObject({ format: 'sagemaker-image-mock/store-snapshot' });

    const second = cli(['serve', '--port', '0', '--state', state, '--seed', tempFile('b.json', '[{"ImageName": "ignored"}]')]);
    const again = await second.listening();
    expect(await namesAt(again)).toEqual(['made', 'seeded']);
    for (let i = 0; i < 100 && !second.output().stderr.includes('not used'); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(second.output().stderr).toContain('not used: the store was loaded from --state');
    await clientAt(again).send(new DeleteImageCommand({ ImageName: 'seeded' }));
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    const third = cli(['serve', '--port', '0', '--state', state]);
    expect(await namesAt(await third.listening())).toEqual(['made']);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 60_000);

  const badStates: [string, () => string[], RegExp][] = [
    ['a state file that is not JSON', () => ['--state', tempFile('s.json', '{"format": ')], /--state .*s\.json: not JSON/],
    ['a damaged snapshot', () => ['--state', tempFile('s.json', '{"format": "sagemaker-image-mock/store-snapshot", "version": 1}')], /--state .*: sagemaker-image-mock: cannot restore the snapshot: snapshot\.revision: expected a whole number/],
    ['a folder that does not exist', () => ['--state', path.join(os.tmpdir(), 'no-such-dir', 's.json')], /--state .*s\.json: its folder cannot be written \(ENOENT\)/],
    ['a bad --seed beside a good --state', () => ['--state', tempFile('s.json'), '--seed', tempFile('bad.json', '[{"ImageName": "bad name"}]')], /--seed .*bad\.json: Invalid seed #1/],
  ];

  it(`refuses a bad --state before listening, with a message and exit code 1: ${badStates.map(([what]) => what).join(', ')}`, async () => {
    await expectRefusedBeforeListening(badStates.map(([what, args, message]) => [what, args(), message] as const));
  }, 60_000);

  it('logs one line per request on stderr (time, operation, status, ms, and the error code), none with --quiet', async () => {
    const loud = cli(['serve', '--port', '0']);
    const quiet = cli(['serve', '--port', '0', '--quiet']);
    for (const run of [loud, quiet]) {
      const url = await run.listening();
      await namesAt(url);
      await clientAt(url).send(new DescribeImageCommand({ ImageName: 'ghost' })).catch(() => undefined);
      await fetch(`${url}/_mock/reset`, { method: 'POST' });
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
    const lines = loud.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ListImages 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^\S+ DescribeImage 400 \d+\.\dms ResourceNotFound$/);
    expect(lines[2]).toMatch(/^\S+ \/_mock\/reset 200 \d+\.\dms$/);
    expect(quiet.output().stderr).toBe('');
  }, 30_000);
});
