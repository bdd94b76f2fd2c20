#!/usr/bin/env node
'use strict';
// The low ends of the declared peer ranges are promises, so they are installed and used: packs the
// package, installs the tarball into a fresh project in the system's temp folder (outside this
// repository, so nothing resolves to its node_modules) with EXACTLY the lowest
// `@aws-sdk/client-sagemaker` and `aws-sdk-client-mock` that package.json's peerDependencies allow,
// and runs there: a check that the SDK exports every class the package uses, the README's quick
// start as written (under Jest) and examples/quick-start.mjs (npm run example) with plain node, a
// door-2 smoke test (a real SageMakerClient over createRequestHandler: paginator, error path, a
// throttled call retried, a canned answer, an injected 500, the journal), a door-1 smoke test (mockSageMakerImages: ListAliases,
// UpdateImageVersion, CreateAppImageConfig), and a strict TypeScript check of a consumer of both
// doors. TypeScript, @types/node and Jest are the versions of package-lock.json; nothing else is added.
//
// Types: with the lowest SDK the check runs with skipLibCheck: true (the default of `tsc --init`):
// aws-sdk-client-mock 4's declarations import `@smithy/types`, which only later SDKs bring, and even
// with it installed its AwsStub does not accept the pre-smithy SDK's client types (`mock.stub` comes
// out as never). The package's own declarations name SDK members newer than 3.322.0 only through
// MemberOf (src/glossary.ts). With skipLibCheck: false the check runs against TYPES_COMPLETE_SDK.

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SDK = '@aws-sdk/client-sagemaker';
const CLIENT_MOCK = 'aws-sdk-client-mock';
// An SDK with which every declaration type-checks, aws-sdk-client-mock 4.0.0's included (tested
// here; some earlier smithy-based SDKs may do too).
const TYPES_COMPLETE_SDK = '3.659.0';
const MINUTE = 60_000;
const started = Date.now();
const env = { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', NO_UPDATE_NOTIFIER: '1' };

class CheckError extends Error {}
const fail = (message) => {
  throw new CheckError(message);
};
const run = (cmd, args, cwd, timeout = 2 * MINUTE, extraEnv = {}) => {
  try {
    return execFileSync(cmd, args, { cwd, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout, killSignal: 'SIGKILL' });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    const why = error.signal === 'SIGKILL' ? `timed out after ${timeout / 1000} s` : `exit code ${error.status}`;
    return fail(`\`${cmd} ${args.join(' ')}\` in ${cwd}: ${why}${output === '' ? '' : `\n${output}`}`);
  }
};

// The lowest version a peer range allows; only the form `^X.Y.Z` is read, so a range this script
// cannot read fails it rather than being tested at a guessed version.
const packageJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lowest = (name) => {
  const range = packageJson.peerDependencies?.[name];
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range ?? '');
  if (match === null) fail(`package.json's peerDependencies["${name}"] is ${JSON.stringify(range)}; check-peers reads only "^X.Y.Z"`);
  return match[1];
};
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
const pinned = (name) => `${name}@${lock.packages[`node_modules/${name}`].version}`;

// The README's quick start: the first `ts` block under the heading "## Quick start".
const quickStartBlock = () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const heading = readme.search(/^## Quick start/m);
  if (heading < 0) fail('README.md has no "## Quick start" heading');
  const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(heading));
  if (block === null) fail('README.md\'s "## Quick start" section has no ```ts block');
  return block[1];
};

