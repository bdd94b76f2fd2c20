#!/usr/bin/env node
'use strict';
// Packs the package and installs the tarball into a fresh project outside the build (with the peer
// dependencies, TypeScript and Vitest at the versions this repo tests against), then uses it the
// ways a new user would: require (CommonJS), import (ESM), TypeScript with node16 and with the
// older "node" resolution, the same TypeScript consumers as ES modules in a "type": "module"
// project (node16, nodenext, bundler; TypeScript 6 and 5.9), ts-jest with its defaults, the
// toolkit under Jest (CommonJS and ESM), Vitest and node:test, the bin, and stack traces through
// the shipped source maps.

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
  ...['@aws-sdk/client-sagemaker', 'aws-sdk-client-mock', 'aws-sdk-client-mock-jest', 'fast-check', 'jest', '@types/jest', 'ts-jest', 'typescript', 'vitest', 'vite'].map(pinned),
];
// The ESM consumers are also checked on the last TypeScript 5, which many users still have; it gets
// a folder of its own, as its bin is `tsc` too.
const TYPESCRIPT_5 = 'typescript@5.9.3';
const typescript5 = path.join(WORK, 'typescript-5');

const dir = path.join(WORK, 'consumer');
const install = (where, packages) => {
  fs.mkdirSync(where);
  fs.writeFileSync(path.join(where, 'package.json'), JSON.stringify({ name: path.basename(where), private: true, type: 'commonjs' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packages], where);
};
install(dir, deps);
install(typescript5, [TYPESCRIPT_5]);
for (const file of fs.readdirSync(CONSUMERS)) fs.copyFileSync(path.join(CONSUMERS, file), path.join(dir, file));
// Projects inside the consumer, sharing its node_modules, each with its package.json: the TypeScript
// consumers again, as ES modules; and a project as ts-jest's defaults meet it (no "type", a plain
// tsconfig.json, preset 'ts-jest').
const project = (name, packageJson, files) => {
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, ...packageJson }));
  for (const [to, from] of Object.entries(files)) fs.copyFileSync(path.join(CONSUMERS, from), path.join(dir, name, to));
};
project('esm', { type: 'module' }, { 'consumer.ts': 'consumer.ts', 'consumer.toolkit.ts': 'consumer.toolkit.ts' });
project('ts-jest-defaults', {}, { 'tsconfig.json': 'tsconfig.ts-jest.json', 'consumer.test.ts': 'consumer.ts-jest.ts' });
fs.writeFileSync(path.join(dir, 'ts-jest-defaults', 'jest.config.js'), "module.exports = { preset: 'ts-jest' };\n");

