// npm run bench:server: the reliability figures of the HTTP server (door 3) that docs/server.md quotes.
// The server runs as users run it (the built CLI, in its own process); this process fuzzes it with
// random requests, sends it malformed HTTP over raw sockets, then holds a keep-alive load, and
// checks after each phase that it still answers. Loopback only; every loop is bounded.
//
//   node bench/server-reliability.mjs [--clients 200] [--seconds 60] [--fuzz 5000] [--quick]
//   --quick: 50 clients for 5 s and 1,000 fuzzed requests (a smoke run).
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { startBuiltServer } from './built-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const CLIENTS = option('clients', QUICK ? 50 : 200);
const SECONDS = option('seconds', QUICK ? 5 : 60);
const FUZZ = option('fuzz', QUICK ? 1000 : 5000);
const OPERATIONS = ['CreateImage', 'DescribeImage', 'UpdateImage', 'DeleteImage', 'ListImages', 'CreateImageVersion', 'DescribeImageVersion',
  'UpdateImageVersion', 'DeleteImageVersion', 'ListImageVersions', 'ListAliases', 'AddTags', 'ListTags', 'DeleteTags'];
const MEMBERS = ['ImageName', 'MaxResults', 'NextToken', 'NameContains', 'SortBy', 'SortOrder', 'CreationTimeAfter', 'RoleArn', 'Description',
  'Version', 'Alias', 'BaseImage', 'ClientToken', 'Aliases', 'Tags', 'ResourceArn', 'TagKeys', 'DeleteProperties'];

// --- the server, as a user starts it ---
const { server, listening } = startBuiltServer();
const url = await listening;
const { port } = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(CLIENTS, 10) });

function request(method, pathName, body, headers = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, method, path: pathName, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      res.on('error', (error) => resolve({ error }));
    });
    req.on('error', (error) => resolve({ error }));
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}
const aws = (operation, input) =>
  request('POST', '/', typeof input === 'string' ? input : JSON.stringify(input), { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `SageMaker.${operation}` });
async function alive() {
  const health = await request('GET', '/_mock/health');
  return health.status === 200;
}

await request('POST', '/_mock/seed', JSON.stringify(Array.from({ length: 1000 }, (_, i) => ({ ImageName: `image-${i}`, CreationTime: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString() }))));
const report = { machine: { cpus: os.cpus().length, node: process.version, loadavg: os.loadavg() } };

// --- 1. fuzzed requests: any operation, members with values of any JSON type, odd headers ---
const fuzzInput = fc.oneof(
  fc.dictionary(fc.constantFrom(...MEMBERS), fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constantFrom('image-1', 'a', '', 'x'.repeat(300))), { maxKeys: 5 }),
  fc.jsonValue(),
  fc.string(),
);
const fuzzHeaders = fc.record(
  {
    'x-amz-target': fc.oneof(
      { arbitrary: fc.constantFrom(...OPERATIONS).map((o) => `SageMaker.${o}`), weight: 8 },
      { arbitrary: fc.oneof(fc.string(), fc.constantFrom('SageMaker.', 'Other.ListImages', '')), weight: 1 },
    ),
    'content-type': fc.constantFrom('application/x-amz-json-1.1', 'application/json', 'text/plain'),
    authorization: fc.oneof(
      { arbitrary: fc.constantFrom('AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/sagemaker/aws4_request, SignedHeaders=host, Signature=0'), weight: 6 },
      { arbitrary: fc.string().map((r) => `AWS4-HMAC-SHA256 Credential=AKID/20240101/${r}/sagemaker/aws4_request`), weight: 1 },
    ),
  },
  { requiredKeys: [] },
);
const statuses = {};
let fuzzFailures = 0;
const samples = fc.sample(fc.tuple(fuzzInput, fuzzHeaders), { numRuns: FUZZ, seed: 42 });
for (const [input, headers] of samples) {
  const answer = await request('POST', '/', typeof input === 'string' ? input : JSON.stringify(input), headers);
  statuses[answer.status ?? 'socket error'] = (statuses[answer.status ?? 'socket error'] ?? 0) + 1;
  let wellFormed;
  try {
    const body = JSON.parse(answer.body);
    wellFormed = answer.status === 200 || (answer.status >= 400 && answer.status < 500 && typeof body.__type === 'string' && typeof body.message === 'string');
  } catch {
    wellFormed = false;
  }
  if (!wellFormed) fuzzFailures += 1;
}
report.fuzz = { requests: samples.length, statuses, notAWellFormedAnswer: fuzzFailures, aliveAfter: await alive() };
console.log(`fuzz: ${samples.length} random requests, statuses ${JSON.stringify(statuses)}, ${fuzzFailures} not a well-formed 200 or JSON 4xx; alive after: ${report.fuzz.aliveAfter}`);