const exportsCheck = `'use strict';
// Every value the package takes from the SDK (the command classes of door 1, the error classes)
// is exported by the installed SDK.
const fs = require('node:fs');
const path = require('node:path');
const sdk = require('${SDK}');
const dist = path.join(path.dirname(require.resolve('sagemaker-image-mock/package.json')), 'dist');
const used = new Set();
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.js')) for (const m of fs.readFileSync(file, 'utf8').matchAll(/client_sagemaker_\\d+\\.([A-Za-z_]\\w*)/g)) used.add(m[1]);
  }
};
walk(dist);
const missing = [...used].filter((name) => typeof sdk[name] !== 'function').sort();
if (used.size < 24) throw new Error('found only ' + used.size + ' SDK names in the package: the pattern no longer matches its build');
if (missing.length > 0) throw new Error('the installed SDK does not export ' + missing.join(', '));
console.log(used.size + ' SDK classes used by the package, all exported: ' + [...used].sort().join(' '));
`;

const door2 = `// Door 2 with the lowest SDK: the whole SDK pipeline over createRequestHandler.
import assert from 'node:assert/strict';
import { CreateUserProfileCommand, DescribeImageCommand, ListImagesCommand, paginateListImages, ResourceNotFound, SageMakerClient } from '${SDK}';
import { ImageStore, createRequestHandler, expectReceived } from 'sagemaker-image-mock';

const store = new ImageStore();
store.seed(
  { ImageName: 'pytorch-cpu', CreationTime: new Date('2024-01-10T00:00:00Z') },
  { ImageName: 'pytorch-gpu', CreationTime: new Date('2024-02-20T00:00:00Z') },
  { ImageName: 'tensorflow', CreationTime: new Date('2024-03-30T00:00:00Z') },
);
const client = new SageMakerClient({
  region: 'us-east-1',
  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  requestHandler: createRequestHandler(store),
});

const names = [];
let pages = 0;
for await (const page of paginateListImages({ client, pageSize: 2 }, { SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' })) {
  pages += 1;
  names.push(...page.Images.map((image) => image.ImageName));
}
assert.deepEqual(names, ['pytorch-cpu', 'pytorch-gpu', 'tensorflow']);
assert.equal(pages, 2, 'paginateListImages followed NextToken to a second page');

const described = await client.send(new DescribeImageCommand({ ImageName: 'pytorch-gpu' }));
assert.equal(described.ImageArn, 'arn:aws:sagemaker:us-east-1:123456789012:image/pytorch-gpu');
assert.ok(described.CreationTime instanceof Date, 'the SDK parsed CreationTime into a Date');

const error = await client.send(new DescribeImageCommand({ ImageName: 'missing' })).then(
  () => assert.fail('DescribeImage of a missing image succeeded'),
  (e) => e,
);
assert.ok(error instanceof ResourceNotFound, 'expected the SDK\\'s ResourceNotFound, got ' + error?.name + ': ' + error?.message);
assert.equal(error.$metadata.httpStatusCode, 400);
assert.match(error.message, /image\\/missing does not exist/);
const invalid = await client.send(new ListImagesCommand({ MaxResults: 500 })).catch((e) => e);
assert.equal(invalid.name, 'ValidationException');

store.throttleNext(2);
const retried = await client.send(new ListImagesCommand({ NameContains: 'tensor' }));
assert.deepEqual(retried.Images.map((image) => image.ImageName), ['tensorflow']);
assert.equal(retried.$metadata.attempts, 3, 'the SDK retried the two throttled attempts');

// What the shared-server features add: a canned answer for an operation the mock does not
// implement, an injected 500 retried, and the journal read by expectReceived.
store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: 'arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana' } });
const profile = await client.send(new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' }));
assert.match(profile.UserProfileArn, /user-profile.d-1.ana$/);
store.errorNext({ code: 'InternalFailure', operation: 'DescribeImage' });
assert.equal((await client.send(new DescribeImageCommand({ ImageName: 'tensorflow' }))).$metadata.attempts, 2, 'the SDK retried the injected 500');
assert.equal(expectReceived(store, DescribeImageCommand, { input: { ImageName: 'tensorflow' }, times: 2 })[0].status, 500);
console.log('paginateListImages over 2 pages, DescribeImage, ResourceNotFound (instanceof), ValidationException, 2 throttled attempts retried ($metadata.attempts 3), a stubbed CreateUserProfile, an injected 500 retried, expectReceived');
`;

