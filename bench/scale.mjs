// For bench/run.mjs, in a fresh process with --expose-gc: `node scale.mjs <images>`.
import { ImageStore } from 'sagemaker-image-mock';

const n = Number(process.argv[2]);
const BASE = Date.UTC(2024, 0, 1);
const seeds = Array.from({ length: n }, (_, i) => ({ ImageName: `image-${i}`, CreationTime: new Date(BASE + ((i * 7919) % n) * 1000) }));
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const store = new ImageStore();
let start = process.hrtime.bigint();
const seeded = store.seed(seeds).length;
const seedPerImage = Number(process.hrtime.bigint() - start) / n / 1000;
if (seeded !== n) throw new Error(`seeded ${seeded} of ${n}`);
seeds.length = 0;
globalThis.gc();
const heapPerImage = (process.memoryUsage().heapUsed - before) / n;
start = process.hrtime.bigint();
let NextToken;
let items = 0;
do {
  const page = store.listImages({ MaxResults: 100, ...(NextToken && { NextToken }) });
  items += page.Images.length;
  NextToken = page.NextToken;
} while (NextToken);
const walkPerImage = Number(process.hrtime.bigint() - start) / n / 1000;
if (items !== n) throw new Error(`walked ${items} of ${n}`);
let cursor = store.listImages({ MaxResults: 100 }).NextToken;
for (let i = 0; i < n / 200; i += 1) cursor = store.listImages({ MaxResults: 100, NextToken: cursor }).NextToken;
for (let i = 0; i < 2000; i += 1) store.listImages({ MaxResults: 10, NextToken: cursor });
globalThis.gc(); // the walk's garbage is not the page's cost
start = process.hrtime.bigint();
for (let i = 0; i < 10_000; i += 1) store.listImages({ MaxResults: 10, NextToken: cursor });
const middlePage = Number(process.hrtime.bigint() - start) / 10_000 / 1000;
console.log(JSON.stringify({ heapPerImage, seedPerImage, walkPerImage, middlePage }));
