// Runs a page's Jest blocks (see doc-blocks.ts) as the body of the test file that calls it: its
// imports, hooks and tests register there, exactly as if the user had pasted them into that file.
import * as path from 'node:path';
import * as ts from 'typescript';
import { ROOT, programOf } from './doc-blocks';

/** A page's program as CommonJS, as ts-jest compiles a test file: imports become requires, types go. */
export function toCommonJs(text: string, fileName: string): string {
  return ts.transpileModule(text, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
}

export function runDocPage(page: string): void {
  const { text, blocks } = programOf(page, 'jest');
  if (blocks.length === 0) throw new Error(`${page} has no ts or js block to run`);
  const fileName = path.join(ROOT, page);
  const outputText = toCommonJs(text, `${fileName}.ts`);
  // A relative import reads as on the page: from the page's folder.
  const pageRequire = (spec: string): unknown =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(spec.startsWith('.') ? path.resolve(path.dirname(fileName), spec) : spec);
  const exports = {};
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const body = new Function('require', 'module', 'exports', 'jest', '__filename', '__dirname', `${outputText}\n//# sourceURL=${fileName}`) as (...args: unknown[]) => void;
  body(pageRequire, { exports }, exports, jest, fileName, path.dirname(fileName));
}
