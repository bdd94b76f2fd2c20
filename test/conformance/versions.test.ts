import {
  CreateImageVersionCommand,
  DeleteImageCommand,
  DeleteImageVersionCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListImageVersionsCommand,
  ResourceLimitExceeded,
  SageMakerClient,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import { createManualClock, expectServiceError, mockSageMakerImages } from 'sagemaker-image-mock';
import { DOORS, sdkClientMockDoor, useDoor } from '../support/doors';
import { oneViolation, rejectionOf } from '../support/errors';
import { createImage, createVersion, imageArnOf, imageStatus, versionArnOf, versionStatus } from '../support/image-calls';

const T0 = new Date('2024-01-01T00:00:00Z');
const BASE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/img:1';

describe.each(DOORS)('behaviour §8 image versions, $name', (factory) => {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock });
  let client: SageMakerClient;
  beforeEach(async () => {
    clock.set(T0);
    client = ctx.door.client();
    await createImage(client, 'My-Image');
  });

  it('versions are numbered from 1 and their ARNs lower-case the image name', async () => {
    expect(await createVersion(client, 'My-Image')).toBe(versionArnOf('My-Image', 1));
    expect(await createVersion(client, 'My-Image')).toBe('arn:aws:sagemaker:us-east-1:123456789012:image-version/my-image/2');
  });

  it('a version number is never reused after a delete', async () => {
    await createVersion(client, 'My-Image');
    await createVersion(client, 'My-Image');
    await client.send(new DeleteImageVersionCommand({ ImageName: 'My-Image', Version: 2 }));
    expect(await createVersion(client, 'My-Image')).toBe(versionArnOf('My-Image', 3));
  });

  it('CreateImageVersion is idempotent on ClientToken: the first answer again, nothing created', async () => {
    const first = await createVersion(client, 'My-Image', { ClientToken: 'token-1' });
    expect(await createVersion(client, 'My-Image', { ClientToken: 'token-1' })).toBe(first);
    expect((await client.send(new ListImageVersionsCommand({ ImageName: 'My-Image' }))).ImageVersions).toHaveLength(1);
  });

  it('DescribeImageVersion answers every member', async () => {
    await createVersion(client, 'My-Image', {
      BaseImage: BASE,
      VendorGuidance: 'STABLE',
      JobType: 'TRAINING',
      MLFramework: 'PyTorch 2.1',
      ProgrammingLang: 'Python 3.10',
      Processor: 'GPU',
      Horovod: false,
      ReleaseNotes: 'first',
    });
    const { $metadata, ...out } = await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 1 }));
    expect($metadata.httpStatusCode).toBe(200);
    expect(out).toEqual({
      BaseImage: BASE,
      ContainerImage: BASE,
      CreationTime: T0,
      ImageArn: imageArnOf('My-Image'),
      ImageVersionArn: versionArnOf('My-Image', 1),
      ImageVersionStatus: 'CREATED',
      LastModifiedTime: T0,
      Version: 1,
      VendorGuidance: 'STABLE',
      JobType: 'TRAINING',
      MLFramework: 'PyTorch 2.1',
      ProgrammingLang: 'Python 3.10',
      Processor: 'GPU',
      Horovod: false,
      ReleaseNotes: 'first',
    });
  });

  it('DescribeImageVersion without Version or Alias describes the latest version', async () => {
    await createVersion(client, 'My-Image');
    await createVersion(client, 'My-Image');
    expect((await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image' }))).Version).toBe(2);
  });

  it('DescribeImageVersion of an image with no versions: "Latest ImageVersion ... does not exist"', async () => {
    await expectServiceError(
      client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image' })),
      'ResourceNotFound',
      'Latest ImageVersion with ImageName My-Image does not exist. Please provide a valid ImageName.',
    );
  });

  it('DescribeImageVersion of a missing version or alias is ResourceNotFound', async () => {
    await expectServiceError(
      client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 7 })),
      'ResourceNotFound',
      `ImageVersion with ARN ${versionArnOf('My-Image', 7)} does not exist`,
    );
    await expectServiceError(
      client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Alias: 'nope' })),
      'ResourceNotFound',
      'ImageVersion with ImageName My-Image and Alias nope does not exist',
    );
  });

  it('an alias addresses its version in Describe, Update and Delete', async () => {
    await createVersion(client, 'My-Image', { Aliases: ['stable'] });
    await createVersion(client, 'My-Image');
    expect((await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Alias: 'stable' }))).Version).toBe(1);
    await client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Alias: 'stable', ReleaseNotes: 'notes' }));
    expect((await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 1 }))).ReleaseNotes).toBe('notes');
    await client.send(new DeleteImageVersionCommand({ ImageName: 'My-Image', Alias: 'stable' }));
    expect((await client.send(new ListImageVersionsCommand({ ImageName: 'My-Image' }))).ImageVersions?.map((v) => v.Version)).toEqual([2]);
  });

  it('Version and Alias together must name the same version', async () => {
    await createVersion(client, 'My-Image', { Aliases: ['a'] });
    await createVersion(client, 'My-Image', { Aliases: ['b'] });
    expect((await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 2, Alias: 'b' }))).Version).toBe(2);
    await expectServiceError(
      client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 2, Alias: 'a' })),
      'ValidationException',
      'Version 2 and Alias a do not identify the same image version.',
    );
  });

  it('an alias is unique within an image', async () => {
    await createVersion(client, 'My-Image', { Aliases: ['stable'] });
    await expectServiceError(
      createVersion(client, 'My-Image', { Aliases: ['stable'] }),
      'ValidationException',
      'The alias stable is already attached to version 1 of image My-Image.',
    );
  });

  it('UpdateImageVersion adding an alias another version holds is refused, and moves nothing', async () => {
    await createVersion(client, 'My-Image', { Aliases: ['stable'] });
    await createVersion(client, 'My-Image');
    await expectServiceError(
      client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Version: 2, AliasesToAdd: ['stable', 'fresh'] })),
      'ValidationException',
      'The alias stable is already attached to version 1 of image My-Image.',
    );
    expect((await client.send(new ListAliasesCommand({ ImageName: 'My-Image', Version: 1 }))).SageMakerImageVersionAliases).toEqual(['stable']);
    expect((await client.send(new ListAliasesCommand({ ImageName: 'My-Image', Version: 2 }))).SageMakerImageVersionAliases).toEqual([]);
    expect((await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Alias: 'stable' }))).Version).toBe(1);
  });

  it('aliases move with AliasesToDelete then AliasesToAdd', async () => {
    await createVersion(client, 'My-Image', { Aliases: ['stable', 'v1'] });
    await createVersion(client, 'My-Image');
    await client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Version: 1, AliasesToDelete: ['stable', 'not-there'] }));
    await client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Version: 2, AliasesToAdd: ['stable'] }));
    expect((await client.send(new ListAliasesCommand({ ImageName: 'My-Image' }))).SageMakerImageVersionAliases).toEqual(['stable', 'v1']);
    expect((await client.send(new ListAliasesCommand({ ImageName: 'My-Image', Version: 2 }))).SageMakerImageVersionAliases).toEqual(['stable']);
    expect((await client.send(new ListAliasesCommand({ ImageName: 'My-Image', Alias: 'v1' }))).SageMakerImageVersionAliases).toEqual(['v1']);
  });

  it('an alias in both AliasesToAdd and AliasesToDelete is refused', async () => {
    await createVersion(client, 'My-Image');
    await expectServiceError(
      client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Version: 1, AliasesToAdd: ['x'], AliasesToDelete: ['x'] })),
      'ValidationException',
      'The alias x is in both AliasesToAdd and AliasesToDelete.',
    );
  });

  it('UpdateImageVersion changes metadata and LastModifiedTime, and answers the version ARN', async () => {
    await createVersion(client, 'My-Image', { JobType: 'TRAINING' });
    clock.advance(5000);
    const out = await client.send(new UpdateImageVersionCommand({ ImageName: 'My-Image', Version: 1, JobType: 'INFERENCE', Horovod: true }));
    expect(out.ImageVersionArn).toBe(versionArnOf('My-Image', 1));
    const described = await client.send(new DescribeImageVersionCommand({ ImageName: 'My-Image', Version: 1 }));
    expect(described).toMatchObject({ JobType: 'INFERENCE', Horovod: true, LastModifiedTime: new Date(T0.getTime() + 5000) });
  });

  it('DeleteImageVersion needs a Version or an Alias', async () => {
    await createVersion(client, 'My-Image');
    await expectServiceError(
      client.send(new DeleteImageVersionCommand({ ImageName: 'My-Image' })),
      'ValidationException',
      'Either Version or Alias must be specified.',
    );
  });

  it('ListImageVersions pages by the rules of behaviour §5, ties broken by version', async () => {
    for (let i = 0; i < 5; i += 1) await createVersion(client, 'My-Image');
    const first = await client.send(new ListImageVersionsCommand({ ImageName: 'My-Image', MaxResults: 2 }));
    expect(first.ImageVersions?.map((v) => v.Version)).toEqual([5, 4]);
    const rest = await client.send(new ListImageVersionsCommand({ ImageName: 'My-Image', MaxResults: 10, NextToken: first.NextToken }));
    expect(rest.ImageVersions?.map((v) => v.Version)).toEqual([3, 2, 1]);
    expect('NextToken' in rest).toBe(false);
    const byVersion = await client.send(new ListImageVersionsCommand({ ImageName: 'My-Image', SortBy: 'VERSION', SortOrder: 'ASCENDING' }));
    expect(byVersion.ImageVersions?.[0]).toEqual({
      CreationTime: T0,
      ImageArn: imageArnOf('My-Image'),
      ImageVersionArn: versionArnOf('My-Image', 1),
      ImageVersionStatus: 'CREATED',
      LastModifiedTime: T0,
      Version: 1,
    });
    const error = await rejectionOf(client.send(new ListImageVersionsCommand({ ImageName: 'My-Image', SortBy: 'VERSION', NextToken: first.NextToken })));
    expect(error.name).toBe('ValidationException');
  });

  it('ListImageVersions and ListAliases on an absent image are ResourceNotFound', async () => {
    for (const command of [new ListImageVersionsCommand({ ImageName: 'ghost' }), new ListAliasesCommand({ ImageName: 'ghost' })]) {
      await expectServiceError(client.send(command as never), 'ResourceNotFound', `Image with ARN ${imageArnOf('ghost')} does not exist`);
    }
  });

  it('an alias breaking its pattern is a ValidationException', async () => {
    await expectServiceError(
      createVersion(client, 'My-Image', { Aliases: ['ok', '.bad'] }),
      'ValidationException',
      oneViolation("Value '.bad' at 'aliases.2.member' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[.-])^([a-zA-Z0-9-_.]+)$"),
    );
  });
});

