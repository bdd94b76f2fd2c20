// Every ts and js block of the README and docs/ compiles, as written, under `strict`, with the
// blocks before it on the same page (doc-blocks.ts says how a page's blocks are read).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { CLI_FROM_SOURCE } from '../support/cli';
import type { Runner } from './doc-blocks';
import { ROOT, blocksOf, docPages, programFile, programOf, runnerOf } from './doc-blocks';

const pages = docPages();

function compilerOptions(): ts.CompilerOptions {
  const { paths } = (JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: { paths: ts.MapLike<string[]> } }).compilerOptions;
  // What a user's tsconfig.json says (TypeScript's `tsc --init` defaults), plus where the package is.
  return {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    esModuleInterop: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    types: ['node', 'jest'],
    paths: Object.fromEntries(Object.entries(paths).map(([name, targets]) => [name, targets.map((target) => path.join(ROOT, target))])),
  };
}

describe('the code blocks of the README and docs/', () => {
  it('compile, as written, with the blocks before them on their page', () => {
    const programs = new Map<string, string>();
    for (const page of pages) {
      for (const runner of ['jest', 'vitest', 'node-test'] as Runner[]) {
        const { text, blocks } = programOf(page, runner);
        if (blocks.length > 0) programs.set(programFile(page, runner), text);
      }
    }
    expect(programs.size).toBeGreaterThan(0);
    const options = compilerOptions();
    const host = ts.createCompilerHost(options);
    const { fileExists, readFile, getSourceFile } = host;
    host.fileExists = (file) => programs.has(file) || fileExists.call(host, file);
    host.readFile = (file) => programs.get(file) ?? readFile.call(host, file);
    host.getSourceFile = (file, language, ...rest) => {
      const text = programs.get(file);
      return text === undefined ? getSourceFile.call(host, file, language, ...rest) : ts.createSourceFile(file, text, language, true);
    };
    const program = ts.createProgram([...programs.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && programs.has(d.file.fileName))
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        const page = path.relative(ROOT, d.file!.fileName).replace(/\.(jest|vitest|node-test)\.m?[jt]s$/, '');
        return `${page}:${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  });

  it.each(pages.filter((page) => blocksOf(page).some((block) => runnerOf(block) === 'jest')))('%s is run by its own test file', (page) => {
    const runnerFile = path.join(ROOT, 'test', 'docs', `${path.basename(page, '.md').toLowerCase()}.docs.test.ts`);
    expect(fs.existsSync(runnerFile) ? fs.readFileSync(runnerFile, 'utf8') : `missing: ${runnerFile}`).toContain(`runDocPage('${page}')`);
  });

  it.each(pages.flatMap((page) => blocksOf(page).filter((block) => block.meta.has('file'))).map((block) => [`${block.page}:${block.line}`, block] as const))(
    '%s is an excerpt of the tested file it names',
    (_, block) => {
      const file = path.join(ROOT, block.meta.get('file')!);
      expect(fs.readFileSync(file, 'utf8')).toContain(block.code);
    },
  );

  it.each(pages.flatMap((page) => blocksOf(page).filter((block) => block.lang === 'json')).map((block) => [`${block.page}:${block.line}`, block] as const))(
    '%s is JSON',
    (_, block) => {
      expect(() => JSON.parse(block.code) as unknown).not.toThrow();
    },
  );

  it.each(pages.flatMap((page) => blocksOf(page).filter((block) => ['python', 'go'].includes(block.lang))).map((block) => [`${block.page}:${block.line}`, block] as const))(
    '%s (another language) names the tested file it is taken from',
    (_, block) => {
      expect(block.meta.get('file')).toEqual(expect.any(String));
    },
  );
});

describe('the command lines of the README and docs/', () => {
  it('use only flags that `sagemaker-image-mock --help` lists', () => {
    const help = execFileSync(CLI_FROM_SOURCE[0]!, [...CLI_FROM_SOURCE.slice(1), '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
    const used = pages.flatMap((page) =>
      blocksOf(page)
        .filter((block) => block.lang === 'sh')
        .flatMap((block) => block.code.split('\n').filter((line) => /sagemaker-image-mock (serve|--help)/.test(line)))
        .flatMap((line) => [...line.slice(line.indexOf('sagemaker-image-mock ')).matchAll(/(?<=\s|\[)--[a-z][a-z-]*/g)].map(([flag]) => ({ page, flag }))),
    );
    expect(used.length).toBeGreaterThan(3);
    const listed = new Set(help.split('\n').flatMap((line) => [...line.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/g)].map((match) => match[1])));
    expect(used.filter(({ flag }) => !listed.has(flag)).map(({ page, flag }) => `${page}: ${flag}`)).toEqual([]);
  });
});
