#!/usr/bin/env node
'use strict';
// Keeps every message text of src/ in src/errors/ (CONTRIBUTING.md "Layout"): service errors in
// factories.ts, mistakes in a test's use of the library in usage-errors.ts, impossible states in
// invariant-errors.ts, damaged snapshots in snapshot-errors.ts, the HTTP server's problems in
// http-problems.ts. Outside src/errors/, `new Error(...)` (or TypeError, RangeError, ...) whose
// first argument is a written string or template is refused: call a factory from there instead.
// Wrapping a value (`new Error(String(reason))`) is not a text and passes.

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');


const INLINE_TEXT = /\bnew\s+(?:Type|Range|Syntax|Reference)?Error\(\s*['"`]/g;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.m?ts$/.test(entry.name) && !/\.test(-d)?\.m?ts$/.test(entry.name) ? [full] : [];
  });
}

/** The text without comments (kept the same length line by line, so that line numbers hold). */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const problems = [];
for (const file of files(SRC)) {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  if (relative.startsWith('src/errors/')) continue;
  const text = withoutComments(fs.readFileSync(file, 'utf8'));
  for (const match of text.matchAll(INLINE_TEXT)) {
    const line = text.slice(0, match.index).split('\n').length;
    problems.push(`${relative}:${line}: a message written inline; add a factory in src/errors/ and call it`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  console.log('check-messages: every message text of src/ is in src/errors/');
}
