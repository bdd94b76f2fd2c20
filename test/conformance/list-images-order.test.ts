import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import { DOORS, useDoor } from '../support/doors';
import { at, image, names } from '../support/fixtures';

describe.each(DOORS)('behaviour §5 ListImages order, $name', (factory) => {
  const ctx = useDoor(factory);
  const list = async (input: ListImagesCommandInput = {}) => names((await ctx.door.client().send(new ListImagesCommand(input))).Images);

  it('defaults to CREATION_TIME, DESCENDING', async () => {
    // LastModifiedTime and name orders disagree with CreationTime's, so only CREATION_TIME gives this.
    ctx.door.store.seed(
      image('b-old', 1, { LastModifiedTime: at(30) }),
      image('c-new', 3, { LastModifiedTime: at(10) }),
      image('a-mid', 2, { LastModifiedTime: at(20) }),
    );
    expect(await list()).toEqual(['c-new', 'a-mid', 'b-old']);
    expect(await list({ SortBy: 'LAST_MODIFIED_TIME' })).toEqual(['b-old', 'a-mid', 'c-new']);
  });

  it('breaks ties of the sort key by ImageName, and DESCENDING reverses the whole order', async () => {
    ctx.door.store.seed(image('b', 5), image('a', 5), image('c', 5), image('z', 1));
    expect(await list({ SortOrder: 'ASCENDING' })).toEqual(['z', 'a', 'b', 'c']);
    expect(await list({ SortOrder: 'DESCENDING' })).toEqual(['c', 'b', 'a', 'z']);
  });

  it('LAST_MODIFIED_TIME sorts by LastModifiedTime, ties by name', async () => {
    ctx.door.store.seed(
      image('a', 1, { LastModifiedTime: at(9) }),
      image('b', 2, { LastModifiedTime: at(5) }),
      image('c', 3, { LastModifiedTime: at(9) }),
    );
    expect(await list({ SortBy: 'LAST_MODIFIED_TIME', SortOrder: 'ASCENDING' })).toEqual(['b', 'a', 'c']);
  });

  it('IMAGE_NAME compares names as plain JavaScript strings (UTF-16 code units, upper case first)', async () => {
    ctx.door.store.seed(image('b', 1), image('B', 2), image('a-1', 3), image('a', 4), image('A', 5));
    expect(await list({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' })).toEqual(['A', 'B', 'a', 'a-1', 'b']);
  });
});
