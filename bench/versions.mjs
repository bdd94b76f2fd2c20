// For bench/run.mjs: the cost of CreateImageVersion with 1k and with many existing versions.
import { ImageStore } from 'sagemaker-image-mock';

const many = Number(process.argv[2]);
const store = new ImageStore();
store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' });
let made = 0;
const create = () => store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken: `t${(made += 1)}` });
/** The median of three windows of `calls` creations: one window can hold a GC pause or a map's rehash. */
const costOf = (calls) => {
  const windows = [0, 1, 2].map(() => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) create();
    return Number(process.hrtime.bigint() - start) / calls / 1000;
  });
  return windows.sort((a, b) => a - b)[1];
};
for (let i = 0; i < 20_000; i += 1) create(); // warm up on another image's worth of calls
store.deleteImage({ ImageName: 'img' });
store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' });
made = 0;
while (made < 1000) create();
const at1k = costOf(3000);
while (made < many) create();
const atMany = costOf(3000);
console.log(JSON.stringify({ at1k, atMany }));
