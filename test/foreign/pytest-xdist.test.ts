import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describeWithClient, OFFLINE_AWS_ENV, run } from '../support/foreign';
import { CLI_FROM_SOURCE } from '../support/cli';

// Behaviour §15: a pytest-xdist suite (test/foreign/python-xdist, its conftest.py the recipe of
// docs/server.md) runs four workers against ONE server that the controlling pytest process starts:
// each worker in its own 12-digit account, reset alone before each test, asserting on its journal.
const ROOT = path.resolve(__dirname, '..', '..');
const SUITE = path.join(ROOT, 'test/foreign/python-xdist');

/** A Python that can import boto3, pytest and xdist (Debian's python3-boto3, python3-pytest, python3-pytest-xdist). */
const xdistPython = ['python3', '/usr/bin/python3'].find((python) => {
  try {
    execFileSync(python, ['-c', 'import boto3, pytest, xdist'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
});

const pytest = (command: string, ...flags: string[]) =>
  run(xdistPython!, ['-m', 'pytest', SUITE, '-n', '4', '-p', 'xdist', '-p', 'no:cacheprovider', ...flags], {
    ...OFFLINE_AWS_ENV,
    SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} ${command}`,
  });

describeWithClient('a pytest-xdist suite: four workers, one server, an account each', xdistPython, 'python3-pytest python3-boto3 python3-pytest-xdist', () => {
  it('passes, the four workers interleaved: each sees its own images alone, its journal, its retried 500, its scoped reset and snapshot', async () => {
    const result = await pytest('serve', '-v');
    const passed = [...result.stdout.matchAll(/^\[(gw\d)\] \[ *\d+%\] PASSED (\S+) *$/gm)].map(([, worker, test]) => ({ worker: worker!, test: test! }));
    const workers = passed.map(({ worker }) => worker);
    expect({
      code: result.code,
      tail: result.stdout.trim().split('\n').pop(),
      workers: [...new Set(workers)].sort(),
      tests: new Set(passed.map(({ test }) => test)).size,
      out: result.code === 0 ? '' : result.stdout + result.stderr,
    }).toEqual({ code: 0, tail: expect.stringMatching(/ 20 passed in /), workers: ['gw0', 'gw1', 'gw2', 'gw3'], tests: 20, out: '' });
    // Interleaved, not one worker after the other: the order of the results switches worker often.
    expect(workers.filter((worker, i) => i > 0 && worker !== workers[i - 1]).length).toBeGreaterThanOrEqual(8);
  }, 180_000);

  it("fails before any worker starts, with the server's own error and exit code, when the server does not start", async () => {
    const result = await pytest('serv', '-q');
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 4,
      stderr: expect.stringMatching(
        /^ERROR: sagemaker-image-mock did not start \(\S+ \S+cli\.js serv\): first line '', exit code 2, stderr:\nsagemaker-image-mock: unknown command 'serv' \(did you mean 'serve'\?\)\n/,
      ) as unknown,
    });
    expect(result.stdout).not.toMatch(/passed|failed|gw\d/);
  }, 180_000);
});
