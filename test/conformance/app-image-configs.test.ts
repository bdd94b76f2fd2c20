import {
  AddTagsCommand,
  CreateAppImageConfigCommand,
  DeleteAppImageConfigCommand,
  DeleteTagsCommand,
  DescribeAppImageConfigCommand,
  ListAppImageConfigsCommand,
  ListTagsCommand,
  paginateListAppImageConfigs,
  UpdateAppImageConfigCommand,
} from '@aws-sdk/client-sagemaker';
import type { CreateAppImageConfigCommandInput, ListAppImageConfigsCommandInput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { createManualClock, expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { oneViolation } from '../support/errors';

const T0 = new Date('2024-01-01T00:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const configArnOf = (name: string, region = 'us-east-1') => `arn:aws:sagemaker:${region}:123456789012:app-image-config/${name}`;
const KG = { KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3' }], FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 } };
const JL = { ContainerConfig: { ContainerArguments: ['--port', '8888'], ContainerEntrypoint: ['/bin/start'], ContainerEnvironmentVariables: { MODE: 'lab' } } };
const CE = { ContainerConfig: { ContainerEntrypoint: ['/bin/code'] } };
const notFound = (name: string) => `AppImageConfig ${configArnOf(name)} does not exist.`;

/** A door on a store with a manual clock at T0; `create` makes a config at the clock's time. */
function useConfigs(factory: (typeof DOORS)[number], options: MockSageMakerImagesOptions = {}) {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock, ...options });
  const s = {} as {
    client: SageMakerClient;
    create(name: string, extra?: Partial<CreateAppImageConfigCommandInput>, region?: string): Promise<string | undefined>;
    list(input?: ListAppImageConfigsCommandInput): Promise<{ names: string[]; NextToken?: string | undefined }>;
  };
  beforeEach(() => {
    clock.set(T0);
    s.client = ctx.door.client();
  });
  s.create = async (name, extra = {}, region) =>
    (await ctx.door.client(region).send(new CreateAppImageConfigCommand({ AppImageConfigName: name, ...extra }))).AppImageConfigArn;
  s.list = async (input = {}) => {
    const out = await s.client.send(new ListAppImageConfigsCommand(input));
    return { names: (out.AppImageConfigs ?? []).map((c) => c.AppImageConfigName!), ...('NextToken' in out && { NextToken: out.NextToken }) };
  };
  return { clock, ctx, s };
}

describe.each(DOORS)('behaviour §14 AppImageConfigs, $name', (factory) => {
  const { clock, s } = useConfigs(factory);
  const describeConfig = async (AppImageConfigName: string) => {
    const { $metadata, ...out } = await s.client.send(new DescribeAppImageConfigCommand({ AppImageConfigName }));
    expect($metadata.httpStatusCode).toBe(200);
    return out;
  };

  it('Create answers the ARN (name as given); Describe answers what was given plus name, ARN and times, and no defaults', async () => {
    expect(await s.create('My-Config', { KernelGatewayImageConfig: KG, JupyterLabAppImageConfig: JL })).toBe(configArnOf('My-Config'));
    expect(await describeConfig('My-Config')).toEqual({
      AppImageConfigArn: configArnOf('My-Config'),
      AppImageConfigName: 'My-Config',
      CreationTime: T0,
      LastModifiedTime: T0,
      KernelGatewayImageConfig: KG,
      JupyterLabAppImageConfig: JL,
    });
    await s.create('kernels-only', { KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'k' }] } });
    expect((await describeConfig('kernels-only')).KernelGatewayImageConfig).toEqual({ KernelSpecs: [{ Name: 'k' }] });
  });

  it('a config with no sub-configuration has none; an empty sub-configuration {} round-trips as present', async () => {
    await s.create('bare');
    expect(Object.keys(await describeConfig('bare')).sort()).toEqual(['AppImageConfigArn', 'AppImageConfigName', 'CreationTime', 'LastModifiedTime']);
    await s.create('empty', { CodeEditorAppImageConfig: {} });
    const out = await describeConfig('empty');
    expect(out.CodeEditorAppImageConfig).toEqual({});
    expect('KernelGatewayImageConfig' in out || 'JupyterLabAppImageConfig' in out).toBe(false);
  });

  it('a taken name is ResourceInUse; another region is another namespace', async () => {
    await s.create('cfg');
    await expectServiceError(s.create('cfg', { CodeEditorAppImageConfig: CE }), 'ResourceInUse', 'The ID or Name specified is already in use.');
    expect(await s.create('cfg', {}, 'eu-west-1')).toBe(configArnOf('cfg', 'eu-west-1'));
    expect('CodeEditorAppImageConfig' in (await describeConfig('cfg'))).toBe(false);
  });

  it('Describe, Update and Delete of an absent config are ResourceNotFound naming its ARN', async () => {
    await s.create('cfg', {}, 'eu-west-1');
    for (const command of [
      new DescribeAppImageConfigCommand({ AppImageConfigName: 'cfg' }),
      new UpdateAppImageConfigCommand({ AppImageConfigName: 'cfg', CodeEditorAppImageConfig: CE }),
      new DeleteAppImageConfigCommand({ AppImageConfigName: 'cfg' }),
    ]) {
      await expectServiceError(s.client.send(command as never), 'ResourceNotFound', notFound('cfg'));
    }
  });

  it('Update replaces each sub-configuration given, keeps the others, moves LastModifiedTime, answers the ARN', async () => {
    await s.create('cfg', { KernelGatewayImageConfig: KG, JupyterLabAppImageConfig: JL });
    clock.set(at(5));
    const kernels = { KernelSpecs: [{ Name: 'python-2' }] };
    const out = await s.client.send(new UpdateAppImageConfigCommand({ AppImageConfigName: 'cfg', KernelGatewayImageConfig: kernels, CodeEditorAppImageConfig: CE }));
    expect(out.AppImageConfigArn).toBe(configArnOf('cfg'));
    expect(await describeConfig('cfg')).toMatchObject({
      CreationTime: T0,
      LastModifiedTime: at(5),
      KernelGatewayImageConfig: kernels,
      JupyterLabAppImageConfig: JL,
      CodeEditorAppImageConfig: CE,
    });
    expect((await describeConfig('cfg')).KernelGatewayImageConfig).toEqual(kernels); // no FileSystemConfig left over
  });

  it('an Update with no sub-configuration changes nothing but LastModifiedTime', async () => {
    await s.create('cfg', { JupyterLabAppImageConfig: JL });
    const before = await describeConfig('cfg');
    clock.set(at(7));
    await s.client.send(new UpdateAppImageConfigCommand({ AppImageConfigName: 'cfg' }));
    expect(await describeConfig('cfg')).toEqual({ ...before, LastModifiedTime: at(7) });
  });

  it('Delete answers an empty body; the config is gone and its name free again', async () => {
    await s.create('cfg', { JupyterLabAppImageConfig: JL });
    const { $metadata, ...out } = await s.client.send(new DeleteAppImageConfigCommand({ AppImageConfigName: 'cfg' }));
    expect([out, $metadata.httpStatusCode]).toEqual([{}, 200]);
    await expectServiceError(describeConfig('cfg'), 'ResourceNotFound', notFound('cfg'));
    await s.create('cfg');
    expect('JupyterLabAppImageConfig' in (await describeConfig('cfg'))).toBe(false);
  });

  it('tags: Create takes Tags, and AddTags/ListTags/DeleteTags accept the ARN until the config is deleted', async () => {
    const arn = (await s.create('cfg', { Tags: [{ Key: 'team', Value: 'ml' }] }))!;
    const tags = async () => (await s.client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags;
    expect(await tags()).toEqual([{ Key: 'team', Value: 'ml' }]);
    await s.client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    await s.client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['team'] }));
    expect(await tags()).toEqual([{ Key: 'env', Value: 'dev' }]);
    await s.client.send(new DeleteAppImageConfigCommand({ AppImageConfigName: 'cfg' }));
    await expectServiceError(tags(), 'ValidationException', 'Resource does not exist.');
    await s.create('cfg');
    expect(await tags()).toEqual([]);
  });

  it('nested members are validated with dot-joined paths, every violation listed', async () => {
    const bad = (extra: Partial<CreateAppImageConfigCommandInput>) => s.create('cfg', extra);
    await expectServiceError(
      bad({ KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'ok' }, {} as never] } }),
      'ValidationException',
      oneViolation("Value null at 'kernelGatewayImageConfig.kernelSpecs.2.member.name' failed to satisfy constraint: Member must not be null"),
    );
    await expectServiceError(
      bad({ KernelGatewayImageConfig: { KernelSpecs: [] } }),
      'ValidationException',
      oneViolation("Value '[]' at 'kernelGatewayImageConfig.kernelSpecs' failed to satisfy constraint: Member must have length greater than or equal to 1"),
    );
    await expectServiceError(
      bad({ CodeEditorAppImageConfig: { FileSystemConfig: { MountPath: 'home', DefaultUid: 70000 } } }),
      'ValidationException',
      '2 validation errors detected: ' +
        "Value 'home' at 'codeEditorAppImageConfig.fileSystemConfig.mountPath' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\/.*; " +
        "Value '70000' at 'codeEditorAppImageConfig.fileSystemConfig.defaultUid' failed to satisfy constraint: Member must have value less than or equal to 65535",
    );
    await expectServiceError(
      s.create('bad_name'),
      'ValidationException',
      oneViolation("Value 'bad_name' at 'appImageConfigName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}"),
    );
    await expectServiceError(describeConfig('cfg'), 'ResourceNotFound', notFound('cfg'));
  });

  it('ContainerEnvironmentVariables: a bad key or value is reported on the whole map', async () => {
    const env = (vars: Record<string, string>) => ({ JupyterLabAppImageConfig: { ContainerConfig: { ContainerEnvironmentVariables: vars } } });
    await expectServiceError(
      s.create('cfg', env({ ' ': 'v' })),
      'ValidationException',
      oneViolation(
        "Value '{ =v}' at 'jupyterLabAppImageConfig.containerConfig.containerEnvironmentVariables' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: ^(?!\\s*$).+]",
      ),
    );
    const long = 'x'.repeat(257);
    await expectServiceError(
      s.client.send(new UpdateAppImageConfigCommand({ AppImageConfigName: 'cfg', ...env({ K: long }) })),
      'ValidationException',
      oneViolation(
        `Value '{K=${long}}' at 'jupyterLabAppImageConfig.containerConfig.containerEnvironmentVariables' failed to satisfy constraint: Map value must satisfy constraint: [Member must have length less than or equal to 256]`,
      ),
    );
  });
});

