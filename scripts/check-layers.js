#!/usr/bin/env node
'use strict';
// Keeps the dependencies of src/ pointing one way (CONTRIBUTING.md "Layout" draws the map):
//   errors -> clock, collections -> glossary, model -> pagination, validation -> query -> store -> operations
//   -> protocol -> doors (client-mock, request-handler, http-server) -> testing (matchers, arbitraries) -> index.ts
// A file may import from a lower layer, or within its own layer by the rules below. Every import
// counts: static, `export ... from`, `import type`, require() and dynamic import().
// - store/ has floors: state/ -> lookups.ts, views.ts, transitions.ts -> operations/, seed/, snapshot/ -> image-store.ts (its front
//   door). A file imports its own floor's folder or lower floors; an operation family never
//   imports another.
// - doors/: a door never imports another door.
// - No import cycles anywhere.
// Below the doors '@aws-sdk/*' may only be imported as types, and sinon, aws-sdk-client-mock and
// node:http/net not at all.

const fs = require('node:fs');
const path = require('node:path');

const SRC = path.resolve(__dirname, '..', 'src');
const RANK = {
  errors: 0, clock: 1, collections: 1, 'glossary.ts': 2, model: 2, pagination: 3, validation: 3, query: 4, store: 5, operations: 6,
  protocol: 7, doors: 8, testing: 9, 'index.ts': 10, 'cli.ts': 10,
};
const STORE_FLOORS = { state: 1, 'lookups.ts': 2, 'views.ts': 2, 'transitions.ts': 2, snapshot: 3, seed: 3, operations: 3, 'image-store.ts': 4 };
const IMPORTS = [
  /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.m?ts$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const parts = (file) => path.relative(SRC, file).split(path.sep);

function layerOf(file) {
  const top = parts(file)[0];
  if (!(top in RANK)) throw new Error(`check-layers: ${top} has no layer; add it to RANK`);
  return top;
}

function importsOf(text) {
  const found = [];
  for (const [i, pattern] of IMPORTS.entries()) {
    for (const match of text.matchAll(pattern)) found.push(i === 0 ? { spec: match[2], typeOnly: match[1] !== undefined } : { spec: match[1], typeOnly: false });
  }
  return found;
}

/** A problem with an import from `file` to `target`, both in src/, inside one layer; undefined if allowed. */
function withinLayer(file, target) {
  const [top, ...from] = parts(file);
  const [, ...to] = parts(target);
  if (top === 'store') {
    const floor = (rest) => STORE_FLOORS[rest[0]];
    if (floor(from) === undefined || floor(to) === undefined) return `store/${from.join('/')} or store/${to.join('/')} has no floor; add it to STORE_FLOORS`;
    if (floor(to) > floor(from)) return `store/${from[0]} (floor ${floor(from)}) may not depend on store/${to[0]} (floor ${floor(to)})`;
    if (from[0] === 'operations' && to[0] === 'operations') return 'an operation family may not import another; share through lookups.ts or state/';
    if (floor(to) === floor(from) && from[0] !== to[0]) return `store/${from[0]} and store/${to[0]} are one floor: neither may import the other`;
  }
  if (top === 'doors' && from[0] !== to[0]) return `door ${from[0]} may not import door ${to[0]}`;
  return undefined;
}

const problems = [];
const graph = new Map();
for (const file of files(SRC)) {
  const own = layerOf(file);
  const where = (spec) => `${path.relative(process.cwd(), file)} imports ${spec}`;
  const edges = [];
  for (const { spec, typeOnly } of importsOf(fs.readFileSync(file, 'utf8'))) {
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '')) + '.ts';
      if (!fs.existsSync(target)) {
        problems.push(`${where(spec)}: no such file`);
        continue;
      }
      edges.push(target);
      const layer = layerOf(target);
      if (layer !== own && RANK[layer] >= RANK[own]) problems.push(`${where(spec)}: ${own} may not depend on ${layer}`);
      if (layer === own) {
        const problem = withinLayer(file, target);
        if (problem !== undefined) problems.push(`${where(spec)}: ${problem}`);
      }
    } else if (RANK[own] < RANK.doors) {
      if (spec.startsWith('@aws-sdk/') && !typeOnly) problems.push(`${where(spec)}: below the doors only types may come from the SDK`);
      if (/^(sinon|aws-sdk-client-mock|node:http|node:net|http|net)$/.test(spec)) problems.push(`${where(spec)}: not allowed below the doors`);
    }
  }
  graph.set(file, edges);
}

// Cycles: a depth-first walk that meets a file still on its path.
const state = new Map();
function visit(file, trail) {
  if (state.get(file) === 'done') return;
  if (state.get(file) === 'open') {
    const cycle = [...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f));
    problems.push(`import cycle: ${cycle.join(' -> ')}`);
    return;
  }
  state.set(file, 'open');
  for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
  state.set(file, 'done');
}
for (const file of graph.keys()) visit(file, []);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log(`check-layers: ${graph.size} files, dependencies point one way, no cycles`);
}
