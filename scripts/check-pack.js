#!/usr/bin/env node
'use strict';
// Packs the package and installs the tarball into a fresh project outside the build (with the peer
// dependencies, TypeScript and Vitest at the versions this repo tests against), then uses it the
// ways a new user would: require (CommonJS), import (ESM), TypeScript with node16 and with the
// older "node" resolution, the toolkit under Jest (CommonJS and ESM), Vitest and node:test, the
// bin, and stack traces through the shipped source maps.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'check-pack');
const CONSUMERS = path.join(ROOT, 'test', 'package');
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
const run = (cmd, args, cwd, extraEnv = {}) =>
  execFileSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', WORK], ROOT));
const tarball = path.join(WORK, filename);
const lock = require(path.join(ROOT, 'package-lock.json'));
const pinned = (name) => `${name}@${lock.packages[`node_modules/${name}`].version}`;
const deps = [
  tarball,
  ...['@aws-sdk/client-sagemaker', 'aws-sdk-client-mock', 'aws-sdk-client-mock-jest', 'fast-check', 'jest', '@types/jest', 'typescript', 'vitest', 'vite'].map(pinned),
];

const dir = path.join(WORK, 'consumer');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...deps], dir);
for (const file of fs.readdirSync(CONSUMERS)) fs.copyFileSync(path.join(CONSUMERS, file), path.join(dir, file));

const step = (what, cmd, args, extraEnv) => {
  process.stdout.write(run(cmd, args, dir, extraEnv));
  console.log(`check-pack: ${what}: ok`);
};
step('CommonJS', 'node', ['consumer.cjs']);
step('ESM', 'node', ['consumer.mjs']);
step('TypeScript, moduleResolution node16', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.node16.json']);
step('TypeScript, moduleResolution node (node10)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.node10.json']);
step('Vitest', 'npx', ['--no-install', 'vitest', 'run', '--reporter=dot', 'consumer.vitest.test.mjs']);
step('toolkit types, node16 (Jest matchers, arbitraries, snapshots)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.toolkit.json']);
step('toolkit types, node (node10)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.toolkit.node10.json']);
step('toolkit types, Vitest matcher', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.vitest.json']);
const jest = (file) => ['--no-install', 'jest', '--ci', '--rootDir', '.', '--testRegex', `${file.replace(/\./g, '\\.')}$`];
step('Jest, CommonJS (matchers, aws-sdk-client-mock-jest, arbitraries, fixtures, snapshots)', 'npx', jest('consumer.jest.test.cjs'));
step('Jest, ESM, the matcher from setupFiles', 'npx', [...jest('consumer.jest.test.mjs'), '--setupFiles', 'sagemaker-image-mock/jest'], { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning' });
step('node:test', 'node', ['--test', 'consumer.node-test.mjs']);
step('fast-check stays optional', 'node', ['without-fast-check.cjs']);

// The server's fixtures for other languages, as a user copies them: they start the installed bin
// through npx, so they must stop the whole process group (npx passes no signal on). No server may
// outlive its suite.
const works = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const leftOver = () => {
  try {
    return execFileSync('pgrep', ['-f', `${dir}/node_modules/.bin/sagemaker-image-mock`], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const foreign = (what, found, install, run) => {
  if (!found) {
    if (process.env.CI === 'true') throw new Error(`check-pack: ${what}: not installed in CI (${install})`);
    console.log(`check-pack: ${what}: skipped, not installed here (${install})`);
    return;
  }
  run();
  const left = leftOver();
  if (left !== '') throw new Error(`check-pack: ${what} left a server running: ${left}`);
};
const python = ['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import boto3, pytest']));
foreign('pytest suite through npx', python !== undefined, 'python3-pytest python3-boto3', () => {
  fs.cpSync(path.join(ROOT, 'test/foreign/python'), path.join(dir, 'pytests'), { recursive: true });
  step('pytest suite through npx', python, ['-m', 'pytest', 'pytests', '-q', '-p', 'no:cacheprovider']);
});
const goSdk = works('go', ['version']) && fs.existsSync('/usr/share/gocode/src/github.com/aws/aws-sdk-go/service/sagemaker');
foreign('go test suite through npx', goSdk, 'golang-go golang-github-aws-aws-sdk-go-dev', () => {
  fs.mkdirSync(path.join(dir, 'gotest'));
  fs.copyFileSync(path.join(ROOT, 'test/foreign/go/mock_test.go'), path.join(dir, 'gotest/mock_test.go'));
  step('go test suite through npx', 'go', ['test', '-count=1', './gotest/'], { GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOFLAGS: '' });
});
// Last, as it replaces the consumer's fast-check: the low end of the declared peer range.
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', 'fast-check@3.23.2'], dir);
step('the arbitraries under fast-check 3', 'npx', jest('fast-check-3.jest.test.cjs'));
step('stack traces and source maps', 'node', ['--enable-source-maps', 'stack-trace.cjs']);
if (!run('npx', ['--no-install', 'sagemaker-image-mock', '--help'], dir).includes('Usage: sagemaker-image-mock serve')) {
  throw new Error('check-pack: the sagemaker-image-mock bin does not run');
}
console.log(`check-pack: ${filename} works from CommonJS, ESM, TypeScript (node16 and node10), Jest, Vitest, node:test and the bin`);
