// Run by scripts/check-pack.js with --enable-source-maps: an error thrown inside the package points at
// files that are in the package, and every source map names sources that are shipped.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ImageStore } = require('sagemaker-image-mock');

const root = path.dirname(require.resolve('sagemaker-image-mock/package.json'));
let error;
try {
  new ImageStore({ acountId: '123456789012' });
} catch (caught) {
  error = caught;
}
assert.ok(error instanceof TypeError, 'a misspelt option is a TypeError');
const frames = [...error.stack.matchAll(/\((\/[^():]+):\d+:\d+\)/g)].map((m) => m[1]).filter((file) => file.startsWith(root));
assert.ok(frames.length > 0, `the stack names the package:\n${error.stack}`);
for (const file of frames) assert.ok(fs.existsSync(file), `the stack names ${file}, which is not in the package`);
assert.ok(frames.some((file) => file.endsWith('.ts')), `source maps are applied:\n${error.stack}`);

function* maps(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* maps(full);
    else if (entry.name.endsWith('.map')) yield full;
  }
}
let count = 0;
for (const map of maps(path.join(root, 'dist'))) {
  for (const source of JSON.parse(fs.readFileSync(map, 'utf8')).sources) {
    const file = path.resolve(path.dirname(map), source);
    assert.ok(fs.existsSync(file), `${path.relative(root, map)} names ${source}, which is not in the package`);
    count += 1;
  }
}
console.log(`stack-trace.cjs: ok (${frames.length} frames in the package, ${count} mapped sources present)`);
