// The CLI (door 3's `sagemaker-image-mock`) run from source, as the server tests start it: src/ as
// Jest's globalSetup transpiled it at the start of the run (test/support/transpile-cli.ts).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { CLI_BUILD, ROOT } from './cli-build';

export { ROOT };

/** The command that runs the CLI from source; append its arguments. */
export const CLI_FROM_SOURCE: readonly string[] = [process.execPath, path.join(CLI_BUILD, 'doors/http-server/cli.js')];

export interface CliRun {
  readonly child: ChildProcessWithoutNullStreams;
  /** Its exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** The URL it printed on its first line; rejects with its stderr if it ends or takes 30 s without listening. */
  listening(): Promise<string>;
  /** Its exit code when it ends before listening; 'listening' when it listens instead. */
  refused(): Promise<number | null | 'listening'>;
  output(): { stdout: string; stderr: string };
}

const LISTENING = /listening on (\S+)/;
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Starts the CLI from source with `args` and collects its output. */
export function runCli(args: readonly string[]): CliRun {
  const child = spawn(CLI_FROM_SOURCE[0]!, [...CLI_FROM_SOURCE.slice(1), ...args], { cwd: ROOT, env: process.env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Waits up to 30 s while the CLI runs and has not printed its URL. */
  const startup = async () => {
    for (let i = 0; i < 600 && !LISTENING.test(stdout) && child.exitCode === null; i += 1) await tick();
  };
  return {
    child,
    exited,
    async listening() {
      await startup();
      const url = LISTENING.exec(stdout)?.[1];
      if (url === undefined) throw new Error(`the CLI did not start: ${stderr}`);
      return url;
    },
    async refused() {
      await startup();
      return LISTENING.test(stdout) ? 'listening' : await exited;
    },
    output: () => ({ stdout, stderr }),
  };
}
