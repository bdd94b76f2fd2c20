// npm run bench: side-by-side costs measured in one run (machines are shared and noisy, so compare
// ratios, not absolute times). Imports the built package by name, as a user would.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import { mockSageMakerImages } from 'sagemaker-image-mock';

const BASE = Date.UTC(2024, 0, 1);
const seeds = (n) => Array.from({ length: n }, (_, i) => ({ ImageName: `image-${i}`, CreationTime: new Date(BASE + ((i * 7919) % n) * 1000) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function timePerCall(send, calls) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await send();
  return Number(process.hrtime.bigint() - start) / calls / 1000; // microseconds
}

async function onePage() {
  const CALLS = 5000;
  const ROUNDS = 7;
  const client = new SageMakerClient({ region: 'us-east-1' });
  const command = new ListImagesCommand({ MaxResults: 10 });
  const mock = mockSageMakerImages(SageMakerClient);
  mock.seed(seeds(10_000));
  const constantPage = (await client.send(command));
  mock.restore();

  const bare = [];
  const ours = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const stub = mockClient(SageMakerClient);
    stub.on(ListImagesCommand).resolves(constantPage);
    bare.push(await timePerCall(() => client.send(command), CALLS));
    stub.restore();
    const m = mockSageMakerImages(SageMakerClient);
    m.seed(seeds(10_000));
    ours.push(await timePerCall(() => client.send(command), CALLS));
    m.restore();
  }
  return { bare: median(bare), ours: median(ours) };
}

async function walkAll(n) {
  const mock = mockSageMakerImages(SageMakerClient);
  const seedStart = process.hrtime.bigint();
  mock.seed(seeds(n));
  const seedUs = Number(process.hrtime.bigint() - seedStart) / 1000;
  const client = new SageMakerClient({ region: 'us-east-1' });
  const start = process.hrtime.bigint();
  let items = 0;
  let NextToken;
  do {
    const page = await client.send(new ListImagesCommand({ MaxResults: 100, NextToken }));
    items += page.Images.length;
    NextToken = page.NextToken;
  } while (NextToken);
  const walkUs = Number(process.hrtime.bigint() - start) / 1000;
  if (items !== n) throw new Error(`walked ${items} of ${n}`);
  // The same walk on the store alone: no SDK middleware, no sinon call history.
  const storeStart = process.hrtime.bigint();
  NextToken = undefined;
  do {
    NextToken = mock.store.listImages({ MaxResults: 100, NextToken }).NextToken;
  } while (NextToken);
  const storeUs = Number(process.hrtime.bigint() - storeStart) / 1000;
  // One page of 10 from the middle of the store, repeated: the seek is O(log n).
  const middle = mock.store.listImages({ MaxResults: 100 });
  let cursor = middle.NextToken;
  for (let i = 0; i < n / 200; i += 1) cursor = mock.store.listImages({ MaxResults: 100, NextToken: cursor }).NextToken;
  const pageStart = process.hrtime.bigint();
  for (let i = 0; i < 5000; i += 1) mock.store.listImages({ MaxResults: 10, NextToken: cursor });
  const pageUs = Number(process.hrtime.bigint() - pageStart) / 1000 / 5000;
  mock.restore();
  return { perImage: walkUs / n, storePerImage: storeUs / n, seedPerImage: seedUs / n, page: pageUs };
}

async function walkMedian(n, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await walkAll(n));
  const pick = (key) => median(results.map((r) => r[key]));
  return { perImage: pick('perImage'), storePerImage: pick('storePerImage'), seedPerImage: pick('seedPerImage'), page: pick('page') };
}

await walkAll(10_000); // warm-up: let the JIT settle before anything is measured
const page = await onePage();
const small = await walkMedian(10_000, 5);
const large = await walkMedian(100_000, 3);
const fmt = (us) => `${us.toFixed(2)} µs`;
console.log('ListImages, one page of 10 from 10,000 images, through a real SageMakerClient (median of 7 rounds):');
console.log(`  bare aws-sdk-client-mock .resolves(constant page): ${fmt(page.bare)} per call`);
console.log(`  sagemaker-image-mock:                              ${fmt(page.ours)} per call`);
console.log(`  ratio mock / bare stub:                            ${(page.ours / page.bare).toFixed(2)}x`);
console.log('Walking every page (MaxResults 100), median of 5 runs (10k) and 3 runs (100k):');
const row = (label, r) =>
  console.log(`  ${label}: ${fmt(r.perImage)} per image through the client, ${fmt(r.storePerImage)} on the store alone (seeding ${fmt(r.seedPerImage)} per image)`);
row(' 10,000 images', small);
row('100,000 images', large);
console.log(`  per-image ratio 100k / 10k: ${(large.perImage / small.perImage).toFixed(2)}x through the client, ${(large.storePerImage / small.storePerImage).toFixed(2)}x on the store alone`);
console.log('  (1.00x = a page costs the same whatever the store size; through the client, sinon keeps every call and answer in its history)');
console.log('One page of 10 from the middle of the store, on the store alone:');
console.log(`  10,000 images: ${fmt(small.page)}, 100,000 images: ${fmt(large.page)}, ratio ${(large.page / small.page).toFixed(2)}x`);