// --- 2. malformed HTTP over raw sockets ---
const MALFORMED = [
  'GARBAGE\r\n\r\n',
  'POST / HTTP/9.9\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"short":',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nnope\r\n',
  `POST / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
  'POST / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}GARBAGE AFTER\r\n\r\n',
  `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${2 * 1024 * 1024}\r\n\r\n${'x'.repeat(1024)}`,
  '\x00\x01\x02\x03\xff\xfe',
  'GET /_mock/health HTTP/1.1\r\nHost: x\r\n', // never finished
  'POST /../../etc/passwd HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
  'POST /_mock/seed HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n[{"Image',
];
let survived = 0;
for (const bytes of MALFORMED) {
  await new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port: Number(port) }, () => socket.end(Buffer.from(bytes, 'latin1')));
    socket.on('data', () => {});
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.setTimeout(2000, () => socket.destroy());
  });
  if (await alive()) survived += 1;
}
report.malformed = { sent: MALFORMED.length, survived };
console.log(`malformed HTTP: ${survived} of ${MALFORMED.length} sent, server alive after each`);

// --- 3. keep-alive load: CLIENTS clients, each sending its next call when the last is answered ---
const latencies = [];
let errors = 0;
const until = Date.now() + SECONDS * 1000;
const started = Date.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = 0; Date.now() < until; i += 1) {
      const answer = i % 2 === 0 ? await aws('ListImages', { MaxResults: 10 }) : await aws('DescribeImage', { ImageName: `image-${(c * 7 + i) % 1000}` });
      if (answer.status === 200) latencies.push(answer.ms);
      else errors += 1;
    }
  }),
);
const elapsed = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
report.load = { clients: CLIENTS, seconds: elapsed, requests: latencies.length + errors, errors, perSecond: (latencies.length + errors) / elapsed, p50ms: pct(50), p99ms: pct(99), maxMs: latencies.at(-1) };
console.log(
  `load: ${CLIENTS} keep-alive clients for ${elapsed.toFixed(0)} s: ${report.load.requests} requests (${report.load.perSecond.toFixed(0)}/s), ` +
    `${errors} errors, p50 ${pct(50).toFixed(2)} ms, p99 ${pct(99).toFixed(2)} ms, max ${report.load.maxMs?.toFixed(2)} ms`,
);

report.aliveAtEnd = await alive();
agent.destroy();
server.kill('SIGTERM');
report.exitCode = await new Promise((resolve) => server.on('exit', resolve));
console.log(`alive at the end: ${report.aliveAtEnd}; exit code on SIGTERM: ${report.exitCode}`);
if (!QUICK) fs.writeFileSync(path.join(HERE, 'server-reliability.json'), `${JSON.stringify(report, null, 2)}\n`);
const ok = report.fuzz.notAWellFormedAnswer === 0 && report.fuzz.aliveAfter && survived === MALFORMED.length && errors === 0 && report.aliveAtEnd && report.exitCode === 0;
if (!ok) {
  console.error('server reliability: FAILED');
  process.exitCode = 1;
}
