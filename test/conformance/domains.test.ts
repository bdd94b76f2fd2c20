import {
  AddTagsCommand,
  CreateAppImageConfigCommand,
  CreateDomainCommand,
  DeleteAppImageConfigCommand,
  DeleteDomainCommand,
  DeleteImageCommand,
  DeleteTagsCommand,
  DescribeDomainCommand,
  ListAppImageConfigsCommand,
  ListDomainsCommand,
  ListTagsCommand,
  paginateListDomains,
  UpdateDomainCommand,
} from '@aws-sdk/client-sagemaker';
import type { CreateDomainCommandInput, CustomImage, SageMakerClient, UpdateDomainCommandInput } from '@aws-sdk/client-sagemaker';
import type { MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { createManualClock, expectServiceError } from 'sagemaker-image-mock';
import type { DoorFactory } from '../support/doors';
import { DOORS, useDoor } from '../support/doors';
import { oneViolation } from '../support/errors';
import { createImage, createVersion, ROLE } from '../support/image-calls';

const T0 = new Date('2024-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const domainArnOf = (id: string, region = 'us-east-1') => `arn:aws:sagemaker:${region}:123456789012:domain/${id}`;
const inTransition = (id: string, status: string) => `Domain [${domainArnOf(id)}] is in status ${status} and cannot be changed until that finishes.`;
const KG_PATH = 'defaultUserSettings.kernelGatewayAppSettings.customImages';

/** A door on a store with a manual clock at T0, and helpers that call through a client of it. */
function useDomains(factory: DoorFactory, options: MockSageMakerImagesOptions = {}) {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock, ...options });
  const s = {
    ctx,
    clock,
    client: undefined as unknown as SageMakerClient,
    create: async (name = 'studio', extra: Partial<CreateDomainCommandInput> = {}, region?: string) => {
      const input = { DomainName: name, AuthMode: 'IAM' as const, DefaultUserSettings: { ExecutionRole: ROLE }, ...extra };
      return (await ctx.door.client(region).send(new CreateDomainCommand(input))).DomainId!;
    },
    update: async (DomainId: string, extra: Partial<UpdateDomainCommandInput>) => (await s.client.send(new UpdateDomainCommand({ DomainId, ...extra }))).DomainArn,
    describe: async (DomainId: string): Promise<Record<string, unknown>> => {
      const { $metadata, ...out } = await s.client.send(new DescribeDomainCommand({ DomainId }));
      expect($metadata.httpStatusCode).toBe(200);
      return out;
    },
    status: async (DomainId: string) => (await s.describe(DomainId))['Status'],
    gone: (DomainId: string) => expectServiceError(s.describe(DomainId), 'ResourceNotFound', `Domain ${DomainId} does not exist.`),
  };
  beforeEach(() => {
    clock.set(T0);
    s.client = ctx.door.client();
  });
  return s;
}

const customImages = (...images: CustomImage[]) => ({ DefaultUserSettings: { ExecutionRole: ROLE, KernelGatewayAppSettings: { CustomImages: images } } });

