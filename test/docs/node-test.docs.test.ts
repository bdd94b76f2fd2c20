// The node:test blocks of the README and docs/ (```js runner=node-test), run by node's own test
// runner exactly as written: each page's blocks as one file, compiled to CommonJS as Jest's are,
// against the sources (node-test-preload.cjs maps the package's names to src/).
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, docPages, programOf } from './doc-blocks';
import { toCommonJs } from './run-doc-page';

const pages = docPages().filter((page) => programOf(page, 'node-test').blocks.length > 0);
const WORK = path.join(ROOT, '.tmp', 'docs-node-test');

describe('the node:test blocks', () => {
  it('are there (this test file has something to run)', () => {
    expect(pages).toContain('docs/toolkit.md');
  });

  it.each(pages)('of %s pass under node --test', async (page) => {
    const outputText = toCommonJs(programOf(page, 'node-test').text, `${page}.node-test.ts`);
    fs.mkdirSync(WORK, { recursive: true });
    const file = path.join(WORK, `${page.replace(/[/.]/g, '-')}.test.cjs`);
    fs.writeFileSync(file, outputText);
    const env = { ...process.env, NODE_OPTIONS: '' };
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', path.join(__dirname, 'node-test-preload.cjs'), '--test', '--test-reporter=tap', file], {
      cwd: ROOT,
      env,
      timeout: 60_000,
    }).catch((error: unknown) => {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`node --test failed for ${page}:\n${stdout}\n${stderr}`);
    });
    expect(stdout).toMatch(/^# fail 0$/m);
    expect(stdout).not.toMatch(/^# pass 0$/m);
  });
});
