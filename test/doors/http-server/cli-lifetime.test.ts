import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI_FROM_SOURCE } from '../../support/cli';

// Behaviour §17, decision 0028: the server never outlives the process that started it. Each test
// starts the CLI from source under a parent in a process group of its own, ends the parent (or
// signals the server), and waits (a few seconds at most) for the server to stop cleanly: its
// output, read through the pipes the parent handed down, closes after "stopped", and the --state
// file holds the store. Every group a test made is killed after it, passed or failed.
const SERVE = [...CLI_FROM_SOURCE, 'serve', '--port', '0'];
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
// What npx and `npm run` do: run the bin through `sh -c` with npm's environment, and end with it.
const NPX = `process.title = 'npm exec sagemaker-image-mock';
require('node:child_process')
  .spawn('sh', ['-c', process.argv[1]], { stdio: 'inherit', env: { ...process.env, npm_lifecycle_event: 'npx', npm_command: 'exec' } })
  .on('exit', (code) => process.exit(code ?? 1));`;
// A test fixture (pytest's, say) that runs npx and waits.
const FIXTURE = `require('node:child_process').spawn(process.execPath, ['-e', process.argv[1], process.argv[2]], { stdio: 'inherit' }); setInterval(() => {}, 60_000);`;

const groups: number[] = [];
afterEach(() => {
  for (const group of groups.splice(0)) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // the whole group has ended
    }
  }
});

interface Run {
  readonly parent: ChildProcessWithoutNullStreams;
  readonly output: () => string;
  /** The server's URL, once it has printed it. */
  readonly listening: () => Promise<string>;
  /** Resolves when every process holding the output (the parent and the server) has ended; rejects after `ms`. */
  readonly ended: (ms: number) => Promise<void>;
}

/**
 * The server started by this test (`none`), by `sh -c '<serve> ARGS & wait'` (`shell`), by a node
 * process standing for npx that runs that shell (`npx`), or by a fixture that runs that npx.
 */
function underParent(args: readonly string[], parent: 'none' | 'shell' | 'npx' | 'fixture'): Run {
  const script = `${[...SERVE, ...args].map(quote).join(' ')} & wait`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['npm_lifecycle_event']; // set when this suite runs under `npm test`; only the npx stand-in sets it here
  const [command, ...rest] = {
    none: [...SERVE, ...args],
    shell: ['sh', '-c', script],
    npx: [process.execPath, '-e', NPX, script],
    fixture: [process.execPath, '-e', FIXTURE, NPX, script],
  }[parent];
  const child = spawn(command!, rest, { detached: true, env });
  groups.push(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    parent: child,
    output: () => output,
    listening: async () => {
      for (let i = 0; i < 600 && !/listening on (\S+)/.test(output); i += 1) await new Promise((r) => setTimeout(r, 50));
      const url = /listening on (\S+)/.exec(output)?.[1];
      if (url === undefined) throw new Error(`the server did not start: ${output}`);
      return url;
    },
    ended: async (ms) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`the server still runs ${ms} ms later; its output:\n${output}`)), ms);
      });
      await Promise.race([closed, late]).finally(() => clearTimeout(timer));
    },
  };
}

const stateFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lifetime-')), 'state.json');
const seedOne = async (url: string, name: string) => {
  const answer = await fetch(`${url}/_mock/seed`, { method: 'POST', body: JSON.stringify([{ ImageName: name }]) });
  expect(answer.status).toBe(200);
};

describe('the server never outlives the process that started it', () => {
  it.each(['SIGKILL', 'SIGTERM'] as const)('stops cleanly, writing --state, when its parent shell gets %s', async (signal) => {
    const state = stateFile();
    const run = underParent(['--state', state], 'shell');
    await seedOne(await run.listening(), 'kept');
    run.parent.kill(signal);
    await run.ended(5_000);
    expect(run.output()).toContain(`sagemaker-image-mock: its parent process (pid ${run.parent.pid}) ended: stopping`);
    expect(run.output()).toContain(`state written to ${state}`);
    expect(run.output()).toContain('sagemaker-image-mock stopped');
    expect(fs.readFileSync(state, 'utf8')).toContain('"kept"');
  }, 60_000);

  it('stops cleanly when npx (or npm run) is killed with SIGKILL and leaves the shell it ran the server in behind', async () => {
    const state = stateFile();
    const run = underParent(['--state', state], 'npx');
    await seedOne(await run.listening(), 'kept');
    run.parent.kill('SIGKILL');
    await run.ended(5_000);
    expect(run.output()).toContain(`sagemaker-image-mock: npm (pid ${run.parent.pid}), which ran it through sh, ended: stopping`);
    expect(run.output()).toContain('sagemaker-image-mock stopped');
    expect(fs.readFileSync(state, 'utf8')).toContain('"kept"');
  }, 60_000);

  it('stops cleanly, and npx with it, when the fixture that ran npx is killed with SIGKILL and leaves npx behind', async () => {
    const state = stateFile();
    const run = underParent(['--state', state], 'fixture');
    await seedOne(await run.listening(), 'kept');
    run.parent.kill('SIGKILL');
    await run.ended(5_000); // npx, its shell and the server: every process that held the output
    expect(run.output()).toContain(`sagemaker-image-mock: the process that ran npm (pid ${run.parent.pid}) ended: stopping`);
    expect(run.output()).toContain('sagemaker-image-mock stopped');
    expect(fs.readFileSync(state, 'utf8')).toContain('"kept"');
  }, 60_000);

  it('--no-exit-with-parent: keeps serving after its parent ends, until a signal stops it', async () => {
    const state = stateFile();
    const run = underParent(['--state', state, '--no-exit-with-parent'], 'shell');
    const url = await run.listening();
    run.parent.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 1_500)); // six times the watch's period
    await seedOne(url, 'later');
    process.kill(-run.parent.pid!, 'SIGTERM');
    await run.ended(5_000);
    expect(run.output()).not.toContain('ended: stopping');
    expect(run.output()).toContain('sagemaker-image-mock stopped');
    expect(fs.readFileSync(state, 'utf8')).toContain('"later"');
  }, 60_000);

  it('stops cleanly on SIGHUP (a closed terminal), and a second signal while it stops is acknowledged and ignored', async () => {
    const [hup, twice] = [stateFile(), stateFile()];
    const runs = [underParent(['--state', hup], 'none'), underParent(['--state', twice], 'none')] as const;
    await Promise.all(runs.map(async (run) => seedOne(await run.listening(), 'kept')));
    runs[0].parent.kill('SIGHUP');
    // Both pending at once, however slow this machine: whichever is handled second arrives while the server closes and saves.
    for (const signal of ['SIGSTOP', 'SIGHUP', 'SIGTERM', 'SIGCONT'] as const) runs[1].parent.kill(signal);
    for (const run of runs) {
      await run.ended(5_000);
      expect(run.parent.exitCode).toBe(0);
      expect(run.output()).toContain('sagemaker-image-mock stopped');
    }
    expect(runs[0].output()).not.toContain('ignored');
    const ignored = ['SIGHUP', 'SIGTERM'].map((signal) => `sagemaker-image-mock: ${signal} ignored: already stopping, writing ${twice}\n`);
    expect(ignored.filter((line) => runs[1].output().includes(line))).toHaveLength(1);
    for (const state of [hup, twice]) expect(fs.readFileSync(state, 'utf8')).toContain('"kept"');
  }, 60_000);
});
