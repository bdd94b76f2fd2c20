#!/usr/bin/env node
'use strict';
// Writes the ESM entry as a thin wrapper around the CommonJS build, so that `import` and `require`
// share one copy of the library (one ImageStore class, one set of SDK error classes): no dual
// package hazard. Run after `tsc -p tsconfig.build.json`.

const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'dist');
const names = Object.keys(require(path.join(DIST, 'index.js'))).filter((name) => name !== '__esModule').sort();
if (names.length === 0) throw new Error('build-esm: dist/index.js exports nothing');

fs.writeFileSync(
  path.join(DIST, 'index.mjs'),
  `import library from './index.js';\n\nexport const { ${names.join(', ')} } = library;\n`,
);
fs.writeFileSync(path.join(DIST, 'index.d.mts'), "export * from './index.js';\n");
