import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListImagesCommand,
  ListTagsCommand,
  ResourceInUse,
  ResourceNotFound,
  UpdateImageCommand,
} from '@aws-sdk/client-sagemaker';
import { createManualClock, expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { oneViolation, rejectionOf } from '../support/errors';
import { createImage, createVersion, imageArnOf, imageStatus, ROLE } from '../support/image-calls';

const T0 = new Date('2024-01-01T00:00:00Z');

describe.each(DOORS)('behaviour §8 CreateImage, UpdateImage, DeleteImage (instant lifecycle), $name', (factory) => {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock });
  beforeEach(() => clock.set(T0));

  it('CreateImage answers the ImageArn and leaves the image CREATED with every member set', async () => {
    const client = ctx.door.client();
    expect(await createImage(client, 'new-image', { Description: 'd', DisplayName: 'New' })).toBe(imageArnOf('new-image'));
    const { $metadata, ...described } = await client.send(new DescribeImageCommand({ ImageName: 'new-image' }));
    expect($metadata.httpStatusCode).toBe(200);
    expect(described).toEqual({
      CreationTime: T0,
      Description: 'd',
      DisplayName: 'New',
      ImageArn: imageArnOf('new-image'),
      ImageName: 'new-image',
      ImageStatus: 'CREATED',
      LastModifiedTime: T0,
      RoleArn: ROLE,
    });
  });

  it('CreateImage validates RoleArn as required', async () => {
    await expectServiceError(
      ctx.door.client().send(new CreateImageCommand({ ImageName: 'x' } as never)),
      'ValidationException',
      oneViolation("Value null at 'roleArn' failed to satisfy constraint: Member must not be null"),
    );
  });

  it('CreateImage on a taken name is ResourceInUse with the service text', async () => {
    await createImage(ctx.door.client(), 'taken');
    const error = await rejectionOf(createImage(ctx.door.client(), 'taken'));
    expect(error).toBeInstanceOf(ResourceInUse);
    expect(error.message).toBe('The Image with ImageName taken already exists. Please use a different ImageName.');
  });

  it("CreateImage's Tags are the image's tags", async () => {
    const arn = await createImage(ctx.door.client(), 'tagged', { Tags: [{ Key: 'team', Value: 'ml' }, { Key: 'env', Value: '' }] });
    const { Tags } = await ctx.door.client().send(new ListTagsCommand({ ResourceArn: arn }));
    expect(Tags).toEqual([{ Key: 'env', Value: '' }, { Key: 'team', Value: 'ml' }]);
  });

  it('UpdateImage replaces members, clears DeleteProperties, and moves LastModifiedTime', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img', { Description: 'old', DisplayName: 'Old' });
    clock.advance(60_000);
    const out = await client.send(
      new UpdateImageCommand({ ImageName: 'img', DisplayName: 'New', RoleArn: 'arn:aws:iam::123456789012:role/Other', DeleteProperties: ['Description'] }),
    );
    expect(out.ImageArn).toBe(imageArnOf('img'));
    const described = await client.send(new DescribeImageCommand({ ImageName: 'img' }));
    expect(described).toMatchObject({ DisplayName: 'New', RoleArn: 'arn:aws:iam::123456789012:role/Other', ImageStatus: 'CREATED', CreationTime: T0 });
    expect(described.LastModifiedTime).toEqual(new Date(T0.getTime() + 60_000));
    expect('Description' in described).toBe(false);
  });

  it('UpdateImage may not both set and delete a property', async () => {
    await createImage(ctx.door.client(), 'img');
    await expectServiceError(
      ctx.door.client().send(new UpdateImageCommand({ ImageName: 'img', Description: 'x', DeleteProperties: ['Description'] })),
      'ValidationException',
      'Description cannot be both updated and deleted in the same request.',
    );
  });

  it('UpdateImage on an absent image is ResourceNotFound', async () => {
    await expectServiceError(
      ctx.door.client().send(new UpdateImageCommand({ ImageName: 'ghost', Description: 'x' })),
      'ResourceNotFound',
      `Image with ARN ${imageArnOf('ghost')} does not exist`,
    );
  });

  it('DeleteImage removes the image with its versions, aliases and tags', async () => {
    const client = ctx.door.client();
    const arn = await createImage(client, 'doomed', { Tags: [{ Key: 'k', Value: 'v' }] });
    await createVersion(client, 'doomed', { Aliases: ['stable'] });
    const { $metadata, ...output } = await client.send(new DeleteImageCommand({ ImageName: 'doomed' }));
    expect(output).toEqual({});
    expect($metadata.httpStatusCode).toBe(200);
    expect((await client.send(new ListImagesCommand({}))).Images).toEqual([]);
    await expectServiceError(client.send(new DescribeImageVersionCommand({ ImageName: 'doomed', Version: 1 })), 'ResourceNotFound', `Image with ARN ${imageArnOf('doomed')} does not exist`);
    await expectServiceError(client.send(new ListAliasesCommand({ ImageName: 'doomed' })), 'ResourceNotFound', `Image with ARN ${imageArnOf('doomed')} does not exist`);
    await expectServiceError(client.send(new ListTagsCommand({ ResourceArn: arn })), 'ValidationException', 'Resource does not exist.');
  });

  it('a name deleted and created again starts afresh: no old tags, versions numbered from 1', async () => {
    const client = ctx.door.client();
    const arn = await createImage(client, 'again', { Tags: [{ Key: 'k', Value: 'v' }] });
    await createVersion(client, 'again');
    await client.send(new DeleteImageCommand({ ImageName: 'again' }));
    await createImage(client, 'again');
    expect((await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual([]);
    expect(await createVersion(client, 'again')).toMatch(/\/again\/1$/);
  });

  it('DeleteImage on an absent image is ResourceNotFound starting "No Image with the name"', async () => {
    const error = await rejectionOf(ctx.door.client().send(new DeleteImageCommand({ ImageName: 'ghost' })));
    expect(error).toBeInstanceOf(ResourceNotFound);
    expect(error.message).toBe('No Image with the name ghost exists.');
  });
});

