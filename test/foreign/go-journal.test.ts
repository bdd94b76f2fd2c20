import path from 'node:path';
import { describeWithClient, goWithSdk, OFFLINE_AWS_ENV, run } from '../support/foreign';
import { CLI_FROM_SOURCE } from '../support/cli';

// Behaviour §15: a go test suite (test/foreign/go-journal) with the AWS SDK for Go shares one server
// between parallel tests, each in its own 12-digit account: an injected 500 that the SDK retries,
// seen twice in the journal, and a lifecycle finished by moving the server's manual clock. Go and
// the SDK come from Debian's packages (GOPATH mode).
const ROOT = path.resolve(__dirname, '..', '..');
const SUITE = `./${path.relative(process.cwd(), path.join(ROOT, 'test/foreign/go-journal'))}`;

const goTest = (command: string, ...flags: string[]) =>
  run(goWithSdk!, ['test', '-count=1', ...flags, SUITE], {
    ...OFFLINE_AWS_ENV,
    GO111MODULE: 'off',
    GOPATH: '/usr/share/gocode',
    GOFLAGS: '',
    SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} ${command}`,
  });

describeWithClient('a go test suite asserting on the journal, with errors injected and the clock moved', goWithSdk, 'golang-go golang-github-aws-aws-sdk-go-dev', () => {
  it('passes: a retried 500 seen twice in the journal, a 90-second lifecycle finished without waiting, each test in its own account', async () => {
    const result = await goTest('serve', '-v');
    expect({ code: result.code, passed: result.stdout.match(/^--- PASS/gm)?.length, out: result.code === 0 ? '' : result.stdout + result.stderr }).toEqual({
      code: 0,
      passed: 2,
      out: '',
    });
  }, 300_000);

  it("fails with the server's own error and exit code when the server does not start", async () => {
    const result = await goTest('serv');
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(
      /sagemaker-image-mock did not start \(\S+ \S+cli\.js serv\): first line "", exit code 2, stderr:\nsagemaker-image-mock: unknown command 'serv' \(did you mean 'serve'\?\)\n/,
    );
  }, 300_000);
});
