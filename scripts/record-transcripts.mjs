// npm run conformance:record: the shipped transcripts (conformance/transcripts), recorded from the
// package's own server with its default options, as `conformance record --endpoint` records any
// endpoint. Run it after changing a scenario; a transcript recorded against AWS is kept
// (CONTRIBUTING.md, "Conformance transcripts"). The new transcripts replace the old ones only once
// the whole recording has succeeded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBuiltServer } from '../bench/built-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'conformance', 'transcripts');
const names = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)) : []);
const fromAws = names(OUT).filter((name) => JSON.parse(fs.readFileSync(path.join(OUT, `${name}.json`), 'utf8')).provenance?.source === 'aws');
for (const name of fromAws) console.log(`keeping ${name}: recorded against AWS`);
const scenarios = names(path.join(ROOT, 'conformance', 'scenarios')).filter((name) => !fromAws.includes(name));
if (scenarios.length === 0) {
  console.log('every scenario has a transcript recorded against AWS: nothing to record');
} else {
  const { server, listening } = startBuiltServer();
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'transcripts-'));
  try {
    const url = await listening;
    const note = "the package's own server (sagemaker-image-mock serve, default options): no recording against AWS yet";
    const args = ['conformance', 'record', '--endpoint', url, '--out', staging, '--only', scenarios.join(','), '--note', note];
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), ...args], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`the recording failed (exit ${run.status}); conformance/transcripts is unchanged`);
    for (const name of names(OUT).filter((n) => !fromAws.includes(n))) fs.rmSync(path.join(OUT, `${name}.json`));
    fs.mkdirSync(OUT, { recursive: true });
    for (const name of names(staging)) fs.copyFileSync(path.join(staging, `${name}.json`), path.join(OUT, `${name}.json`));
    console.log(`${scenarios.length} transcript(s) written to conformance/transcripts`);
  } finally {
    server.kill();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