describe.each(DOORS)('behaviour §8 timed lifecycle, $name', (factory) => {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock, lifecycle: { creating: 60_000, updating: 30_000, deleting: 10_000 } });
  beforeEach(() => clock.set(T0));

  it('CreateImage shows CREATING until the clock passes `creating`, then CREATED', async () => {
    const client = ctx.door.client();
    await createImage(client, 'slow');
    expect(await imageStatus(client, 'slow')).toBe('CREATING');
    expect((await client.send(new ListImagesCommand({}))).Images?.[0]?.ImageStatus).toBe('CREATING');
    clock.advance(59_999);
    expect(await imageStatus(client, 'slow')).toBe('CREATING');
    clock.advance(1);
    const described = await client.send(new DescribeImageCommand({ ImageName: 'slow' }));
    expect(described).toMatchObject({ ImageStatus: 'CREATED', CreationTime: T0, LastModifiedTime: new Date(T0.getTime() + 60_000) });
  });

  it('UpdateImage shows UPDATING, then CREATED', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img');
    clock.advance(60_000);
    await client.send(new UpdateImageCommand({ ImageName: 'img', Description: 'new' }));
    expect(await imageStatus(client, 'img')).toBe('UPDATING');
    clock.advance(30_000);
    expect(await imageStatus(client, 'img')).toBe('CREATED');
  });

  it('DeleteImage shows DELETING, then the image is gone', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img');
    clock.advance(60_000);
    await client.send(new DeleteImageCommand({ ImageName: 'img' }));
    expect(await imageStatus(client, 'img')).toBe('DELETING');
    clock.advance(10_000);
    await expectServiceError(client.send(new DescribeImageCommand({ ImageName: 'img' })), 'ResourceNotFound', `Image with ARN ${imageArnOf('img')} does not exist`);
  });

  it.each([
    ['UpdateImage', (c: ReturnType<typeof ctx.door.client>) => c.send(new UpdateImageCommand({ ImageName: 'busy', Description: 'x' }))],
    ['DeleteImage', (c: ReturnType<typeof ctx.door.client>) => c.send(new DeleteImageCommand({ ImageName: 'busy' }))],
  ])('%s on an image in a transitional status is ResourceInUse', async (_, call) => {
    const client = ctx.door.client();
    await createImage(client, 'busy');
    await expectServiceError(call(client), 'ResourceInUse', 'Image busy is being created.');
  });

  it('CreateImageVersion on an image that is not CREATED is ValidationException "is in an invalid state."', async () => {
    const client = ctx.door.client();
    await createImage(client, 'busy');
    await expectServiceError(
      client.send(new CreateImageVersionCommand({ ImageName: 'busy', BaseImage: 'b', ClientToken: 't' })),
      'ValidationException',
      'Image busy is in an invalid state.',
    );
  });
});

