import { paginateListImages } from '@aws-sdk/client-sagemaker';
import type { Image , SageMakerClient } from '@aws-sdk/client-sagemaker';
import { DOORS, useDoor } from '../support/doors';
import { image } from '../support/fixtures';

describe.each(DOORS)("the SDK's paginateListImages, $name", (factory) => {
  const ctx = useDoor(factory);
  beforeEach(() => {
    ctx.door.store.seed(...Array.from({ length: 253 }, (_, i) => image(`img-${i}`, i % 17)));
  });

  async function walk(pageSize: number, input = {}): Promise<{ pages: number; items: Image[] }> {
    const client: SageMakerClient = ctx.door.client();
    const items: Image[] = [];
    let pages = 0;
    for await (const page of paginateListImages({ client, pageSize }, input)) {
      pages += 1;
      expect(page.Images!.length).toBeLessThanOrEqual(pageSize);
      items.push(...page.Images!);
    }
    return { pages, items };
  }

  it.each([1, 7, 10, 100])('walks every image exactly once, in order, with pageSize %i', async (pageSize) => {
    const { pages, items } = await walk(pageSize, { SortOrder: 'ASCENDING' });
    expect(pages).toBe(Math.ceil(253 / pageSize));
    const keys = items.map((i) => [i.CreationTime!.getTime(), i.ImageName!] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(new Set(items.map((i) => i.ImageName)).size).toBe(253);
  });

  it('walks a filtered query to its end', async () => {
    const { items } = await walk(5, { NameContains: 'img-1', SortBy: 'IMAGE_NAME' });
    const expected = Array.from({ length: 253 }, (_, i) => `img-${i}`)
      .filter((n) => n.includes('img-1'))
      .sort()
      .reverse();
    expect(items.map((i) => i.ImageName)).toEqual(expected);
  });
});