describe.each(DOORS)('behaviour §14 ListAppImageConfigs, $name', (factory) => {
  const { clock, s } = useConfigs(factory);
  beforeEach(async () => {
    // c-b at 1 s (modified at 4 s), c-a at 2 s, x-c at 3 s.
    for (const [name, second] of [['c-b', 1], ['c-a', 2], ['x-c', 3]] as const) {
      clock.set(at(second));
      await s.create(name, { KernelGatewayImageConfig: KG });
    }
    clock.set(at(4));
    await s.client.send(new UpdateAppImageConfigCommand({ AppImageConfigName: 'c-b', CodeEditorAppImageConfig: CE }));
  });

  it('orders by CreationTime, Descending by default; SortBy LastModifiedTime and Name; SortOrder Ascending', async () => {
    expect((await s.list()).names).toEqual(['x-c', 'c-a', 'c-b']);
    expect((await s.list({ SortBy: 'Name', SortOrder: 'Ascending' })).names).toEqual(['c-a', 'c-b', 'x-c']);
    expect((await s.list({ SortBy: 'Name' })).names).toEqual(['x-c', 'c-b', 'c-a']);
    expect((await s.list({ SortBy: 'LastModifiedTime' })).names).toEqual(['c-b', 'x-c', 'c-a']);
    expect((await s.list({ SortBy: 'CreationTime', SortOrder: 'Ascending' })).names).toEqual(['c-b', 'c-a', 'x-c']);
  });

  it('ties on the sort key are broken by name; Descending reverses the whole order', async () => {
    clock.set(at(10));
    for (const name of ['t-b', 't-c', 't-a']) await s.create(name);
    expect((await s.list({ NameContains: 't', SortOrder: 'Ascending' })).names).toEqual(['t-a', 't-b', 't-c']);
    expect((await s.list({ NameContains: 't' })).names).toEqual(['t-c', 't-b', 't-a']);
  });

  it('filters are inclusive and combine with AND; Modified filters read LastModifiedTime; NameContains is case-sensitive', async () => {
    expect((await s.list({ NameContains: 'c' })).names).toEqual(['x-c', 'c-a', 'c-b']);
    expect((await s.list({ NameContains: 'c-a' })).names).toEqual(['c-a']);
    expect((await s.list({ NameContains: 'C' })).names).toEqual([]);
    expect((await s.list({ CreationTimeAfter: at(2) })).names).toEqual(['x-c', 'c-a']);
    expect((await s.list({ CreationTimeBefore: at(2) })).names).toEqual(['c-a', 'c-b']);
    expect((await s.list({ ModifiedTimeAfter: at(3) })).names).toEqual(['x-c', 'c-b']);
    expect((await s.list({ ModifiedTimeBefore: at(3) })).names).toEqual(['x-c', 'c-a']);
    expect((await s.list({ CreationTimeBefore: at(2), ModifiedTimeAfter: at(2), NameContains: 'b' })).names).toEqual(['c-b']);
  });

  it('items carry the full sub-configurations, as Describe answers them', async () => {
    const { AppImageConfigs } = await s.client.send(new ListAppImageConfigsCommand({ NameContains: 'c-b' }));
    const { $metadata, ...described } = await s.client.send(new DescribeAppImageConfigCommand({ AppImageConfigName: 'c-b' }));
    expect($metadata.httpStatusCode).toBe(200);
    expect(AppImageConfigs).toEqual([described]);
    expect(AppImageConfigs![0]).toMatchObject({ KernelGatewayImageConfig: KG, CodeEditorAppImageConfig: CE, LastModifiedTime: at(4) });
  });

  it('pages by MaxResults (default 10); the last page has no NextToken; the SDK paginator walks them all', async () => {
    for (let i = 0; i < 9; i += 1) await s.create(`p-${i}`);
    const first = await s.list();
    expect(first.names).toHaveLength(10);
    const second = await s.list({ NextToken: first.NextToken });
    expect([second.names.length, 'NextToken' in second]).toEqual([2, false]);
    const a = await s.list({ MaxResults: 2, SortBy: 'Name', SortOrder: 'Ascending' });
    expect(a.names).toEqual(['c-a', 'c-b']);
    expect((await s.list({ MaxResults: 3, SortBy: 'Name', SortOrder: 'Ascending', NextToken: a.NextToken })).names).toEqual(['p-0', 'p-1', 'p-2']);
    const pages: string[][] = [];
    for await (const page of paginateListAppImageConfigs({ client: s.client, pageSize: 5 }, { SortBy: 'Name' })) {
      pages.push((page.AppImageConfigs ?? []).map((c) => c.AppImageConfigName!));
    }
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual([...first.names, ...second.names].sort().reverse());
  });

  it('a token is bound to its query, and MaxResults is 1..100', async () => {
    const { NextToken } = await s.list({ MaxResults: 1 });
    for (const change of [{ NameContains: 'c' }, { SortOrder: 'Ascending' as const }, { SortBy: 'Name' as const }, { ModifiedTimeAfter: T0 }]) {
      await expectServiceError(
        s.list({ MaxResults: 1, NextToken, ...change }),
        'ValidationException',
        'Invalid pagination token (NextToken): it was issued for a request with other filters, SortBy or SortOrder.',
      );
    }
    expect((await s.list({ MaxResults: 5, SortBy: 'CreationTime', SortOrder: 'Descending', NextToken })).names).toEqual(['c-a', 'c-b']);
    await expectServiceError(s.list({ NextToken: 'garbage' }), 'ValidationException', /NextToken/);
    for (const [MaxResults, phrase] of [[0, 'greater than or equal to 1'], [101, 'less than or equal to 100']] as const) {
      await expectServiceError(
        s.list({ MaxResults }),
        'ValidationException',
        oneViolation(`Value '${MaxResults}' at 'maxResults' failed to satisfy constraint: Member must have value ${phrase}`),
      );
    }
    await expectServiceError(
      s.list({ SortBy: 'CREATION_TIME' as never }),
      'ValidationException',
      oneViolation("Value 'CREATION_TIME' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [CreationTime, LastModifiedTime, Name]"),
    );
  });
});