const door1 = `'use strict';
// Door 1 with the lowest SDK and aws-sdk-client-mock: the commands that shipped late, and a Studio one.
const assert = require('node:assert/strict');
const {
  CreateAppImageConfigCommand, CreateImageCommand, CreateImageVersionCommand, DescribeAppImageConfigCommand,
  DescribeImageVersionCommand, ListAliasesCommand, ListImagesCommand, ResourceNotFound, SageMakerClient, UpdateImageVersionCommand,
} = require('${SDK}');
const { mockSageMakerImages } = require('sagemaker-image-mock');

(async () => {
  const mock = mockSageMakerImages(SageMakerClient);
  try {
    const client = new SageMakerClient({ region: 'us-east-1' });
    await client.send(new CreateImageCommand({ ImageName: 'team-image', RoleArn: 'arn:aws:iam::123456789012:role/SageMaker' }));
    const { ImageVersionArn } = await client.send(new CreateImageVersionCommand({
      ImageName: 'team-image', BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team:1', Aliases: ['latest'],
    }));
    assert.match(ImageVersionArn, /image-version\\/team-image\\/1$/);
    await client.send(new UpdateImageVersionCommand({ ImageName: 'team-image', Version: 1, AliasesToAdd: ['stable'], JobType: 'TRAINING' }));
    const { SageMakerImageVersionAliases } = await client.send(new ListAliasesCommand({ ImageName: 'team-image', Version: 1 }));
    assert.deepEqual([...SageMakerImageVersionAliases].sort(), ['latest', 'stable']);
    const version = await client.send(new DescribeImageVersionCommand({ ImageName: 'team-image', Alias: 'stable' }));
    assert.equal(version.Version, 1);
    assert.equal(version.JobType, 'TRAINING');
    const { Images } = await client.send(new ListImagesCommand({}));
    assert.deepEqual(Images.map((image) => image.ImageName), ['team-image']);
    await client.send(new CreateAppImageConfigCommand({
      AppImageConfigName: 'team-kernel', KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] },
    }));
    const config = await client.send(new DescribeAppImageConfigCommand({ AppImageConfigName: 'team-kernel' }));
    assert.equal(config.KernelGatewayImageConfig.KernelSpecs[0].Name, 'python3');
    const missing = await client.send(new ListAliasesCommand({ ImageName: 'gone' })).catch((e) => e);
    assert.ok(missing instanceof ResourceNotFound, 'expected the SDK\\'s ResourceNotFound, got ' + missing?.name + ': ' + missing?.message);
    assert.equal(mock.stub.commandCalls(ListAliasesCommand).length, 2, "aws-sdk-client-mock's call history");
    console.log('CreateImage, CreateImageVersion, UpdateImageVersion, ListAliases, DescribeImageVersion, ListImages, CreateAppImageConfig, DescribeAppImageConfig, ResourceNotFound, commandCalls');
  } finally {
    mock.restore();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

const consumerTs = `// A strict TypeScript consumer of the main entry: door 1 and door 2, seeds, the SDK's own types.
import {
  CreateAppImageConfigCommand, DescribeImageCommand, ListAliasesCommand, ListImagesCommand, paginateListImages, ResourceNotFound,
  SageMakerClient, UpdateImageVersionCommand,
} from '${SDK}';
import type { DescribeImageResponse, ImageVersionStatus } from '${SDK}';
import { ImageStore, createRequestHandler, expectServiceError, mockSageMakerImages } from 'sagemaker-image-mock';
import type { ImageSeed, SageMakerImagesMock, StoreRequestHandler } from 'sagemaker-image-mock';