describe.each(DOORS)('behaviour §14 domains (instant lifecycle), $name', (factory) => {
  const s = useDomains(factory);

  it('CreateDomain answers DomainArn, DomainId and Url; DescribeDomain answers what was given, the generated members and the defaults', async () => {
    const out = await s.client.send(new CreateDomainCommand({ DomainName: 'studio', AuthMode: 'IAM', DefaultUserSettings: { ExecutionRole: ROLE } }));
    const id = out.DomainId!;
    expect(id).toMatch(/^d-[a-z0-9]{12}$/);
    expect(out).toMatchObject({ DomainArn: domainArnOf(id), Url: `https://${id}.studio.us-east-1.sagemaker.aws` });
    expect(await s.describe(id)).toEqual({
      DomainArn: domainArnOf(id), DomainId: id, DomainName: 'studio', HomeEfsFileSystemId: expect.stringMatching(/^fs-[0-9a-f]{17}$/),
      Status: 'InService', CreationTime: T0, LastModifiedTime: T0, Url: `https://${id}.studio.us-east-1.sagemaker.aws`,
      AuthMode: 'IAM', DefaultUserSettings: { ExecutionRole: ROLE }, AppNetworkAccessType: 'PublicInternetOnly', TagPropagation: 'DISABLED',
    });
  });

  it('VpcId and SubnetIds are optional and answered when given; names need not be unique; regions are namespaces', async () => {
    const a = await s.create('studio', { VpcId: 'vpc-1', SubnetIds: ['subnet-1', 'subnet-2'], AppNetworkAccessType: 'VpcOnly', TagPropagation: 'ENABLED' });
    const b = await s.create('studio');
    expect(a).not.toBe(b);
    expect(await s.describe(a)).toMatchObject({ VpcId: 'vpc-1', SubnetIds: ['subnet-1', 'subnet-2'], AppNetworkAccessType: 'VpcOnly', TagPropagation: 'ENABLED' });
    expect('VpcId' in (await s.describe(b)) || 'SubnetIds' in (await s.describe(b))).toBe(false);
    const eu = await s.create('studio', {}, 'eu-west-1');
    expect((await s.ctx.door.client('eu-west-1').send(new DescribeDomainCommand({ DomainId: eu }))).Url).toBe(`https://${eu}.studio.eu-west-1.sagemaker.aws`);
    await s.gone(eu);
  });

  it('Describe, Update and Delete of an absent domain are ResourceNotFound naming the id', async () => {
    const DomainId = 'd-000000000000';
    for (const command of [new DescribeDomainCommand({ DomainId }), new UpdateDomainCommand({ DomainId, TagPropagation: 'ENABLED' }), new DeleteDomainCommand({ DomainId })]) {
      await expectServiceError(s.client.send(command as never), 'ResourceNotFound', 'Domain d-000000000000 does not exist.');
    }
  });

  it('UpdateDomain merges structures member by member, replaces lists (an empty one clears), keeps the rest', async () => {
    const jupyter = { DefaultResourceSpec: { InstanceType: 'system' as const } };
    const kernelSpec = { InstanceType: 'ml.t3.medium' as const };
    const id = await s.create('studio', {
      DefaultUserSettings: { ExecutionRole: ROLE, SecurityGroups: ['sg-1', 'sg-2'], JupyterServerAppSettings: jupyter, KernelGatewayAppSettings: { DefaultResourceSpec: kernelSpec, LifecycleConfigArns: [] } },
      DomainSettings: { SecurityGroupIds: ['sg-a'], ExecutionRoleIdentityConfig: 'USER_PROFILE_NAME' },
    });
    s.clock.set(at(5000));
    const update = { DomainSettingsForUpdate: { ExecutionRoleIdentityConfig: 'DISABLED' as const }, TagPropagation: 'ENABLED' as const };
    expect(await s.update(id, { DefaultUserSettings: { SecurityGroups: ['sg-3'], KernelGatewayAppSettings: { CustomImages: [] } }, ...update })).toBe(domainArnOf(id));
    const out = await s.describe(id);
    expect(out['DefaultUserSettings']).toEqual({
      ExecutionRole: ROLE, SecurityGroups: ['sg-3'], JupyterServerAppSettings: jupyter, KernelGatewayAppSettings: { DefaultResourceSpec: kernelSpec, LifecycleConfigArns: [], CustomImages: [] },
    });
    expect(out['DomainSettings']).toEqual({ SecurityGroupIds: ['sg-a'], ExecutionRoleIdentityConfig: 'DISABLED' });
    expect(out).toMatchObject({ Status: 'InService', LastModifiedTime: at(5000), AppNetworkAccessType: 'PublicInternetOnly', TagPropagation: 'ENABLED' });
    await s.update(id, { DomainSettingsForUpdate: { SecurityGroupIds: [] } });
    expect((await s.describe(id))['DomainSettings']).toEqual({ SecurityGroupIds: [], ExecutionRoleIdentityConfig: 'DISABLED' });
  });

  it('DomainSettingsForUpdate.RStudioServerProDomainSettingsForUpdate merges into DomainSettings.RStudioServerProDomainSettings', async () => {
    const id = await s.create('studio', { DomainSettings: { RStudioServerProDomainSettings: { DomainExecutionRoleArn: ROLE, RStudioConnectUrl: 'https://connect' } } });
    await s.update(id, { DomainSettingsForUpdate: { RStudioServerProDomainSettingsForUpdate: { DomainExecutionRoleArn: ROLE, RStudioPackageManagerUrl: 'https://packages' } } });
    expect((await s.describe(id))['DomainSettings']).toEqual({
      RStudioServerProDomainSettings: { DomainExecutionRoleArn: ROLE, RStudioConnectUrl: 'https://connect', RStudioPackageManagerUrl: 'https://packages' },
    });
  });

  it('tags: CreateDomain takes Tags, and AddTags/ListTags/DeleteTags accept the domain ARN until it is gone', async () => {
    const id = await s.create('studio', { Tags: [{ Key: 'team', Value: 'ml' }] });
    const ResourceArn = domainArnOf(id);
    const tags = async () => (await s.client.send(new ListTagsCommand({ ResourceArn }))).Tags;
    expect(await tags()).toEqual([{ Key: 'team', Value: 'ml' }]);
    await s.client.send(new AddTagsCommand({ ResourceArn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    await s.client.send(new DeleteTagsCommand({ ResourceArn, TagKeys: ['team'] }));
    expect(await tags()).toEqual([{ Key: 'env', Value: 'dev' }]);
    const { $metadata, ...out } = await s.client.send(new DeleteDomainCommand({ DomainId: id, RetentionPolicy: { HomeEfsFileSystem: 'Delete' } }));
    expect([out, $metadata.httpStatusCode]).toEqual([{}, 200]);
    await s.gone(id);
    await expectServiceError(tags(), 'ValidationException', 'Resource does not exist.');
  });

  it('nested members are validated with dot-joined paths', async () => {
    await expectServiceError(
      s.create('studio', customImages({ ImageName: 'bad_name', AppImageConfigName: 'cfg', ImageVersionNumber: -1 })),
      'ValidationException',
      '2 validation errors detected: ' +
        `Value 'bad_name' at '${KG_PATH}.1.member.imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$; ` +
        `Value '-1' at '${KG_PATH}.1.member.imageVersionNumber' failed to satisfy constraint: Member must have value greater than or equal to 0`,
    );
    await expectServiceError(
      s.create('studio', { AuthMode: undefined as never }),
      'ValidationException',
      oneViolation("Value null at 'authMode' failed to satisfy constraint: Member must not be null"),
    );
    await expectServiceError(
      s.describe('D-1'),
      'ValidationException',
      oneViolation("Value 'D-1' at 'domainId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^d-(-*[a-z0-9]){1,61}"),
    );
    expect((await s.client.send(new ListDomainsCommand({}))).Domains).toEqual([]);
  });
});

describe.each(DOORS)('behaviour §14 domain lifecycle and failNext, $name', (factory) => {
  const s = useDomains(factory, { lifecycle: { creating: 1000, updating: 1000, deleting: 1000 } });
  const refused = async (id: string, status: string) => {
    await expectServiceError(s.update(id, { TagPropagation: 'ENABLED' }), 'ResourceInUse', inTransition(id, status));
    await expectServiceError(s.client.send(new DeleteDomainCommand({ DomainId: id })), 'ResourceInUse', inTransition(id, status));
  };
  const remove = (DomainId: string) => s.client.send(new DeleteDomainCommand({ DomainId }));

  it('Pending -> InService, Updating -> InService, Deleting -> gone; no change while a transition runs', async () => {
    const id = await s.create();
    expect(await s.status(id)).toBe('Pending');
    await refused(id, 'Pending');
    s.clock.advance(1000);
    expect(await s.describe(id)).toMatchObject({ Status: 'InService', LastModifiedTime: at(1000) });
    await s.update(id, { TagPropagation: 'ENABLED' });
    expect(await s.describe(id)).toMatchObject({ Status: 'Updating', TagPropagation: 'ENABLED' });
    await refused(id, 'Updating');
    s.clock.advance(1000);
    expect(await s.status(id)).toBe('InService');
    await remove(id);
    expect((await s.client.send(new ListDomainsCommand({}))).Domains?.map((d) => d.Status)).toEqual(['Deleting']);
    await refused(id, 'Deleting');
    s.clock.advance(1000);
    await s.gone(id);
  });

  it('a failed create ends Failed with its FailureReason: it cannot be updated, it can be deleted', async () => {
    s.ctx.door.store.failNext({ operation: 'CreateDomain', DomainName: 'doomed', FailureReason: 'no subnet' });
    const id = await s.create('doomed');
    const other = await s.create('fine');
    s.clock.advance(1000);
    expect(await s.describe(id)).toMatchObject({ Status: 'Failed', FailureReason: 'no subnet' });
    expect(await s.describe(other)).not.toHaveProperty('FailureReason');
    await expectServiceError(s.update(id, { TagPropagation: 'ENABLED' }), 'ResourceInUse', inTransition(id, 'Failed'));
    await remove(id);
    s.clock.advance(1000);
    await s.gone(id);
  });

  it('a failed update ends Update_Failed with the settings from before it; a later update may succeed', async () => {
    const id = await s.create('studio', { DefaultUserSettings: { ExecutionRole: ROLE, SecurityGroups: ['sg-1'] } });
    s.clock.advance(1000);
    const before = await s.describe(id);
    s.ctx.door.store.failNext({ operation: 'UpdateDomain', DomainName: 'studio', FailureReason: 'role invalid' });
    await s.update(id, { DefaultUserSettings: { SecurityGroups: ['sg-2'] }, TagPropagation: 'ENABLED' });
    s.clock.advance(1000);
    expect(await s.describe(id)).toEqual({ ...before, Status: 'Update_Failed', FailureReason: 'role invalid', LastModifiedTime: at(2000) });
    await s.update(id, { TagPropagation: 'ENABLED' });
    s.clock.advance(1000);
    const after = await s.describe(id);
    expect(after).toMatchObject({ Status: 'InService', TagPropagation: 'ENABLED', DefaultUserSettings: { ExecutionRole: ROLE, SecurityGroups: ['sg-1'] } });
    expect(after).not.toHaveProperty('FailureReason');
  });

  it('a failed delete ends Delete_Failed: it cannot be updated, and a second delete removes it', async () => {
    const id = await s.create();
    s.clock.advance(1000);
    s.ctx.door.store.failNext({ operation: 'DeleteDomain', DomainName: 'studio', FailureReason: 'apps exist' });
    await remove(id);
    s.clock.advance(1000);
    expect(await s.describe(id)).toMatchObject({ Status: 'Delete_Failed', FailureReason: 'apps exist' });
    await expectServiceError(s.update(id, { TagPropagation: 'ENABLED' }), 'ResourceInUse', inTransition(id, 'Delete_Failed'));
    await remove(id);
    s.clock.advance(1000);
    await s.gone(id);
  });
});

describe.each(DOORS)('behaviour §14 CustomImages, $name', (factory) => {
  const s = useDomains(factory);
  beforeEach(async () => {
    await createImage(s.client, 'img');
    await createVersion(s.client, 'img');
    await s.client.send(new CreateAppImageConfigCommand({ AppImageConfigName: 'cfg' }));
  });
  const ok = { ImageName: 'img', AppImageConfigName: 'cfg' };
  const missing = (path: string, value: string | number, what: string) => `Value '${value}' at '${path}' failed to satisfy constraint: ${what} does not exist in this account and region`;

  it('references to an existing image (and version) and AppImageConfig are accepted in every settings location', async () => {
    const CustomImages = [ok];
    const DefaultUserSettings = { KernelGatewayAppSettings: { CustomImages: [ok, { ...ok, ImageVersionNumber: 1 }] }, JupyterLabAppSettings: { CustomImages }, CodeEditorAppSettings: { CustomImages } };
    const DefaultSpaceSettings = { KernelGatewayAppSettings: { CustomImages }, JupyterLabAppSettings: { CustomImages } };
    const id = await s.create('studio', { DefaultUserSettings, DefaultSpaceSettings });
    expect(await s.describe(id)).toMatchObject({ DefaultUserSettings, DefaultSpaceSettings });
  });

  it('a missing image is a ValidationException naming its path', async () => {
    await expectServiceError(
      s.create('studio', customImages({ ImageName: 'ghost', AppImageConfigName: 'cfg' })),
      'ValidationException',
      oneViolation(missing(`${KG_PATH}.1.member.imageName`, 'ghost', 'Image ghost')),
    );
  });

  it('every problem is listed: a missing version, a missing AppImageConfig, a repeated pair, in another location', async () => {
    await expectServiceError(
      s.create('studio', {
        DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: [{ ...ok, ImageVersionNumber: 3 }, { ImageName: 'img', AppImageConfigName: 'nope' }, ok] } },
        DefaultSpaceSettings: { JupyterLabAppSettings: { CustomImages: [{ ImageName: 'ghost', AppImageConfigName: 'cfg' }] } },
      }),
      'ValidationException',
      '4 validation errors detected: ' +
        [
          missing(`${KG_PATH}.1.member.imageVersionNumber`, 3, 'Version 3 of image img'),
          missing(`${KG_PATH}.2.member.appImageConfigName`, 'nope', 'AppImageConfig nope'),
          `Value 'img' at '${KG_PATH}.3.member.imageName' failed to satisfy constraint: Image img is already in this CustomImages list`,
          missing('defaultSpaceSettings.jupyterLabAppSettings.customImages.1.member.imageName', 'ghost', 'Image ghost'),
        ].join('; '),
    );
    expect((await s.client.send(new ListDomainsCommand({}))).Domains).toEqual([]);
  });

  it('an image or config of another region does not count; UpdateDomain is checked too and a refused update changes nothing', async () => {
    const eu = s.ctx.door.client('eu-west-1');
    await eu.send(new CreateAppImageConfigCommand({ AppImageConfigName: 'eu-cfg' }));
    await createImage(eu, 'eu-img');
    const id = await s.create('studio', customImages(ok));
    await expectServiceError(
      s.update(id, customImages(ok, { ...ok, ImageVersionNumber: 1, AppImageConfigName: 'eu-cfg' }, { ImageName: 'eu-img', AppImageConfigName: 'cfg' })),
      'ValidationException',
      `2 validation errors detected: ${missing(`${KG_PATH}.2.member.appImageConfigName`, 'eu-cfg', 'AppImageConfig eu-cfg')}; ${missing(`${KG_PATH}.3.member.imageName`, 'eu-img', 'Image eu-img')}`,
    );
    expect(await s.describe(id)).toMatchObject({ ...customImages(ok), LastModifiedTime: T0 });
  });

  it('deleting an image or AppImageConfig a domain uses is allowed, and DescribeDomain keeps the reference', async () => {
    const id = await s.create('studio', customImages(ok));
    await s.client.send(new DeleteAppImageConfigCommand({ AppImageConfigName: 'cfg' }));
    await s.client.send(new DeleteImageCommand({ ImageName: 'img' }));
    expect(await s.describe(id)).toMatchObject(customImages(ok));
    await expectServiceError(s.update(id, customImages(ok)), 'ValidationException', /Image img does not exist in this account and region/);
    await s.update(id, customImages());
    expect(await s.describe(id)).toMatchObject(customImages());
  });
});

describe.each(DOORS)('behaviour §14 CustomImages unchecked, $name', (factory) => {
  const s = useDomains(factory, { customImages: 'unchecked' });
  it('stores references to absent images, versions and configs as given', async () => {
    const ghosts = [{ ImageName: 'ghost', ImageVersionNumber: 4, AppImageConfigName: 'none' }];
    const id = await s.create('studio', customImages(...ghosts));
    expect(await s.describe(id)).toMatchObject(customImages(...ghosts));
  });
});

describe.each(DOORS)('behaviour §14 ListDomains, $name', (factory) => {
  const s = useDomains(factory);

  it('lists every domain by CreationTime then DomainId, ascending, as summaries; pages of MaxResults (default 10)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      s.clock.set(at(1000 * Math.floor(i / 3))); // three domains per CreationTime
      ids.push(await s.create(`studio-${i}`));
    }
    const order = ids.map((id, i) => [Math.floor(i / 3), id] as const).sort(([a, x], [b, y]) => a - b || (x < y ? -1 : 1)).map(([, id]) => id);
    const first = await s.client.send(new ListDomainsCommand({}));
    expect(first.Domains?.map((d) => d.DomainId)).toEqual(order.slice(0, 10));
    const second = await s.client.send(new ListDomainsCommand({ NextToken: first.NextToken, MaxResults: 5 }));
    expect(second.Domains?.map((d) => d.DomainId)).toEqual(order.slice(10));
    expect('NextToken' in second).toBe(false);
    const id = order[0]!;
    expect(first.Domains![0]).toEqual({
      DomainArn: domainArnOf(id), DomainId: id, DomainName: `studio-${ids.indexOf(id)}`, Status: 'InService',
      CreationTime: T0, LastModifiedTime: T0, Url: `https://${id}.studio.us-east-1.sagemaker.aws`,
    });
    const pages: string[][] = [];
    for await (const page of paginateListDomains({ client: s.client, pageSize: 5 }, {})) pages.push(page.Domains!.map((d) => d.DomainId!));
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat()).toEqual(order);
  });

  it('MaxResults is 1..100; a token from another operation or not from this store is refused', async () => {
    for (let i = 0; i < 2; i += 1) await s.create();
    for (const AppImageConfigName of ['a', 'b']) await s.client.send(new CreateAppImageConfigCommand({ AppImageConfigName }));
    const foreign = (await s.client.send(new ListAppImageConfigsCommand({ MaxResults: 1 }))).NextToken;
    await expectServiceError(
      s.client.send(new ListDomainsCommand({ NextToken: foreign })),
      'ValidationException',
      'Invalid pagination token (NextToken): it was issued for another operation.',
    );
    await expectServiceError(s.client.send(new ListDomainsCommand({ NextToken: 'garbage' })), 'ValidationException', /NextToken/);
    for (const [MaxResults, phrase] of [[0, 'greater than or equal to 1'], [101, 'less than or equal to 100']] as const) {
      const text = oneViolation(`Value '${MaxResults}' at 'maxResults' failed to satisfy constraint: Member must have value ${phrase}`);
      await expectServiceError(s.client.send(new ListDomainsCommand({ MaxResults })), 'ValidationException', text);
    }
  });
});
