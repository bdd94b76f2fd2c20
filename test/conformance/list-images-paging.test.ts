import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import { ImageStore } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { image, names } from '../support/fixtures';
import { rejectionOf } from '../support/errors';

const seeds = (n: number) => Array.from({ length: n }, (_, i) => image(`img-${String(i).padStart(3, '0')}`, i));

describe.each(DOORS)('behaviour §5 ListImages pages and NextToken, $name', (factory) => {
  const ctx = useDoor(factory);
  const list = (input: ListImagesCommandInput = {}, region?: string) => ctx.door.client(region).send(new ListImagesCommand(input));

  it('MaxResults defaults to 10', async () => {
    ctx.door.store.seed(...seeds(11));
    expect((await list()).Images).toHaveLength(10);
  });

  it('a page holds the next MaxResults items after the cursor', async () => {
    ctx.door.store.seed(...seeds(7));
    const first = await list({ MaxResults: 3, SortOrder: 'ASCENDING' });
    const second = await list({ MaxResults: 3, SortOrder: 'ASCENDING', NextToken: first.NextToken });
    expect(names(first.Images)).toEqual(['img-000', 'img-001', 'img-002']);
    expect(names(second.Images)).toEqual(['img-003', 'img-004', 'img-005']);
  });

  it('the last page has no NextToken key at all, even when it is exactly full', async () => {
    ctx.door.store.seed(...seeds(10));
    const page = await list();
    expect(page.Images).toHaveLength(10);
    expect(Object.keys(page)).not.toContain('NextToken');
  });

  it('NextToken is present when at least one more item exists', async () => {
    ctx.door.store.seed(...seeds(11));
    expect(typeof (await list()).NextToken).toBe('string');
  });

  it('an empty store answers an empty Images list and no NextToken', async () => {
    const page = await list();
    expect(page.Images).toEqual([]);
    expect('NextToken' in page).toBe(false);
  });

  it('NextToken is URL-safe and at most 8192 characters', async () => {
    ctx.door.store.seed(image('x'.repeat(63), 1), image('y'.repeat(63), 2));
    const token = (await list({ MaxResults: 1 })).NextToken!;
    expect(token).toMatch(/^[A-Za-z0-9._~-]+$/);
    expect(token.length).toBeLessThanOrEqual(8192);
  });

  it('MaxResults may change between pages', async () => {
    ctx.door.store.seed(...seeds(6));
    const first = await list({ MaxResults: 2, SortOrder: 'ASCENDING' });
    const second = await list({ MaxResults: 4, SortOrder: 'ASCENDING', NextToken: first.NextToken });
    expect(names(second.Images)).toEqual(['img-002', 'img-003', 'img-004', 'img-005']);
    expect(second.NextToken).toBeUndefined();
  });

  it('spelling out a default (SortBy CREATION_TIME, SortOrder DESCENDING) is the same query', async () => {
    ctx.door.store.seed(...seeds(3));
    const first = await list({ MaxResults: 1 });
    const second = await list({ MaxResults: 1, SortBy: 'CREATION_TIME', SortOrder: 'DESCENDING', NextToken: first.NextToken });
    expect(names(second.Images)).toEqual(['img-001']);
  });

  it.each([
    ['another NameContains', { NameContains: 'img' }],
    ['another SortOrder', { SortOrder: 'ASCENDING' as const }],
    ['another SortBy', { SortBy: 'IMAGE_NAME' as const }],
    ['a time filter', { CreationTimeAfter: new Date(0) }],
  ])('a token is refused with %s: ValidationException mentioning the token', async (_, change) => {
    ctx.door.store.seed(...seeds(3));
    const token = (await list({ MaxResults: 1 })).NextToken;
    const error = await rejectionOf(list({ MaxResults: 1, NextToken: token, ...change }));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toBe('Invalid pagination token (NextToken): it was issued for a request with other filters, SortBy or SortOrder.');
  });

  it('a token is refused in another region', async () => {
    ctx.door.store.seed(...seeds(3), ...seeds(3).map((s) => ({ ...s, region: 'eu-west-1' })));
    const token = (await list({ MaxResults: 1 })).NextToken;
    const error = await rejectionOf(list({ MaxResults: 1, NextToken: token }, 'eu-west-1'));
    expect([error.name, error.message]).toEqual([
      'ValidationException',
      'Invalid pagination token (NextToken): it was issued for another account or region.',
    ]);
  });

  it('a token from another store is refused', async () => {
    const other = new ImageStore();
    other.seed(...seeds(3));
    const foreign = other.listImages({ MaxResults: 1 }).NextToken;
    ctx.door.store.seed(...seeds(3));
    const error = await rejectionOf(list({ MaxResults: 1, NextToken: foreign }));
    expect([error.name, error.message]).toEqual([
      'ValidationException',
      'Invalid pagination token (NextToken): it is not a token that this mock store issued.',
    ]);
  });

  it.each([['an empty string', ''], ['garbage', 'not-a-token'], ['a truncated token', 'TRUNCATE']])(
    '%s as NextToken is a ValidationException',
    async (_, given) => {
      ctx.door.store.seed(...seeds(3));
      const real = (await list({ MaxResults: 1 })).NextToken!;
      const token = given === 'TRUNCATE' ? real.slice(0, -1) : given;
      const error = await rejectionOf(list({ MaxResults: 1, NextToken: token }));
      expect([error.name, error.message]).toEqual([
        'ValidationException',
        'Invalid pagination token (NextToken): it is not a token that this mock store issued.',
      ]);
    },
  );

  it('images seeded between pages appear when they sort after the cursor, never twice', async () => {
    ctx.door.store.seed(image('a', 1), image('c', 3), image('e', 5));
    const first = await list({ MaxResults: 2, SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' });
    ctx.door.store.seed(image('b', 2), image('d', 4));
    const second = await list({ MaxResults: 10, SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING', NextToken: first.NextToken });
    expect(names(first.Images)).toEqual(['a', 'c']);
    expect(names(second.Images)).toEqual(['d', 'e']);
  });

  it('a token stays valid after the store is reset: the walk goes on from its cursor', async () => {
    ctx.door.store.seed(image('a', 1), image('b', 2));
    const first = await list({ MaxResults: 1, SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' });
    ctx.door.store.reset();
    ctx.door.store.seed(image('a', 1), image('c', 3));
    const second = await list({ MaxResults: 1, SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING', NextToken: first.NextToken });
    expect(names(second.Images)).toEqual(['c']);
  });
});

describe.each(DOORS)("behaviour §5 option listPaging: 'limit-before-filter', $name", (factory) => {
  const ctx = useDoor(factory, { listPaging: 'limit-before-filter' });

  it('applies MaxResults before the filters: pages may be short or empty while NextToken is present', async () => {
    ctx.door.store.seed(image('a1', 1), image('b1', 2), image('b2', 3), image('b3', 4), image('a2', 5));
    const client = ctx.door.client();
    const pages: (string | undefined)[][] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(new ListImagesCommand({ MaxResults: 2, NameContains: 'a', SortOrder: 'ASCENDING', NextToken }));
      pages.push(names(page.Images));
      NextToken = page.NextToken;
    } while (NextToken !== undefined);
    expect(pages).toEqual([['a1'], [], ['a2']]);
  });
});
