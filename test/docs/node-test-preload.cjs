// Preloaded (node -r) by node-test.docs.test.ts: lets node:test run a page's blocks against the
// sources, as Jest does: TypeScript compiled on require, and the package's names mapped to src/.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
require('ts-node').register({ project: path.join(ROOT, 'tsconfig.json'), transpileOnly: true });
const ENTRIES = {
  'sagemaker-image-mock': 'src/index.ts',
  'sagemaker-image-mock/server': 'src/doors/http-server/index.ts',
  'sagemaker-image-mock/arbitraries': 'src/testing/arbitraries/index.ts',
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request in ENTRIES ? path.join(ROOT, ENTRIES[request]) : resolve.call(this, request, ...rest);
};
