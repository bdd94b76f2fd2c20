import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import { DOORS, useDoor } from '../support/doors';
import { at, image } from '../support/fixtures';

describe.each(DOORS)('behaviour §10 copies at the boundaries, $name', (factory) => {
  const ctx = useDoor(factory);

  it('changing a returned object, its Dates included, never changes the store', async () => {
    ctx.door.store.seed(image('a', 1, { Description: 'd' }));
    const client = ctx.door.client();
    const first = await client.send(new DescribeImageCommand({ ImageName: 'a' }));
    first.Description = 'changed';
    first.CreationTime!.setTime(0);
    const listed = await client.send(new ListImagesCommand({}));
    listed.Images![0]!.LastModifiedTime!.setTime(0);
    listed.Images!.pop();
    const again = await client.send(new DescribeImageCommand({ ImageName: 'a' }));
    expect(again).toMatchObject({ Description: 'd', CreationTime: at(1), LastModifiedTime: at(1) });
  });

  it('inputs are never changed', async () => {
    ctx.door.store.seed(image('a', 1), image('b', 2));
    const after = at(0);
    const input: ListImagesCommandInput = { CreationTimeAfter: after, MaxResults: 1 };
    const snapshot = structuredClone(input);
    await ctx.door.client().send(new ListImagesCommand(input));
    expect(input).toEqual(snapshot);
    expect(input.CreationTimeAfter).toBe(after);
  });

  it('reset() empties every namespace', async () => {
    ctx.door.store.seed(image('a', 1), image('b', 1, { region: 'eu-west-1' }));
    ctx.door.store.reset();
    expect((await ctx.door.client().send(new ListImagesCommand({}))).Images).toEqual([]);
    expect((await ctx.door.client('eu-west-1').send(new ListImagesCommand({}))).Images).toEqual([]);
  });
});
