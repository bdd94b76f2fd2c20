// SPEC §17: every public export of every entry has an `@example` in its doc comment (the API
// reference that `npm run docs` builds shows it), and every example compiles as written: each
// ```ts block is its own ES module, checked in strict mode against the entries by their public
// names, as a consumer's test file would be.
import * as path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

/** The package's entries (package.json `exports`), by the name a consumer imports. */
const ENTRIES: Readonly<Record<string, string>> = {
  'sagemaker-image-mock': 'src/index.ts',
  'sagemaker-image-mock/server': 'src/doors/http-server/index.ts',
  'sagemaker-image-mock/arbitraries': 'src/testing/arbitraries/index.ts',
  'sagemaker-image-mock/jest': 'src/testing/jest.ts',
  'sagemaker-image-mock/vitest': 'src/testing/vitest.mts',
};

interface PublicExport {
  readonly entry: string;
  readonly name: string;
  /** The ```ts blocks of its `@example` tags; undefined when it has no `@example` at all. */
  readonly examples: readonly Example[] | undefined;
}

interface Example {
  readonly code: string;
  /** Where the doc comment is, for the failure message. */
  readonly at: string;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (parsed === undefined || parsed.errors.length > 0) throw new Error(`cannot read ${configPath}`);
  // The examples are a consumer's code: strict, and no import or variable left unused.
  return { ...parsed.options, strict: true, noUnusedLocals: true, noEmit: true };
}

/** A doc comment's text without its `/**`, `*` margins and `*\/`. */
function commentText(doc: ts.JSDoc): string {
  return doc
    .getText()
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
}

/** The ```ts blocks under the comment's `@example` tags, or undefined when it has none. */
function examplesOf(doc: ts.JSDoc, at: string): Example[] | undefined {
  let tag: string | undefined;
  let fence: string[] | undefined;
  let found = false;
  const examples: Example[] = [];
  for (const line of commentText(doc).split('\n')) {
    if (fence !== undefined) {
      if (line.trim() === '```') {
        if (tag === '@example') examples.push({ code: fence.join('\n'), at });
        fence = undefined;
      } else {
        fence.push(line);
      }
      continue;
    }
    if (/^```(ts|typescript)\s*$/.test(line.trim())) fence = [];
    const tagName = /^(@\w+)/.exec(line.trim())?.[1];
    if (tagName !== undefined) tag = tagName;
    if (tagName === '@example') found = true;
  }
  return found ? examples : undefined;
}

function publicExports(program: ts.Program): PublicExport[] {
  const checker = program.getTypeChecker();
  const found: PublicExport[] = [];
  for (const [entry, file] of Object.entries(ENTRIES)) {
    const source = program.getSourceFile(path.join(ROOT, file));
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`${entry}: ${file} is not a module of the program`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      let examples: Example[] | undefined;
      for (const declaration of symbol.declarations ?? []) {
        const at = `${path.relative(ROOT, declaration.getSourceFile().fileName)}:${declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart()).line + 1}`;
        for (const doc of ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc)) {
          const own = examplesOf(doc, at);
          if (own !== undefined) examples = [...(examples ?? []), ...own];
        }
      }
      found.push({ entry, name: exported.name, examples });
    }
  }
  return found;
}

const options = compilerOptions();
const entryProgram = ts.createProgram(
  Object.values(ENTRIES).map((file) => path.join(ROOT, file)),
  options,
);
const publicSurface = publicExports(entryProgram);

describe('the public exports', () => {
  test('the walk finds every entry and its exports', () => {
    for (const entry of Object.keys(ENTRIES)) expect(publicSurface.filter((e) => e.entry === entry).length).toBeGreaterThan(0);
    expect(publicSurface.map((e) => `${e.entry}:${e.name}`)).toEqual(
      expect.arrayContaining(['sagemaker-image-mock:mockSageMakerImages', 'sagemaker-image-mock/server:startServer', 'sagemaker-image-mock/arbitraries:imageSeed']),
    );
  });

  test('each has a doc comment with an @example holding a ```ts block', () => {
    const missing = publicSurface.filter((e) => e.examples === undefined || e.examples.length === 0).map((e) => `${e.entry}: ${e.name}`);
    expect(missing).toEqual([]);
  });

  test('every example imports the package by its public names and compiles in strict mode', () => {
    // One module per example, unique by where it is documented: CommonJS (`.ts`, as this package
    // and its type tests are), or ESM (`.mts`) where it imports Vitest, which is ESM only.
    const examples = new Map<string, { code: string; label: string }>();
    for (const e of publicSurface) {
      for (const [i, example] of (e.examples ?? []).entries()) {
        const key = `${example.at}#${i}`;
        if (examples.has(key)) continue;
        examples.set(key, { code: example.code, label: `${e.entry} ${e.name} (${example.at}, example ${i + 1})` });
      }
    }
    const files = new Map<string, { code: string; label: string }>();
    [...examples.values()].forEach((example, i) => {
      const extension = /from '(sagemaker-image-mock\/)?vitest'|import '(sagemaker-image-mock\/)?vitest'/.test(example.code) ? 'mts' : 'ts';
      files.set(path.join(ROOT, 'test/types/.examples', `example-${i}.${extension}`), example);
    });

    const problems: string[] = [];
    for (const { code, label } of files.values()) {
      for (const match of code.matchAll(/from\s+'([^']+)'|import\s+'([^']+)'/g)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (/^(\.|\/|src\/)/.test(specifier)) problems.push(`${label}: imports '${specifier}', not a public name`);
      }
    }

    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const example = files.get(path.resolve(fileName));
      return example === undefined ? getSourceFile(fileName, languageVersion, ...rest) : ts.createSourceFile(fileName, example.code, languageVersion, true);
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => files.has(path.resolve(fileName)) || fileExists(fileName);
    const program = ts.createProgram([...files.keys()], options, host, entryProgram);
    for (const [fileName, { label }] of files) {
      const source = program.getSourceFile(fileName)!;
      for (const diagnostic of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
        problems.push(`${label}, line ${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
      }
    }
    expect(problems).toEqual([]);
    expect(files.size).toBeGreaterThan(0);
  });
});
