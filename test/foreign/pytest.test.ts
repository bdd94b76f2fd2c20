import path from 'node:path';
import { describeWithClient, OFFLINE_AWS_ENV, pytestPython, run } from '../support/foreign';
import { CLI_FROM_SOURCE } from '../support/cli';

// Behaviour §13: a pytest suite (test/foreign/python, its conftest.py the README's recipe) starts the
// server from its CLI on a free port, reads the URL from the first line, resets it before each test
// through the control plane, and stops it at the end.
const ROOT = path.resolve(__dirname, '..', '..');

describeWithClient('a pytest suite with boto3 against the server', pytestPython, 'python3-pytest python3-boto3', () => {
  it('passes: paginators, error paths, seeding, fail-next with a waiter, snapshots, throttling, a Studio custom image, canned answers, the journal with an injected 500, a manual clock and store options as flags', async () => {
    const result = await run(pytestPython!, ['-m', 'pytest', path.join(ROOT, 'test/foreign/python'), '-q', '-p', 'no:cacheprovider'], {
      ...OFFLINE_AWS_ENV,
      SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} serve`,
    });
    expect({ code: result.code, tail: result.stdout.trim().split('\n').pop() }).toEqual({ code: 0, tail: expect.stringMatching(/^11 passed in /) });
  }, 120_000);

  it("fails with the server's own error and exit code when the server does not start", async () => {
    const result = await run(pytestPython!, ['-m', 'pytest', path.join(ROOT, 'test/foreign/python'), '-q', '-x', '-p', 'no:cacheprovider'], {
      ...OFFLINE_AWS_ENV,
      SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} serv`,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /RuntimeError: sagemaker-image-mock did not start \(\S+ \S+cli\.js serv\): first line '', exit code 2, stderr:\nE +sagemaker-image-mock: unknown command 'serv' \(did you mean 'serve'\?\)\n/,
    );
  }, 120_000);
});