export async function door1(): Promise<string[]> {
  const mock: SageMakerImagesMock = mockSageMakerImages(SageMakerClient);
  const seeded: DescribeImageResponse[] = mock.seed({ ImageName: 'a', Versions: [{ BaseImage: 'r/a:1', Aliases: ['latest'] }] });
  const client = new SageMakerClient({ region: 'us-east-1' });
  await client.send(new UpdateImageVersionCommand({ ImageName: 'a', Alias: 'latest', AliasesToAdd: ['stable'] }));
  const { SageMakerImageVersionAliases } = await client.send(new ListAliasesCommand({ ImageName: 'a' }));
  await client.send(new CreateAppImageConfigCommand({ AppImageConfigName: 'k', KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] } }));
  const calls: number = mock.stub.commandCalls(ListAliasesCommand).length;
  mock.restore();
  return [...(SageMakerImageVersionAliases ?? []), String(calls), seeded[0]?.ImageName ?? ''];
}

export async function door2(): Promise<number | undefined> {
  const seed: ImageSeed = { ImageName: 'b' };
  const store = new ImageStore({ lifecycle: 'instant' });
  store.seed(seed);
  const requestHandler: StoreRequestHandler = createRequestHandler(store);
  const client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, requestHandler });
  const names: string[] = [];
  for await (const page of paginateListImages({ client, pageSize: 1 }, {})) names.push(...(page.Images ?? []).map((image) => image.ImageName ?? ''));
  await expectServiceError(client.send(new DescribeImageCommand({ ImageName: 'missing' })), 'ResourceNotFound');
  const status: ImageVersionStatus = 'CREATED';
  store.throttleNext(1);
  const page = await client.send(new ListImagesCommand({}));
  try {
    await client.send(new DescribeImageCommand({ ImageName: 'x' }));
  } catch (error) {
    if (error instanceof ResourceNotFound) return names.length + status.length;
  }
  return page.$metadata.attempts;
}
`;

const tsconfig = (skipLibCheck) =>
  JSON.stringify({
    compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, skipLibCheck, noEmit: true, types: ['node'] },
    files: ['consumer.ts'],
  });

const newProject = (dir, packages) => {
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: path.basename(dir), private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...packages], dir, 5 * MINUTE);
};
// Every copy of a package in a project's tree: exactly one, at the wanted version, or it fails.
const installedVersions = (dir, name) => {
  const versions = new Set();
  const walk = (node) => {
    for (const [dep, child] of Object.entries(node.dependencies ?? {})) {
      if (dep === name && child.version !== undefined) versions.add(child.version);
      walk(child);
    }
  };
  // npm ls exits 1 when nothing matches (and on a problem in the tree, which `npm install` reported); its JSON is read either way.
  let tree;
  try {
    tree = execFileSync('npm', ['ls', '--all', '--json', name], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8', timeout: MINUTE });
  } catch (error) {
    tree = error.stdout ?? '';
  }
  walk(JSON.parse(tree === '' ? '{}' : tree));
  return [...versions];
};
const expectOnly = (dir, name, version) => {
  const versions = installedVersions(dir, name);
  if (versions.length !== 1 || versions[0] !== version) fail(`${dir}: expected only ${name}@${version} installed, found ${versions.join(', ') || 'none'}`);
};

const main = () => {
  const sdk = lowest(SDK);
  const clientMock = lowest(CLIENT_MOCK);
  const tools = [pinned('typescript'), pinned('@types/node'), pinned('jest')];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'check-peers-'));
  let step = 'pack';
  try {
    const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT, 5 * MINUTE));
    const tarball = path.join(work, filename);

    step = `install ${filename} with ${SDK}@${sdk} and ${CLIENT_MOCK}@${clientMock}`;
    const dir = path.join(work, 'lowest');
    newProject(dir, [tarball, `${SDK}@${sdk}`, `${CLIENT_MOCK}@${clientMock}`, ...tools]);
    expectOnly(dir, SDK, sdk);
    expectOnly(dir, CLIENT_MOCK, clientMock);
    const smithyTypes = installedVersions(dir, '@smithy/types');
    console.log(
      `check-peers: ${filename} with ${SDK}@${sdk}, ${CLIENT_MOCK}@${clientMock} (the lowest of package.json's peer ranges), ` +
        `@smithy/types ${smithyTypes.join(', ') || 'absent'}, ${tools.join(', ')}, node ${process.version}`,
    );

    fs.writeFileSync(path.join(dir, 'exports.cjs'), exportsCheck);
    fs.copyFileSync(path.join(ROOT, 'examples', 'quick-start.mjs'), path.join(dir, 'quick-start.mjs'));
    const ts = require(path.join(dir, 'node_modules', 'typescript'));
    const quickStart = ts.transpileModule(quickStartBlock(), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    fs.writeFileSync(path.join(dir, 'readme-quick-start.test.js'), quickStart.outputText);
    fs.writeFileSync(path.join(dir, 'door2.mjs'), door2);
    fs.writeFileSync(path.join(dir, 'door1.cjs'), door1);
    fs.writeFileSync(path.join(dir, 'consumer.ts'), consumerTs);
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), tsconfig(true));
    const check = (what, cmd, args, cwd = dir, extraEnv = {}) => {
      step = what;
      const output = run(cmd, args, cwd, 2 * MINUTE, extraEnv).trimEnd();
      if (output !== '') console.log(output.replace(/^/gm, '  '));
      console.log(`check-peers: ${what}: ok`);
    };
    check(`the SDK exports every class the package uses (${SDK}@${sdk})`, 'node', ['exports.cjs']);
    check("the README's quick start as written, under Jest", 'npx', ['--no-install', 'jest', '--ci', '--rootDir', '.', '--testRegex', 'readme-quick-start\\.test\\.js$']);
    check('examples/quick-start.mjs (npm run example), plain node', 'node', ['quick-start.mjs']);
    check('door 2: a real SageMakerClient over createRequestHandler(store)', 'node', ['door2.mjs']);
    check('door 1: mockSageMakerImages(SageMakerClient)', 'node', ['door1.cjs']);
    check(
      `TypeScript, strict, node16, skipLibCheck: true, ${SDK}@${sdk} (${CLIENT_MOCK}'s declarations need a smithy-based SDK)`,
      'npx',
      ['--no-install', 'tsc', '-p', 'tsconfig.json'],
    );

    step = `install ${filename} with ${SDK}@${TYPES_COMPLETE_SDK}`;
    const complete = path.join(work, 'types-complete');
    newProject(complete, [tarball, `${SDK}@${TYPES_COMPLETE_SDK}`, `${CLIENT_MOCK}@${clientMock}`, pinned('typescript'), pinned('@types/node')]);
    expectOnly(complete, SDK, TYPES_COMPLETE_SDK);
    fs.writeFileSync(path.join(complete, 'consumer.ts'), consumerTs);
    fs.writeFileSync(path.join(complete, 'tsconfig.json'), tsconfig(false));
    check(`TypeScript, strict, node16, skipLibCheck: false, ${SDK}@${TYPES_COMPLETE_SDK} and ${CLIENT_MOCK}@${clientMock}`, 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json'], complete);
  } catch (error) {
    console.error(`check-peers: FAILED at: ${step}`);
    console.error(error instanceof CheckError ? error.message : error);
    console.error(`check-peers: the projects are kept in ${work}`);
    process.exit(1);
  }
  fs.rmSync(work, { recursive: true, force: true });
  console.log(
    `check-peers: the low ends of the peer ranges work: ${SDK}@${sdk} and ${CLIENT_MOCK}@${clientMock} ` +
      `(types without skipLibCheck from ${SDK}@${TYPES_COMPLETE_SDK}), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
};

try {
  main();
} catch (error) {
  console.error(`check-peers: FAILED: ${error instanceof CheckError ? error.message : error}`);
  process.exit(1);
}
