#!/usr/bin/env node
'use strict';
// Packs the package, installs the tarball into a fresh CommonJS project and a fresh ESM project
// (with the peer dependencies at the versions this repo tests against), and runs a consumer in each.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, '.tmp', 'check-pack');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

fs.rmSync(WORK, { recursive: true, force: true });
fs.mkdirSync(WORK, { recursive: true });
const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', WORK], ROOT));
const tarball = path.join(WORK, filename);
const lock = require(path.join(ROOT, 'package-lock.json'));
const pinned = (name) => `${name}@${lock.packages[`node_modules/${name}`].version}`;
const deps = [tarball, pinned('@aws-sdk/client-sagemaker'), pinned('aws-sdk-client-mock')];

for (const [kind, type, consumer] of [
  ['cjs', 'commonjs', 'consumer.cjs'],
  ['esm', 'module', 'consumer.mjs'],
]) {
  const dir = path.join(WORK, kind);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${kind}`, private: true, type }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...deps], dir);
  fs.copyFileSync(path.join(ROOT, 'test', 'package', consumer), path.join(dir, consumer));
  process.stdout.write(run('node', [consumer], dir));
  if (!run('npx', ['--no-install', 'sagemaker-image-mock', '--help'], dir).includes('Usage: sagemaker-image-mock serve')) {
    throw new Error(`check-pack: the sagemaker-image-mock bin does not run in the ${kind} project`);
  }
}
console.log(`check-pack: ${filename} works from CommonJS and from ESM`);
