import path from 'node:path';
import { describeWithClient, goWithSdk, OFFLINE_AWS_ENV, run } from '../support/foreign';
import { CLI_FROM_SOURCE } from '../support/cli';

// Behaviour §13: a go test suite (test/foreign/go) with the AWS SDK for Go starts the server from
// its CLI, reads the URL from the first line, resets it through the control plane before each
// test, and stops it at the end. Go and the SDK come from Debian's packages (GOPATH mode).
const ROOT = path.resolve(__dirname, '..', '..');

describeWithClient('a go test suite with the AWS SDK for Go against the server', goWithSdk, 'golang-go golang-github-aws-aws-sdk-go-dev', () => {
  it('passes: paginators, error paths, seeding, fail-next with a waiter, snapshots, throttling, the Studio custom-image workflow', async () => {
    const result = await run(goWithSdk!, ['test', '-count=1', '-v', `./${path.relative(process.cwd(), path.join(ROOT, 'test/foreign/go'))}`], {
      ...OFFLINE_AWS_ENV,
      GO111MODULE: 'off',
      GOPATH: '/usr/share/gocode',
      GOFLAGS: '',
      SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} serve`,
    });
    expect({ code: result.code, passed: result.stdout.match(/^--- PASS/gm)?.length, out: result.code === 0 ? '' : result.stdout + result.stderr }).toEqual({ code: 0, passed: 7, out: '' });
  }, 300_000);

  it("fails with the server's own error and exit code when the server does not start", async () => {
    const result = await run(goWithSdk!, ['test', '-count=1', `./${path.relative(process.cwd(), path.join(ROOT, 'test/foreign/go'))}`], {
      ...OFFLINE_AWS_ENV,
      GO111MODULE: 'off',
      GOPATH: '/usr/share/gocode',
      GOFLAGS: '',
      SAGEMAKER_IMAGE_MOCK_CMD: `${CLI_FROM_SOURCE.join(' ')} serv`,
    });
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(
      /sagemaker-image-mock did not start \(\S+ \S+cli\.js serv\): first line "", exit code 2, stderr:\nsagemaker-image-mock: unknown command 'serv' \(did you mean 'serve'\?\)\n/,
    );
  }, 300_000);
});