describe.each(DOORS)('behaviour §8 version lifecycle and quotas, $name', (factory) => {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock, lifecycle: { creating: 1000, deleting: 1000 }, limits: { versionsPerImage: 2 } });
  let client: SageMakerClient;
  beforeEach(async () => {
    clock.set(T0);
    client = ctx.door.client();
    await createImage(client, 'img');
    clock.advance(1000);
  });

  it('a version is CREATING, then CREATED; DELETING, then gone', async () => {
    await createVersion(client, 'img');
    expect(await versionStatus(client, 'img', 1)).toBe('CREATING');
    clock.advance(1000);
    expect(await versionStatus(client, 'img', 1)).toBe('CREATED');
    await client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 }));
    expect(await versionStatus(client, 'img', 1)).toBe('DELETING');
    await expectServiceError(
      client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 })),
      'ResourceInUse',
      `ImageVersion (${versionArnOf('img', 1)}) is being deleted.`,
    );
    clock.advance(1000);
    await expectServiceError(client.send(new DescribeImageVersionCommand({ ImageName: 'img', Version: 1 })), 'ResourceNotFound', `ImageVersion with ARN ${versionArnOf('img', 1)} does not exist`);
  });

  it('a second CreateImageVersion while one is CREATING: ResourceInUse "Resource was modified concurrently"', async () => {
    await createVersion(client, 'img');
    await expectServiceError(createVersion(client, 'img'), 'ResourceInUse', 'Resource was modified concurrently');
  });

  it('DeleteImage while a version is CREATING is ResourceInUse, and deletes nothing', async () => {
    await createVersion(client, 'img');
    await expectServiceError(
      client.send(new DeleteImageCommand({ ImageName: 'img' })),
      'ResourceInUse',
      `ImageVersion (${versionArnOf('img', 1)}) is being created.`,
    );
    expect(await imageStatus(client, 'img')).toBe('CREATED');
    clock.advance(1000);
    expect(await versionStatus(client, 'img', 1)).toBe('CREATED');
  });

  it('failure injection: the next CreateImageVersion ends CREATE_FAILED', async () => {
    ctx.door.store.failNext({ operation: 'CreateImageVersion', ImageName: 'img', FailureReason: 'no such ECR image' });
    await createVersion(client, 'img');
    clock.advance(1000);
    expect(await client.send(new DescribeImageVersionCommand({ ImageName: 'img', Version: 1 }))).toMatchObject({
      ImageVersionStatus: 'CREATE_FAILED',
      FailureReason: 'no such ECR image',
    });
  });

  it('failure injection: the next DeleteImageVersion of that version ends DELETE_FAILED', async () => {
    await createVersion(client, 'img');
    clock.advance(1000);
    ctx.door.store.failNext({ operation: 'DeleteImageVersion', ImageName: 'img', Version: 1 });
    await client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 }));
    clock.advance(1000);
    expect(await versionStatus(client, 'img', 1)).toBe('DELETE_FAILED');
  });

  it('limits.versionsPerImage raises ResourceLimitExceeded', async () => {
    await createVersion(client, 'img');
    clock.advance(1000);
    await createVersion(client, 'img');
    clock.advance(1000);
    const error = await rejectionOf(createVersion(client, 'img'));
    expect(error).toBeInstanceOf(ResourceLimitExceeded);
    expect(error.message).toBe(
      "The account-level service limit 'Number of image versions per image' is 2 ImageVersions, with current utilization of 2 ImageVersions and a request delta of 1 ImageVersions. Please use AWS Service Quotas to request an increase for this quota.",
    );
  });
});

describe('behaviour §8 ClientToken through the aws-sdk-client-mock door', () => {
  const ctx = useDoor(sdkClientMockDoor);

  it('is filled with a UUID when absent, as the SDK serializer would: each call creates a version', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img');
    const input = { ImageName: 'img', BaseImage: 'b' };
    await client.send(new CreateImageVersionCommand(input as never));
    await client.send(new CreateImageVersionCommand(input as never));
    expect(input).toEqual({ ImageName: 'img', BaseImage: 'b' });
    expect((await client.send(new ListImageVersionsCommand({ ImageName: 'img' }))).ImageVersions).toHaveLength(2);
  });

});

describe('behaviour §8 ClientToken and the stub history', () => {
  it('the stub records the command as the user sent it', async () => {
    const mock = mockSageMakerImages(SageMakerClient);
    try {
      const client = new SageMakerClient({ region: 'us-east-1' });
      await createImage(client, 'img');
      await client.send(new CreateImageVersionCommand({ ImageName: 'img', BaseImage: 'b' }));
      expect(mock.stub.commandCalls(CreateImageVersionCommand)[0]!.args[0].input).toEqual({ ImageName: 'img', BaseImage: 'b' });
    } finally {
      mock.restore();
    }
  });
});
