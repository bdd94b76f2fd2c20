import { AddTagsCommand, DeleteTagsCommand, ListTagsCommand, ResourceLimitExceeded } from '@aws-sdk/client-sagemaker';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { oneViolation, rejectionOf } from '../support/errors';
import { createImage, createVersion, imageArnOf, versionArnOf } from '../support/image-calls';

describe.each(DOORS)('behaviour §9 tags, $name', (factory) => {
  const ctx = useDoor(factory, { limits: { tagsPerResource: 60 } });
  let client: SageMakerClient;
  let arn: string;
  beforeEach(async () => {
    client = ctx.door.client();
    arn = await createImage(client, 'Img');
  });
  const list = async (ResourceArn = arn) => (await client.send(new ListTagsCommand({ ResourceArn }))).Tags;

  it('AddTags adds or overwrites, and answers the tags it was given', async () => {
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    const out = await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'b', Value: 'two' }] }));
    expect(out.Tags).toEqual([{ Key: 'b', Value: 'two' }]);
    expect(await list()).toEqual([{ Key: 'a', Value: '1' }, { Key: 'b', Value: 'two' }]);
  });

  it('DeleteTags removes keys; an absent key is a no-op', async () => {
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    const { $metadata, ...output } = await client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['a', 'absent'] }));
    expect(output).toEqual({});
    expect($metadata.httpStatusCode).toBe(200);
    expect(await list()).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('image versions are taggable by their ARN', async () => {
    const versionArn = await createVersion(client, 'Img');
    expect(versionArn).toBe(versionArnOf('Img', 1));
    await client.send(new AddTagsCommand({ ResourceArn: versionArn, Tags: [{ Key: 'v', Value: '1' }] }));
    expect(await list(versionArn)).toEqual([{ Key: 'v', Value: '1' }]);
    expect(await list()).toEqual([]);
  });

  it.each([
    ['an absent image', imageArnOf('ghost')],
    ['an absent version', versionArnOf('Img', 9)],
    ['another region', imageArnOf('Img', 'eu-west-1')],
    ['another account', 'arn:aws:sagemaker:us-east-1:999999999999:image/Img'],
    ['another resource type', 'arn:aws:sagemaker:us-east-1:123456789012:model/Img'],
    ['another partition', 'arn:aws-cn:sagemaker:us-east-1:123456789012:image/Img'],
    ['the wrong case', imageArnOf('img')],
  ])('a tag call on %s is ValidationException "Resource does not exist."', async (_, resourceArn) => {
    for (const command of [
      new AddTagsCommand({ ResourceArn: resourceArn, Tags: [{ Key: 'k', Value: 'v' }] }),
      new ListTagsCommand({ ResourceArn: resourceArn }),
      new DeleteTagsCommand({ ResourceArn: resourceArn, TagKeys: ['k'] }),
    ]) {
      await expectServiceError(client.send(command as never), 'ValidationException', 'Resource does not exist.');
    }
  });

  it('ListTags pages like ListImages, in key order, MaxResults at least 50', async () => {
    const keys = Array.from({ length: 55 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: keys.slice(0, 50).map((Key) => ({ Key, Value: Key })) }));
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: keys.slice(50).map((Key) => ({ Key, Value: Key })) }));
    const first = await client.send(new ListTagsCommand({ ResourceArn: arn }));
    expect(first.Tags?.map((t) => t.Key)).toEqual(keys.slice(0, 50));
    const second = await client.send(new ListTagsCommand({ ResourceArn: arn, NextToken: first.NextToken }));
    expect(second.Tags?.map((t) => t.Key)).toEqual(keys.slice(50));
    expect('NextToken' in second).toBe(false);
    await expectServiceError(
      client.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 49 })),
      'ValidationException',
      oneViolation("Value '49' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 50"),
    );
  });

  it('limits.tagsPerResource raises ResourceLimitExceeded and adds nothing', async () => {
    const tags = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${from + i}`, Value: '' }));
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(0, 50) }));
    const error = await rejectionOf(client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(50, 11) })));
    expect(error).toBeInstanceOf(ResourceLimitExceeded);
    expect(error.message).toContain("'Number of tags per resource' is 60 Tags, with current utilization of 50 Tags and a request delta of 11 Tags");
    expect(await list()).toHaveLength(50);
  });

  it('an AddTags that only overwrites keys at the quota succeeds; one that would pass it changes nothing', async () => {
    const tags = (from: number, n: number, value = '') => Array.from({ length: n }, (_, i) => ({ Key: `k${from + i}`, Value: value }));
    // A request carries 50 tags at most (the model's TagList), so the 60 go in two calls each time.
    for (const [from, n] of [[0, 50], [50, 10]] as const) await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(from, n) }));
    for (const [from, n] of [[0, 50], [50, 10]] as const) await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(from, n, 'new') }));
    const refused = await rejectionOf(client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [...tags(0, 5, 'lost'), ...tags(60, 1)] })));
    expect(refused).toBeInstanceOf(ResourceLimitExceeded);
    expect(refused.message).toContain('with current utilization of 60 Tags and a request delta of 1 Tags');
    const all = [...(await list())!, ...((await client.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50, NextToken: (await client.send(new ListTagsCommand({ ResourceArn: arn }))).NextToken }))).Tags ?? [])];
    expect(all).toHaveLength(60);
    expect(new Set(all.map((t) => t.Value))).toEqual(new Set(['new']));
  });

  it('DeleteTags needs at least one key, and tag keys follow their pattern', async () => {
    await expectServiceError(
      client.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: [] })),
      'ValidationException',
      oneViolation("Value '[]' at 'tagKeys' failed to satisfy constraint: Member must have length greater than or equal to 1"),
    );
    await expectServiceError(
      client.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'bad*key', Value: 'v' }] })),
      'ValidationException',
      oneViolation(
        "Value 'bad*key' at 'tags.1.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
      ),
    );
  });
});

describe.each(DOORS)('behaviour §8 the default tag quota, $name', (factory) => {
  const ctx = useDoor(factory);

  it('is 50 per resource: the 51st tag is ResourceLimitExceeded, and overwriting at 50 is not', async () => {
    const client = ctx.door.client();
    const tags = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${from + i}`, Value: '' }));
    const arn = await createImage(client, 'img', { Tags: tags(0, 50) });
    const added = await rejectionOf(client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(50, 1) })));
    expect(added).toBeInstanceOf(ResourceLimitExceeded);
    expect(added.message).toContain("'Number of tags per resource' is 50 Tags, with current utilization of 50 Tags and a request delta of 1 Tags");
    await client.send(new AddTagsCommand({ ResourceArn: arn, Tags: tags(0, 50) }));
    expect((await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toHaveLength(50);
  });
});
