import { execFile, execFileSync } from 'node:child_process';

function works(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * The program a command names, past a version manager's shim (pyenv's `aws` and `python3` are
 * shell scripts that cost half a second per start): the command itself where there is no shim.
 */
function unshimmed(command: string): string {
  try {
    return execFileSync('pyenv', ['which', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).trim() || command;
  } catch {
    return command;
  }
}

/** The AWS CLI on PATH, if any. */
export const awsCli: string | undefined = works('aws', ['--version']) ? unshimmed('aws') : undefined;

/** A Python that can import boto3: the one on PATH, or Debian's (python3-boto3). */
export const boto3Python: string | undefined = [unshimmed('python3'), '/usr/bin/python3'].find((python) => works(python, ['-c', 'import boto3']));

/** A Python that can import boto3 and pytest (Debian's python3-pytest beside python3-boto3 will do). */
export const pytestPython: string | undefined = [unshimmed('python3'), '/usr/bin/python3'].find((python) => works(python, ['-c', 'import boto3, pytest']));

/** Go with the AWS SDK for Go (v1) in its GOPATH (Debian's golang-go and golang-github-aws-aws-sdk-go-dev). */
export const goWithSdk: string | undefined = works('go', ['version']) && works('test', ['-d', '/usr/share/gocode/src/github.com/aws/aws-sdk-go/service/sagemaker']) ? 'go' : undefined;

/**
 * `describe` when the client is there; otherwise a skip that says why, except in CI (CI=true),
 * where a missing client is a failure: .ci/run must install it.
 */
export function describeWithClient(title: string, found: string | undefined, install: string, body: () => void): void {
  if (found !== undefined) {
    describe(title, body);
  } else if (process.env['CI'] === 'true') {
    describe(title, () => {
      it('has its client installed', () => {
        throw new Error(`${title}: the client is missing in CI; .ci/run must install it (${install})`);
      });
    });
  } else {
    console.warn(`${title}: skipped, the client is not installed here (${install})`);
    describe.skip(title, body);
  }
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without blocking the event loop (the server under test lives in this process). */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Credentials and settings for a foreign client that must never reach AWS. */
export const OFFLINE_AWS_ENV: NodeJS.ProcessEnv = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_PAGER: '',
  AWS_CONFIG_FILE: '/nonexistent/aws-config',
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
  AWS_EC2_METADATA_DISABLED: 'true',
};
