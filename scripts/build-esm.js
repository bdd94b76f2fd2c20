#!/usr/bin/env node
'use strict';
// Writes each ESM entry as a thin wrapper around the CommonJS build, so that `import` and `require`
// share one copy of the library (one ImageStore class, one set of SDK error classes): no dual
// package hazard. Run after `tsc -p tsconfig.build.json`.

const fs = require('node:fs');
const path = require('node:path');

const DIST = path.resolve(__dirname, '..', 'dist');
const ENTRIES = ['index', 'doors/http-server/index', 'testing/jest', 'testing/arbitraries/index'];

for (const entry of ENTRIES) {
  const names = Object.keys(require(path.join(DIST, `${entry}.js`))).filter((name) => name !== '__esModule').sort();
  if (names.length === 0) throw new Error(`build-esm: dist/${entry}.js exports nothing`);
  const base = path.basename(entry);
  fs.writeFileSync(path.join(DIST, `${entry}.mjs`), `import library from './${base}.js';\n\nexport const { ${names.join(', ')} } = library;\n`);
  fs.writeFileSync(path.join(DIST, `${entry}.d.mts`), `export * from './${base}.js';\n`);
}
