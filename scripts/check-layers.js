#!/usr/bin/env node
'use strict';
// Keeps the dependency direction of src/ one way (STYLE.md, "The shape of the house"):
//   errors, clock -> model -> pagination, validation -> query -> store -> operations
//   -> adapters, protocol -> server -> testing -> index.ts
// A file may import from its own folder or from a lower layer. Below the doors, '@aws-sdk/*' may
// only be imported as types, and sinon/aws-sdk-client-mock/node:http not at all.

const fs = require('node:fs');
const path = require('node:path');

const SRC = path.resolve(__dirname, '..', 'src');
const RANK = {
  errors: 0, clock: 0, model: 1, pagination: 2, validation: 2, query: 3, store: 4, operations: 5,
  protocol: 6, adapters: 7, server: 7, testing: 8, 'index.ts': 9,
};
const DOORS = RANK.adapters;
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function layerOf(file) {
  const top = path.relative(SRC, file).split(path.sep)[0];
  if (!(top in RANK)) throw new Error(`check-layers: ${top} has no layer; add it to RANK`);
  return top;
}

const problems = [];
for (const file of files(SRC)) {
  const own = layerOf(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const [, , typeOnly, spec] of text.matchAll(IMPORT)) {
    const where = `${path.relative(process.cwd(), file)} imports ${spec}`;
    if (spec.startsWith('.')) {
      const target = layerOf(path.resolve(path.dirname(file), spec) + '.ts');
      if (target !== own && RANK[target] >= RANK[own]) problems.push(`${where}: ${own} may not depend on ${target}`);
    } else if (RANK[own] < DOORS) {
      if (spec.startsWith('@aws-sdk/') && !typeOnly) problems.push(`${where}: below the doors only types may come from the SDK`);
      if (/^(sinon|aws-sdk-client-mock|node:http|node:net|http|net)$/.test(spec)) problems.push(`${where}: not allowed below the doors`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log('check-layers: dependencies point one way');
}