// The code blocks of the README and docs/, as a user pastes them (test/docs/doc-blocks.ts reads them):
// each page's Jest blocks as a test file of the ts-jest project (strict TypeScript, CommonJS) and,
// type-checked, of the "type": "module" one; the README's also run under Jest's ESM mode; the
// Vitest and node:test blocks as files of their own.
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } });
const { docPages, programOf } = require('../test/docs/doc-blocks.ts');
const ts = require('typescript');
const docFiles = { jest: [], esm: [], vitest: [], nodeTest: [] };
for (const page of docPages()) {
  const name = `docs-${path.basename(page, '.md').toLowerCase()}`;
  const jestProgram = programOf(page, 'jest');
  if (jestProgram.blocks.length > 0) {
    fs.writeFileSync(path.join(dir, 'ts-jest-defaults', `${name}.test.ts`), jestProgram.text);
    fs.writeFileSync(path.join(dir, 'esm', `${name}.ts`), jestProgram.text);
    docFiles.jest.push(page);
    docFiles.esm.push(`esm/${name}.ts`);
  }
  if (page === 'README.md') {
    const { outputText } = ts.transpileModule(jestProgram.text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    fs.writeFileSync(path.join(dir, 'esm', `${name}.test.mjs`), outputText);
  }
  const vitestProgram = programOf(page, 'vitest');
  if (vitestProgram.blocks.length > 0) {
    fs.writeFileSync(path.join(dir, `${name}.vitest.test.mts`), vitestProgram.text);
    docFiles.vitest.push(`${name}.vitest.test.mts`);
    docFiles.esm.push(`${name}.vitest.test.mts`);
  }
  const nodeTestProgram = programOf(page, 'node-test');
  if (nodeTestProgram.blocks.length > 0) {
    fs.writeFileSync(path.join(dir, `${name}.node-test.mjs`), nodeTestProgram.text);
    docFiles.nodeTest.push(`${name}.node-test.mjs`);
  }
}
fs.writeFileSync(
  path.join(dir, 'tsconfig.esm-docs.json'),
  // What `tsc --init` of TypeScript 6 writes, the strictest setup a user starts from.
  JSON.stringify({
    compilerOptions: {
      module: 'nodenext', target: 'esnext', strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, verbatimModuleSyntax: true,
      isolatedModules: true, moduleDetection: 'force', skipLibCheck: true, noEmit: true, types: ['jest', 'node'],
    },
    files: docFiles.esm,
  }),
);

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
step("toolkit types under Vitest's globals (the entry in setupFiles, a one-line .d.ts)", 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.vitest-globals.json']);
// tsc of the TypeScript installed in `typescript`, with tsconfig.esm.json but the given resolution.
const esm = (typescript, resolution) => {
  const tsc = path.join(typescript, 'node_modules', 'typescript', 'bin', 'tsc');
  return [tsc, '-p', 'tsconfig.esm.json', '--module', resolution === 'bundler' ? 'esnext' : resolution, '--moduleResolution', resolution];
};
step('TypeScript ESM ("type": "module"), nodenext: both entries, the toolkit, the arbitraries in fast-check properties', 'node', esm(dir, 'nodenext'));
step('TypeScript ESM, node16', 'node', esm(dir, 'node16'));
step('TypeScript ESM, bundler', 'node', esm(dir, 'bundler'));
step(`TypeScript ESM, nodenext, ${TYPESCRIPT_5}`, 'node', esm(typescript5, 'nodenext'));
step(`TypeScript ESM, bundler, ${TYPESCRIPT_5}`, 'node', esm(typescript5, 'bundler'));
step(`ts-jest with its defaults (CommonJS, strict TypeScript 6): the arbitraries in fast-check properties; the code blocks of ${docFiles.jest.join(', ')}`, 'npx', ['--no-install', 'jest', '--ci', '--no-cache', '--config', 'ts-jest-defaults/jest.config.js']);
step('the code blocks of the docs, type-checked in the "type": "module" project (the options of TypeScript 6\'s tsc --init)', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.esm-docs.json']);
step("the README's code blocks under Jest's ESM mode", 'npx', ['--no-install', 'jest', '--ci', '--rootDir', 'esm', '--testRegex', 'docs-readme\\.test\\.mjs$'], { NODE_OPTIONS: '--experimental-vm-modules --no-warnings=ExperimentalWarning' });
step('the Vitest code blocks of the docs', 'npx', ['--no-install', 'vitest', 'run', '--reporter=dot', ...docFiles.vitest]);
step('the node:test code blocks of the docs', 'node', ['--test', ...docFiles.nodeTest]);
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
const xdistPython = ['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import boto3, pytest, xdist']));
foreign('pytest-xdist suite through npx, 4 workers on one server', xdistPython !== undefined, 'python3-pytest-xdist python3-pytest python3-boto3', () => {
  fs.cpSync(path.join(ROOT, 'test/foreign/python-xdist'), path.join(dir, 'xdist'), { recursive: true });
  step('pytest-xdist suite through npx', xdistPython, ['-m', 'pytest', 'xdist', '-q', '-n', '4', '-p', 'xdist', '-p', 'no:cacheprovider']);
});
const goSdk = works('go', ['version']) && fs.existsSync('/usr/share/gocode/src/github.com/aws/aws-sdk-go/service/sagemaker');
foreign('go test suite through npx', goSdk, 'golang-go golang-github-aws-aws-sdk-go-dev', () => {
  fs.mkdirSync(path.join(dir, 'gotest'));
  fs.copyFileSync(path.join(ROOT, 'test/foreign/go/mock_test.go'), path.join(dir, 'gotest/mock_test.go'));
  step('go test suite through npx', 'go', ['test', '-count=1', './gotest/'], { GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOFLAGS: '' });
});
foreign('go test in parallel with the journal and a manual clock, through npx', goSdk, 'golang-go golang-github-aws-aws-sdk-go-dev', () => {
  fs.mkdirSync(path.join(dir, 'gojournal'));
  fs.copyFileSync(path.join(ROOT, 'test/foreign/go-journal/journal_test.go'), path.join(dir, 'gojournal/journal_test.go'));
  step('go test in parallel through npx', 'go', ['test', '-count=1', './gojournal/'], { GO111MODULE: 'off', GOPATH: '/usr/share/gocode', GOFLAGS: '' });
});
// Last, as it replaces the consumer's fast-check: the low end of the declared peer range.
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', 'fast-check@3.23.2'], dir);
step('the arbitraries under fast-check 3', 'npx', jest('fast-check-3.jest.test.cjs'));
step('stack traces and source maps', 'node', ['--enable-source-maps', 'stack-trace.cjs']);
if (!run('npx', ['--no-install', 'sagemaker-image-mock', '--help'], dir).includes('Usage: sagemaker-image-mock serve')) {
  throw new Error('check-pack: the sagemaker-image-mock bin does not run');
}
step('conformance check: the shipped transcripts replayed on all three doors from the tarball', 'npx', ['--no-install', 'sagemaker-image-mock', 'conformance', 'check']);
console.log(`check-pack: ${filename} works from CommonJS, ESM, TypeScript (CommonJS: node16 and node10; ESM: node16, nodenext and bundler), Jest, ts-jest, Vitest, node:test and the bin`);
