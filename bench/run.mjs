// npm run bench: every performance row measured side by side in one run, each against its floor
// (machines are shared and noisy: compare ratios, not absolute times). Rounds alternate the two
// sides and report the median round (its ratio, and that round's own two figures, so the printed
// figures divide to the printed ratio) with the spread [min-max] of the rounds. Imports the built
// package by name, as a user would. Writes bench/results.json.
//
//   node bench/run.mjs [--quick]     --quick: smaller sizes and fewer rounds, and exits 1 when a
//                                    ratio is grossly off (bench:quick)
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DescribeDomainCommand, DescribeImageCommand, ListAppImageConfigsCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { createRequestHandler, ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 3 : 7;
const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
const BASE = Date.UTC(2024, 0, 1);
const seeds = (n) => Array.from({ length: n }, (_, i) => ({ ImageName: `image-${i}`, CreationTime: new Date(BASE + ((i * 7919) % n) * 1000) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const spread = (xs) => [Math.min(...xs), Math.max(...xs)];

/** The round of the median ratio ours/floor: its two figures and its ratio, and the spread of all the rounds' ratios. */
function medianRound(ours, floor) {
  const ratios = ours.map((x, i) => x / floor[i]);
  const i = ratios.map((r, index) => ({ r, index })).sort((a, b) => a.r - b.r)[(ratios.length - 1) >> 1].index;
  return { ours: ours[i], floor: floor[i], ratio: ratios[i], spread: spread(ratios) };
}
const now = () => process.hrtime.bigint();
const usSince = (start, n = 1) => Number(process.hrtime.bigint() - start) / n / 1000;
const results = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg() }, rows: {} };
const fmt = (x, digits = 2) => x.toFixed(digits);

async function perCall(send, calls) {
  for (let i = 0; i < Math.min(500, calls); i += 1) await send();
  const start = now();
  for (let i = 0; i < calls; i += 1) await send();
  return usSince(start, calls);
}

function perCallSync(fn, calls) {
  for (let i = 0; i < Math.min(2000, calls); i += 1) fn();
  const start = now();
  for (let i = 0; i < calls; i += 1) fn();
  return usSince(start, calls);
}

/** Alternates `ours` and `floor` for ROUNDS rounds; the ratio ours/floor of each round, summarised. */
async function sideBySide(name, floorLabel, floor, ours, goal) {
  const o = [];
  const f = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    f.push(await floor());
    o.push(await ours());
  }
  const { ours: oursMedian, floor: floorMedian, ratio, spread: ratioSpread } = medianRound(o, f);
  const row = { ours: oursMedian, floor: floorMedian, floorLabel, ratio, spread: ratioSpread, goal };
  results.rows[name] = row;
  const [lo, hi] = row.spread;
  console.log(`${name}: ${fmt(row.ours)} vs ${fmt(row.floor)} (${floorLabel}) = ${fmt(row.ratio)}x [${fmt(lo)}-${fmt(hi)}], goal ${goal}`);
  return row;
}

function record(name, value, unit, goal) {
  results.rows[name] = { value, unit, goal };
  console.log(`${name}: ${fmt(value)} ${unit}${goal === undefined ? '' : `, goal ${goal}`}`);
}

const CALLS = QUICK ? 2000 : 5000;

// Door 1: a page of 10 of 10,000 images, against aws-sdk-client-mock answering a constant page.
async function doorOne() {
  const client = new SageMakerClient({ region: 'us-east-1', credentials });
  const pageCommand = new ListImagesCommand({ MaxResults: 10 });
  const describeCommand = new DescribeImageCommand({ ImageName: 'image-5000' });
  const store = new ImageStore();
  // 10k images, 1k AppImageConfigs with a kernel spec each, and a domain with a custom image attached.
  const fill = () => {
    store.seed(seeds(10_000));
    store.seedAppImageConfigs(Array.from({ length: 1000 }, (_, i) => ({ AppImageConfigName: `config-${i}`, KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3', DisplayName: `Kernel ${i}` }] } })));
    store.seedDomains({ DomainName: 'studio', DomainId: 'd-benchmark000', DefaultUserSettings: { ExecutionRole: 'arn:aws:iam::123456789012:role/r', KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'image-1', AppImageConfigName: 'config-1' }] } } });
  };
  fill();
  const configsCommand = new ListAppImageConfigsCommand({ MaxResults: 10 });
  const domainCommand = new DescribeDomainCommand({ DomainId: 'd-benchmark000' });
  const constantPage = { ...store.listImages({ MaxResults: 10 }), $metadata: {} };
  const constantImage = { ...store.describeImage({ ImageName: 'image-5000' }), $metadata: {} };
  const constantConfigs = { ...store.listAppImageConfigs({ MaxResults: 10 }), $metadata: {} };
  const constantDomain = { ...store.describeDomain({ DomainId: 'd-benchmark000' }), $metadata: {} };
  const bare = (command, answer) => async () => {
    const stub = mockClient(SageMakerClient);
    stub.on(command.constructor).resolves(answer);
    try {
      return await perCall(() => client.send(command), CALLS);
    } finally {
      stub.reset();
      stub.restore();
    }
  };
  const ours = (command) => async () => {
    const mock = mockSageMakerImages(SageMakerClient, { store });
    try {
      return await perCall(() => client.send(command), CALLS);
    } finally {
      mock.reset();
      mock.restore();
      fill(); // reset() emptied the shared store
    }
  };
  await sideBySide('door 1, ListImages page of 10 of 10k (us/call)', 'aws-sdk-client-mock .resolves(constant page)', bare(pageCommand, constantPage), ours(pageCommand), '<= 1.2x');
  await sideBySide('door 1, DescribeImage (us/call)', 'aws-sdk-client-mock .resolves(constant image)', bare(describeCommand, constantImage), ours(describeCommand), '<= 1.2x');
  await sideBySide('door 1, ListAppImageConfigs page of 10 of 1k (us/call)', 'aws-sdk-client-mock .resolves(constant page)', bare(configsCommand, constantConfigs), ours(configsCommand), '<= 1.2x');
  await sideBySide('door 1, DescribeDomain (us/call)', 'aws-sdk-client-mock .resolves(constant domain)', bare(domainCommand, constantDomain), ours(domainCommand), '<= 1.2x');
}

// The store alone, and door 2 against the SDK with a constant-response requestHandler.
async function storeAndDoorTwo() {
  const store = new ImageStore();
  store.seed(seeds(10_000));
  const token = store.listImages({ MaxResults: 10 }).NextToken;
  record('store, ListImages page of 10 of 10k', median(Array.from({ length: ROUNDS }, () => perCallSync(() => store.listImages({ MaxResults: 10 }), 20_000))), 'us', '<= 2 us');
  record('store, the next page (NextToken read and issued)', median(Array.from({ length: ROUNDS }, () => perCallSync(() => store.listImages({ MaxResults: 10, NextToken: token }), 20_000))), 'us');
  record('store, DescribeImage', median(Array.from({ length: ROUNDS }, () => perCallSync(() => store.describeImage({ ImageName: 'image-5000' }), 50_000))), 'us', '<= 1 us');
  const handler = createRequestHandler(store);
  const body = Buffer.from(
    JSON.stringify(store.listImages({ MaxResults: 10 }), function (key, value) {
      return this[key] instanceof Date ? this[key].getTime() / 1000 : value;
    }),
  );
  const constantHandler = {
    handle: () => Promise.resolve({ response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body } }),
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
  const viaOurs = new SageMakerClient({ region: 'us-east-1', credentials, requestHandler: handler });
  const viaConstant = new SageMakerClient({ region: 'us-east-1', credentials, requestHandler: constantHandler });
  const command = new ListImagesCommand({ MaxResults: 10 });
  await sideBySide('door 2, ListImages page of 10 of 10k (us/call)', 'the SDK with a constant-response requestHandler', () => perCall(() => viaConstant.send(command), CALLS / 2), () => perCall(() => viaOurs.send(command), CALLS / 2), '<= 1.2x');
}

/** Runs a script of this folder in a child node process and parses the JSON it prints last. */
function child(script, args = [], nodeArgs = []) {
  const out = execFileSync(process.execPath, [...nodeArgs, path.join(HERE, script), ...args], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

// Door 3: requests per second with keep-alive clients, against a bare node:http constant JSON server.
function doorThree() {
  const seconds = QUICK ? 1 : 3;
  for (const clients of QUICK ? [10] : [1, 10, 50]) {
    const ours = [];
    const bare = [];
    for (let round = 0; round < (QUICK ? 1 : 2); round += 1) {
      bare.push(child('load.mjs', ['bare', String(clients), String(seconds)]).rps);
      ours.push(child('load.mjs', ['ours', String(clients), String(seconds)]).rps);
    }
    const row = { ...medianRound(ours, bare), floorLabel: 'bare node:http, constant JSON', goal: '>= 0.8x', unit: 'req/s' };
    results.rows[`door 3, req/s with ${clients} keep-alive clients`] = row;
    console.log(`door 3, ${clients} keep-alive clients: ${fmt(row.ours, 0)} vs ${fmt(row.floor, 0)} req/s (bare node:http) = ${fmt(row.ratio)}x [${fmt(row.spread[0])}-${fmt(row.spread[1])}], goal >= 0.8x`);
  }
}

// Memory, seeding and walks at 10k, 100k and 1M images, each size in a fresh process.
function scale() {
  for (const n of QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]) {
    const r = child('scale.mjs', [String(n)], ['--expose-gc', '--max-old-space-size=8192']);
    record(`${n.toLocaleString('en')} images: heap per image`, r.heapPerImage, 'B', '<= 1024 B');
    record(`${n.toLocaleString('en')} images: seeding per image`, r.seedPerImage, 'us', '<= 5 us');
    record(`${n.toLocaleString('en')} images: walking every page (MaxResults 100) per image, store alone`, r.walkPerImage, 'us');
    record(`${n.toLocaleString('en')} images: one page of 10 from the middle, store alone`, r.middlePage, 'us');
  }
}

// Restoring a 10,000-image fixture before each test, against seeding it again.
function snapshots() {
  const store = new ImageStore();
  const fixture = seeds(10_000);
  const build = [];
  const restore = [];
  let picture;
  for (let round = 0; round < ROUNDS; round += 1) {
    let start = now();
    const fresh = new ImageStore();
    fresh.seed(fixture);
    build.push(usSince(start) / 1000);
    picture ??= fresh.snapshot();
    start = now();
    store.restore(picture);
    restore.push(usSince(start) / 1000);
  }
  record('restore of a 10,000-image snapshot (beforeEach)', median(restore), 'ms');
  record('seeding the same 10,000 images again', median(build), 'ms');
  record('restore / seeding again, per round', median(restore.map((r, i) => r / build[i])), 'x');
}

// CreateImageVersion at 1k, 20k and 100k existing versions: amortised O(1) means the same cost.
function versions() {
  const r = child('versions.mjs', [QUICK ? '20000' : '100000']);
  record('CreateImageVersion with 1k versions', r.at1k, 'us');
  record(`CreateImageVersion with ${QUICK ? '20k' : '100k'} versions`, r.atMany, 'us');
  record(`CreateImageVersion cost, ${QUICK ? '20k' : '100k'} / 1k versions`, r.atMany / r.at1k, 'x', '~1x (amortised O(1))');
}

// Import time of the package on top of its peers, each in a fresh process.
function importTime() {
  const runs = Array.from({ length: QUICK ? 3 : 7 }, () => child('import-time.cjs'));
  record('import of the package on top of its peers', median(runs.map((r) => r.ours)), 'ms', '<= 20 ms');
  record('import of the peers (@aws-sdk/client-sagemaker, aws-sdk-client-mock)', median(runs.map((r) => r.peers)), 'ms');
}

// What door 1's call history costs in a long test: heap per call kept by sinon until reset().
function history() {
  const r = child('history.mjs', [], ['--expose-gc']);
  record('door 1 call history kept until reset(), per ListImages call', r.perCall, 'B');
  record('door 1 heap after reset(), per call made before it', r.afterReset, 'B');
}

const start = Date.now();
await doorOne();
await storeAndDoorTwo();
doorThree();
scale();
snapshots();
versions();
importTime();
history();
results.seconds = (Date.now() - start) / 1000;
if (!QUICK) fs.writeFileSync(path.join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`bench: ${fmt(results.seconds, 0)} s${QUICK ? '' : '; wrote bench/results.json'}`);

if (QUICK) {
  // Gross regressions only, by ratio: a noisy shared machine moves these by tens of percent, not by 3x.
  const r = results.rows;
  const problems = [];
  if (r['door 1, ListImages page of 10 of 10k (us/call)'].ratio > 4) problems.push('door 1 page is over 4x the bare stub');
  if (r['door 2, ListImages page of 10 of 10k (us/call)'].ratio > 4) problems.push('door 2 page is over 4x the constant handler');
  if (r['CreateImageVersion cost, 20k / 1k versions'].value > 4) problems.push('CreateImageVersion grows with the number of versions');
  if (problems.length > 0) {
    console.error(`bench:quick: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
}
