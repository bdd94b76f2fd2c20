// The code blocks of the README and docs/ pages, as the tests that keep them true read them.
//
// A page's fenced blocks are read in order. The info string says what a block is:
// - ```ts or ```js: code a user pastes into a Jest test file. All such blocks of a page, in page
//   order, make one test file: a block may rely on what an earlier block of the same page defines
//   (and the page says so). `npm test` type-checks that file under `strict` and runs it, as written.
// - ```ts runner=vitest, ```js runner=node-test: the same for Vitest and node:test; a page's blocks
//   of one runner make one program, apart from the Jest one. Type-checked by `npm test`, run by
//   `npm test` (node:test) and by `npm run check:package` in a fresh project (both).
// - ```python file=PATH, ```go file=PATH: an excerpt of a file that a test runs (PATH from the
//   repository's root); the excerpt must appear in it verbatim.
// - ```json: must parse.
// - ```sh, ```text and anything else: shell sessions and output, read by people only.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Every page a user reads: the README, CONTRIBUTING and the docs/ pages (decision records hold no code). */
export function docPages(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs.sort()];
}

export type Runner = 'jest' | 'vitest' | 'node-test';

export interface DocBlock {
  readonly page: string;
  /** 1-based line of the block's first code line in the page. */
  readonly line: number;
  readonly lang: string;
  readonly meta: ReadonlyMap<string, string>;
  readonly code: string;
}

const FENCE = /^```(\S*)(.*)$/;
const RUNNABLE = new Set(['ts', 'js']);
const RUNNERS: readonly Runner[] = ['jest', 'vitest', 'node-test'];

export function blocksOf(page: string): DocBlock[] {
  const lines = fs.readFileSync(path.join(ROOT, page), 'utf8').split('\n');
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE.exec(lines[i]!);
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end += 1;
    if (end === lines.length) throw new Error(`${page}:${i + 1}: a code block is never closed`);
    const meta = new Map<string, string>();
    for (const word of open[2]!.trim().split(/\s+/).filter(Boolean)) {
      const [key, value = ''] = word.split('=');
      meta.set(key!, value);
    }
    blocks.push({ page, line: start + 1, lang: open[1]!, meta, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

export function runnerOf(block: DocBlock): Runner | undefined {
  if (!RUNNABLE.has(block.lang)) return undefined;
  const runner = (block.meta.get('runner') ?? 'jest') as Runner;
  if (!RUNNERS.includes(runner)) throw new Error(`${block.page}:${block.line}: unknown runner=${runner} (known: ${RUNNERS.join(', ')})`);
  return runner;
}

/**
 * One runner's blocks of a page as one source text, each block at its own line of the page (the
 * lines between blocks are blank), so that a compiler's line numbers are the page's.
 */
export function programOf(page: string, runner: Runner): { text: string; blocks: DocBlock[] } {
  const blocks = blocksOf(page).filter((block) => runnerOf(block) === runner);
  const lines: string[] = [];
  for (const block of blocks) {
    while (lines.length < block.line - 1) lines.push('');
    lines.push(...block.code.split('\n'));
  }
  return { text: `${lines.join('\n')}\n`, blocks };
}

/** Where a runner's program is put for the compiler: beside its page, so relative imports read as on the page. */
export function programFile(page: string, runner: Runner): string {
  const extension = runner === 'jest' ? 'ts' : runner === 'vitest' ? 'mts' : 'mjs';
  return path.join(ROOT, `${page}.${runner}.${extension}`);
}
