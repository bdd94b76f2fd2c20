// npm run conformance:record: the shipped transcripts (conformance/transcripts), recorded from the
// package's own server with its default options, as `conformance record --endpoint` records any
// endpoint. Run it after changing a scenario; a transcript recorded against AWS replaces the mock's
// (CONTRIBUTING.md, "Contributing a transcript").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBuiltServer } from '../bench/built-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'conformance', 'transcripts');
const { server, listening } = startBuiltServer();
try {
  const url = await listening;
  for (const file of fs.existsSync(OUT) ? fs.readdirSync(OUT) : []) {
    const transcript = JSON.parse(fs.readFileSync(path.join(OUT, file), 'utf8'));
    if (transcript.provenance?.source === 'aws') console.log(`keeping ${file}: recorded against AWS`);
    else fs.rmSync(path.join(OUT, file));
  }
  const kept = fs.existsSync(OUT) ? fs.readdirSync(OUT).map((file) => file.replace(/\.json$/, '')) : [];
  const scenarios = fs.readdirSync(path.join(ROOT, 'conformance', 'scenarios')).map((file) => file.replace(/\.json$/, '')).filter((name) => !kept.includes(name));
  const note = "the package's own server (sagemaker-image-mock serve, default options): no recording against AWS yet";
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'conformance', 'record', '--endpoint', url, '--out', OUT, '--only', scenarios.join(','), '--note', note], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  server.kill();
}
