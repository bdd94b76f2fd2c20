// Jest's globalSetup: the CLI's sources transpiled once per run (TypeScript's transpileModule, as
// ts-node's transpile-only hook does, file by file), so that each test that spawns the CLI starts
// plain JavaScript in a fifth of a second instead of compiling under ts-node for two.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CLI_BUILD, ROOT } from './cli-build';

const SRC = path.join(ROOT, 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

export default function transpileCli(): void {
  fs.rmSync(path.dirname(CLI_BUILD), { recursive: true, force: true });
  // What the code finds beside src/ in the package: the conformance scenarios and transcripts, package.json.
  fs.mkdirSync(CLI_BUILD, { recursive: true });
  for (const name of ['conformance', 'package.json']) fs.symlinkSync(path.join(ROOT, name), path.join(path.dirname(CLI_BUILD), name));
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, isolatedModules: true, inlineSourceMap: true };
  for (const file of sources(SRC)) {
    const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions, fileName: file });
    const out = path.join(CLI_BUILD, path.relative(SRC, file)).replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, outputText);
  }
}
