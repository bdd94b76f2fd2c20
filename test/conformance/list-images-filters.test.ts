import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import { DOORS, useDoor } from '../support/doors';
import { at, image, names } from '../support/fixtures';

describe.each(DOORS)('behaviour §5 ListImages filters, $name', (factory) => {
  const ctx = useDoor(factory);
  const list = async (input: ListImagesCommandInput) =>
    names((await ctx.door.client().send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING', ...input }))).Images);

  beforeEach(() => {
    ctx.door.store.seed(
      image('alpha', 10, { LastModifiedTime: at(100) }),
      image('beta', 20, { LastModifiedTime: at(200) }),
      image('Gamma', 30, { LastModifiedTime: at(300) }),
    );
  });

  it('CreationTimeAfter keeps images created on or after the instant', async () => {
    expect(await list({ CreationTimeAfter: at(20) })).toEqual(['Gamma', 'beta']);
  });

  it('CreationTimeBefore keeps images created on or before the instant', async () => {
    expect(await list({ CreationTimeBefore: at(20) })).toEqual(['alpha', 'beta']);
  });

  it('LastModifiedTimeAfter keeps images modified on or after the instant', async () => {
    expect(await list({ LastModifiedTimeAfter: at(200) })).toEqual(['Gamma', 'beta']);
  });

  it('LastModifiedTimeBefore keeps images modified on or before the instant', async () => {
    expect(await list({ LastModifiedTimeBefore: at(200) })).toEqual(['alpha', 'beta']);
  });

  it('timestamps may be given as epoch seconds, as on the wire', async () => {
    expect(await list({ CreationTimeAfter: (at(20).getTime() / 1000) as never })).toEqual(['Gamma', 'beta']);
  });

  it('NameContains keeps images whose name contains the text, case-sensitively', async () => {
    expect(await list({ NameContains: 'a' })).toEqual(['Gamma', 'alpha', 'beta']);
    expect(await list({ NameContains: 'G' })).toEqual(['Gamma']);
    expect(await list({ NameContains: 'g' })).toEqual([]);
  });

  it('filters combine with AND', async () => {
    expect(await list({ NameContains: 'a', CreationTimeAfter: at(15), LastModifiedTimeBefore: at(250) })).toEqual(['beta']);
  });

  it('an empty window (after later than before) matches nothing', async () => {
    expect(await list({ CreationTimeAfter: at(30), CreationTimeBefore: at(10) })).toEqual([]);
  });
});

describe.each(DOORS)('behaviour §5 option nameContains: case-insensitive, $name', (factory) => {
  const ctx = useDoor(factory, { nameContains: 'case-insensitive' });

  it('NameContains then ignores case', async () => {
    ctx.door.store.seed(image('Gamma', 1), image('omega', 2), image('other', 3));
    const page = await ctx.door.client().send(new ListImagesCommand({ NameContains: 'GA', SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' }));
    expect(names(page.Images)).toEqual(['Gamma', 'omega']);
  });
});
