import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Runs the CLI from source (ts-node, transpile only) and collects its output. */
function cli(args: string[]) {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', path.join(ROOT, 'src/doors/http-server/cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json') },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = async (): Promise<string> => {
    for (let i = 0; i < 300 && !/listening on (\S+)/.test(stdout); i += 1) await new Promise((r) => setTimeout(r, 50));
    const url = /listening on (\S+)/.exec(stdout)?.[1];
    if (url === undefined) throw new Error(`the CLI did not start: ${stderr}`);
    return url;
  };
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

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

  it(`refuses a bad --seed before listening, with a message and exit code 1: ${badSeeds.map(([what]) => what).join(', ')}`, async () => {
    const runs = badSeeds.map(([what, file, message]) => ({ what, message, run: cli(['serve', '--port', '0', '--seed', file()]) }));
    for (const { what, message, run } of runs) {
      expect({ what, code: await run.exited }).toEqual({ what, code: 1 });
      expect(run.output().stderr).toMatch(message);
      expect(run.output().stdout).not.toContain('listening');
    }
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

  it('prints its usage with --help, and refuses bad arguments with exit code 2', async () => {
    const help = cli(['--help']);
    expect(await help.exited).toBe(0);
    expect(help.output().stdout).toContain('Usage: sagemaker-image-mock serve');
    const bad = cli(['launch']);
    expect(await bad.exited).toBe(2);
    expect(bad.output().stderr).toContain('Usage: sagemaker-image-mock serve');
  }, 30_000);
});
