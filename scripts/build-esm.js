#!/usr/bin/env node
'use strict';
// Writes the ESM face of the package. Run after `tsc -p tsconfig.build.json`.
//
// Code: each entry's `.mjs` is a thin wrapper around the CommonJS build, so that `import` and
// `require` share one copy of the library (one ImageStore class, one set of SDK error classes): no
// dual package hazard.
//
// Types: every `.d.ts` gets a `.d.mts` twin whose relative specifiers name `.mjs` files (`./x` ->
// `./x.mjs`, `./dir` -> `./dir/index.mjs`, both found as `.d.mts` by TypeScript), so an ES module's
// types are ES modules all the way down and their own imports resolve as the user's do: `import fc
// from 'fast-check'` gets fast-check's ESM typings, which the user's `fc.property(...)` accepts
// (its CommonJS typings declare the same classes again, and TypeScript keeps them apart). The
// entries' twins share the same twin files, so ImageStore is one type across `.` and `./server`
// in ESM as in CommonJS. Each twin gets its own declaration map, with the columns after a
// lengthened specifier shifted to match, so go-to-definition still lands in the shipped src/.

const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const DIST = path.resolve(__dirname, '..', 'dist');
const ENTRIES = ['index', 'doors/http-server/index', 'testing/jest', 'testing/arbitraries/index'];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

for (const entry of ENTRIES) {
  const names = Object.keys(require(path.join(DIST, `${entry}.js`))).filter((name) => name !== '__esModule').sort();
  if (names.length === 0) throw new Error(`build-esm: dist/${entry}.js exports nothing`);
  fs.writeFileSync(path.join(DIST, `${entry}.mjs`), `import library from './${path.basename(entry)}.js';\n\nexport const { ${names.join(', ')} } = library;\n`);
}

for (const file of fs.readdirSync(DIST, { recursive: true })) {
  if (file.endsWith('.d.ts')) writeEsmTwin(path.join(DIST, file));
}

function writeEsmTwin(file) {
  const text = fs.readFileSync(file, 'utf8');
  const edits = ts.preProcessFile(text, true, true).importedFiles
    .map(({ fileName, pos }) => ({ at: text.indexOf(fileName, pos), from: fileName, to: esmSpecifier(file, fileName) }))
    .filter((edit) => edit.to !== undefined)
    .sort((a, b) => a.at - b.at);
  let twin = '';
  let done = 0;
  const moves = new Map(); // generated line -> [{ after: column where the old specifier ended, by }]
  for (const { at, from, to } of edits) {
    twin += text.slice(done, at) + to;
    done = at + from.length;
    const line = text.slice(0, at).split('\n').length - 1;
    const column = at - (text.lastIndexOf('\n', at - 1) + 1);
    moves.set(line, [...(moves.get(line) ?? []), { after: column + from.length, by: to.length - from.length }]);
  }
  const base = path.basename(file, '.d.ts');
  twin = (twin + text.slice(done)).replace(`//# sourceMappingURL=${base}.d.ts.map`, `//# sourceMappingURL=${base}.d.mts.map`);
  fs.writeFileSync(file.replace(/\.d\.ts$/, '.d.mts'), twin);

  if (!fs.existsSync(`${file}.map`)) return;
  const map = JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'));
  fs.writeFileSync(file.replace(/\.d\.ts$/, '.d.mts.map'), JSON.stringify({ ...map, file: `${base}.d.mts`, mappings: moveColumns(map.mappings, moves) }));
}

// `./x` -> `./x.mjs`, `./dir` -> `./dir/index.mjs`; package names stay.
function esmSpecifier(file, specifier) {
  if (!/^\.\.?\//.test(specifier)) return undefined;
  const bare = specifier.replace(/\.js$/, '');
  const target = path.resolve(path.dirname(file), bare);
  if (fs.existsSync(`${target}.d.ts`)) return `${bare}.mjs`;
  if (fs.existsSync(path.join(target, 'index.d.ts'))) return `${bare}/index.mjs`;
  throw new Error(`build-esm: ${path.relative(DIST, file)} imports '${specifier}', which has no declarations`);
}

// Source map `mappings`: lines split by ';', segments by ','; a segment's first field is its
// generated column, relative to the segment before it on the line (base64 VLQ). Only that field moves.
function moveColumns(mappings, moves) {
  return mappings
    .split(';')
    .map((line, index) => {
      if (!moves.has(index) || line === '') return line;
      let column = 0;
      let movedBefore = 0;
      return line
        .split(',')
        .map((segment) => {
          const [delta, ...rest] = vlqDecode(segment);
          column += delta;
          const moved = column + moves.get(index).reduce((sum, move) => sum + (column >= move.after ? move.by : 0), 0);
          const encoded = vlqEncode([moved - movedBefore, ...rest]);
          movedBefore = moved;
          return encoded;
        })
        .join(',');
    })
    .join(';');
}

function vlqDecode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function vlqEncode(values) {
  return values
    .map((value) => {
      let rest = value < 0 ? (-value << 1) | 1 : value << 1;
      let encoded = '';
      do {
        const digit = rest & 31;
        rest >>>= 5;
        encoded += BASE64[rest > 0 ? digit | 32 : digit];
      } while (rest > 0);
      return encoded;
    })
    .join('');
}