describe.each(DOORS)('behaviour §8 failure injection, $name', (factory) => {
  const clock = createManualClock(T0);
  const ctx = useDoor(factory, { clock, lifecycle: { creating: 1000, updating: 1000, deleting: 1000 } });
  beforeEach(() => clock.set(T0));

  it('the next CreateImage of that image ends CREATE_FAILED with the FailureReason', async () => {
    ctx.door.store.failNext({ operation: 'CreateImage', ImageName: 'fails', FailureReason: 'bad role' });
    const client = ctx.door.client();
    await createImage(client, 'fails');
    await createImage(client, 'works');
    clock.advance(1000);
    expect(await client.send(new DescribeImageCommand({ ImageName: 'fails' }))).toMatchObject({ ImageStatus: 'CREATE_FAILED', FailureReason: 'bad role' });
    expect(await imageStatus(client, 'works')).toBe('CREATED');
  });

  it('a failed UpdateImage ends UPDATE_FAILED and leaves the members as they were', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img', { Description: 'before' });
    clock.advance(1000);
    ctx.door.store.failNext({ operation: 'UpdateImage', ImageName: 'img' });
    await client.send(new UpdateImageCommand({ ImageName: 'img', Description: 'after' }));
    expect((await client.send(new DescribeImageCommand({ ImageName: 'img' }))).Description).toBe('after');
    clock.advance(1000);
    expect(await client.send(new DescribeImageCommand({ ImageName: 'img' }))).toMatchObject({
      ImageStatus: 'UPDATE_FAILED',
      Description: 'before',
      FailureReason: 'UpdateImage of img failed (failure injected by the test).',
    });
  });

  it('a failed DeleteImage ends DELETE_FAILED and keeps the image', async () => {
    const client = ctx.door.client();
    await createImage(client, 'img');
    clock.advance(1000);
    ctx.door.store.failNext({ operation: 'DeleteImage', ImageName: 'img', FailureReason: 'stuck' });
    await client.send(new DeleteImageCommand({ ImageName: 'img' }));
    clock.advance(1000);
    expect(await client.send(new DescribeImageCommand({ ImageName: 'img' }))).toMatchObject({ ImageStatus: 'DELETE_FAILED', FailureReason: 'stuck' });
  });

  it('an injected failure is used once', async () => {
    const client = ctx.door.client();
    ctx.door.store.failNext({ operation: 'CreateImage', ImageName: 'img' });
    await createImage(client, 'img');
    clock.advance(1000);
    await client.send(new DeleteImageCommand({ ImageName: 'img' }));
    clock.advance(1000);
    await createImage(client, 'img');
    clock.advance(1000);
    expect(await imageStatus(client, 'img')).toBe('CREATED');
  });
});