describe.each(DOORS)('behaviour §14 ListAppImageConfigs under the store options, $name', (factory) => {
  describe('nameContains: case-insensitive', () => {
    const { s } = useConfigs(factory, { nameContains: 'case-insensitive' });
    it('matches NameContains whatever the case', async () => {
      for (const name of ['My-Cfg', 'other']) await s.create(name);
      expect((await s.list({ NameContains: 'cFG' })).names).toEqual(['My-Cfg']);
    });
  });

  describe('listPaging: limit-before-filter', () => {
    const { clock, s } = useConfigs(factory, { listPaging: 'limit-before-filter' });
    it('applies MaxResults before the filters: a page may be empty while NextToken is present', async () => {
      for (const [name, second] of [['x-1', 1], ['x-2', 2], ['ab', 3]] as const) {
        clock.set(at(second));
        await s.create(name);
      }
      const first = await s.list({ NameContains: 'x', MaxResults: 1 });
      expect(first.names).toEqual([]);
      expect(typeof first.NextToken).toBe('string');
      const names: string[] = [];
      for await (const page of paginateListAppImageConfigs({ client: s.client, pageSize: 1 }, { NameContains: 'x' })) {
        names.push(...(page.AppImageConfigs ?? []).map((c) => c.AppImageConfigName!));
      }
      expect(names).toEqual(['x-2', 'x-1']);
    });
  });
});
