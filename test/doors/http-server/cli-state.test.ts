import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImageStore } from 'sagemaker-image-mock';
import { runCli } from '../../support/cli';

// `serve --state FILE` loses nothing (decision 0027): a folder that takes no file is refused before
// listening (an existing file too), FILE.lock keeps a second server off the file (a dead server's
// lock is taken over), the temporary files of a server killed while writing are removed at start,
// and any number of signals of any kind during a long save let the save finish. Each test runs the
// CLI from source in a folder of its own, and removes the folder and every process it started.


const started: ChildProcessWithoutNullStreams[] = [];
const folders: string[] = [];
const unlocks: (() => void)[] = [];
afterEach(async () => {
  // Every server this test started has ended (none can write into a folder being removed) before the folders go.
  const running = started.splice(0).filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGKILL'))));
  for (const unlock of unlocks.splice(0)) unlock();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const made = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-state-'));
  folders.push(made);
  return made;
}

function serve(args: readonly string[]) {
  const run = runCli(['serve', '--port', '0', '--quiet', ...args]);
  started.push(run.child);
  return run;
}

/** A snapshot of a store holding `count` images, as the state file a stop writes. */
function stateOf(count: number): string {
  const store = new ImageStore();
  store.seed(Array.from({ length: count }, (_, i) => ({ ImageName: `image-${i}` })));
  return JSON.stringify(store.snapshot());
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid;
}

const seed = (url: string, name: string) => fetch(`${url}/_mock/seed`, { method: 'POST', body: JSON.stringify([{ ImageName: name }]) });
const imagesIn = (file: string) => (JSON.parse(fs.readFileSync(file, 'utf8')) as { namespaces: { images: { ImageName: string }[] }[] }).namespaces.flatMap((n) => n.images.map((i) => i.ImageName));

/** Makes `dir` take no new file (chattr +i for root, whom a mode does not stop); false when this system cannot. */
function readOnly(dir: string): boolean {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    unlocks.push(() => fs.chmodSync(dir, 0o755));
    return true;
  }
  if (spawnSync('chattr', ['+i', dir]).status !== 0) return false;
  unlocks.push(() => spawnSync('chattr', ['-i', dir]));
  return true;
}

describe('serve --state loses nothing', () => {
  it('refuses, before listening, an existing state file in a folder that takes no new file: its stop could not write it', async () => {
    const dir = folder();
    const state = path.join(dir, 'state.json');
    fs.writeFileSync(state, stateOf(1));
    const before = fs.readFileSync(state, 'utf8');
    if (!readOnly(dir)) return console.warn('skipped: this system cannot make a read-only folder');
    const run = serve(['--state', state]);
    expect(await run.refused()).toBe(1);
    expect(run.output().stderr).toMatch(/^sagemaker-image-mock: --state .*state\.json: its folder cannot be written \((EACCES|EPERM|EROFS)\)/);
    expect(fs.readFileSync(state, 'utf8')).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  }, 60_000);

  it('refuses a second server on a state file a live server holds; the first keeps it, writes it and removes the lock', async () => {
    const dir = folder();
    const state = path.join(dir, 'state.json');
    const first = serve(['--state', state]);
    const url = await first.listening();
    expect(fs.readFileSync(`${state}.lock`, 'utf8').trim()).toBe(String(first.child.pid));
    const second = serve(['--state', state]);
    expect(await second.refused()).toBe(1);
    expect(second.output().stderr).toContain(`--state ${state}: another server (pid ${first.child.pid}) is using it`);
    await seed(url, 'kept');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(imagesIn(state)).toEqual(['kept']);
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  }, 60_000);

  it('takes over the lock of a server that no longer runs, and removes the temporary files of servers killed while writing (only theirs)', async () => {
    const dir = folder();
    const state = path.join(dir, 'state.json');
    fs.writeFileSync(state, stateOf(1));
    const dead = deadPid();
    fs.writeFileSync(`${state}.lock`, `${dead}\n`);
    fs.writeFileSync(`${state}.${dead}.tmp`, '{"format": "sagemaker-image-mock/store-sn'); // cut short by kill -9
    fs.writeFileSync(`${state}.${process.pid}.tmp`, 'a live process is writing this');
    fs.writeFileSync(path.join(dir, 'other.json.1.tmp'), 'not this state file');
    const run = serve(['--state', state]);
    const url = await run.listening();
    expect(run.output().stderr).toContain(`took over ${state}.lock: its server (pid ${dead}) no longer runs`);
    expect(run.output().stderr).toContain(`removed ${state}.${dead}.tmp, left by a server that ended while writing its state`);
    expect(fs.readdirSync(dir).sort()).toEqual(['other.json.1.tmp', `state.json.${process.pid}.tmp`, 'state.json', 'state.json.lock'].sort());
    expect(fs.readFileSync(`${state}.lock`, 'utf8').trim()).toBe(String(run.child.pid));
    await seed(url, 'later');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(imagesIn(state)).toEqual(['image-0', 'later']);
    expect(fs.existsSync(`${state}.lock`)).toBe(false);
  }, 60_000);

  it('finishes a long save through any number of SIGINT, SIGTERM and SIGHUP, and writes every change', async () => {
    const dir = folder();
    const state = path.join(dir, 'state.json');
    fs.writeFileSync(state, stateOf(8_000)); // a save of a few hundred milliseconds
    const run = serve(['--state', state]);
    const url = await run.listening();
    await seed(url, 'last-change');
    run.child.kill('SIGHUP');
    // Until the save is over (or 3 s): all three signals in turn, every few milliseconds.
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    let sent = 0;
    for (const until = Date.now() + 3_000; !run.output().stdout.includes('state written') && run.child.exitCode === null && Date.now() < until; sent += 1) {
      run.child.kill(signals[sent % 3]);
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(sent).toBeGreaterThan(10); // the save took that long: the signals came while it ran
    expect([await run.exited, run.child.signalCode]).toEqual([0, null]);
    expect(run.output().stdout).toContain(`state written to ${state}`);
    // Signals that arrive while the save blocks the process are delivered after it, if at all
    // (the kernel merges repeats), so how many 'ignored' lines appear depends on timing: none may
    // cut the save short, which the exit code and the file show.
    const names = imagesIn(state);
    expect(names).toHaveLength(8_001);
    expect(names).toContain('last-change');
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  }, 60_000);
});
