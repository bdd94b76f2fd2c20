import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { DOORS, usePropertyRunsOn, withDoor } from '../support/doors';
import type { Door } from '../support/doors';
import { listQuery, maxResults, refImage, refImages, seedOf } from '../support/arbitraries';
import type { RefImage } from '../support/reference';
import { referenceList } from '../support/reference';
import { allPages } from '../support/all-pages';

const names = (pages: { Images?: { ImageName?: string }[] }[]) => pages.flatMap((p) => (p.Images ?? []).map((i) => i.ImageName!));

describe.each(DOORS)('laws of ListImages, $name', (factory) => {
  usePropertyRunsOn(factory);
  /** Runs `body` against a fresh door holding `images`, and always closes it. */
  const withStore = <T>(images: readonly RefImage[], options: MockSageMakerImagesOptions, body: (door: Door) => Promise<T>) =>
    withDoor(factory, options, (door) => {
      door.store.seed(...images.map((i) => seedOf(i)));
      return body(door);
    });

  it('ordering is total: DESCENDING is exactly ASCENDING reversed, for every SortBy', async () => {
    await fc.assert(
      fc.asyncProperty(refImages, listQuery, (images, query) =>
        withStore(images, {}, async (door) => {
          const up = names(await allPages(door.client(), { ...query, SortOrder: 'ASCENDING' }, 100));
          const down = names(await allPages(door.client(), { ...query, SortOrder: 'DESCENDING' }, 100));
          expect(down).toEqual([...up].reverse());
        }),
      ),
    );
  });

  it('each filter equals its naive predicate, with inclusive bounds at existing instants', async () => {
    const member = fc.constantFrom('CreationTimeAfter', 'CreationTimeBefore', 'LastModifiedTimeAfter', 'LastModifiedTimeBefore');
    await fc.assert(
      fc.asyncProperty(refImages.filter((is) => is.length > 0), member, fc.nat(), fc.boolean(), (images, key, pick, atImage) =>
        withStore(images, {}, async (door) => {
          const chosen = images[pick % images.length]!;
          const bound = atImage ? (key.startsWith('Creation') ? chosen.created : chosen.modified) : chosen.created + 1;
          const query: ListImagesCommandInput = { [key]: new Date(bound), SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' };
          const after = key.endsWith('After');
          const field = key.startsWith('Creation') ? 'created' : 'modified';
          const naive = images
            .filter((i) => (after ? i[field] >= bound : i[field] <= bound))
            .map((i) => i.name)
            .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect(names(await allPages(door.client(), query, 100))).toEqual(naive);
        }),
      ),
    );
  });

  it('NameContains is a case-sensitive substring test by default, case-insensitive when chosen', async () => {
    await fc.assert(
      fc.asyncProperty(refImages, listQuery, fc.boolean(), (images, query, insensitive) =>
        withStore(images, insensitive ? { nameContains: 'case-insensitive' } : {}, async (door) => {
          expect(names(await allPages(door.client(), query, 100))).toEqual(referenceList(images, query, insensitive));
        }),
      ),
    );
  });

  it('under seeding between pages, every item present throughout is returned exactly once, none twice, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(refImage, fc.nat()), { selector: ([i]) => i.name, size: '+1' }),
        listQuery,
        maxResults,
        async (tagged, query, size) => {
          // Each image is either present from the start (0) or seeded before page k (k >= 1).
          const initial = tagged.filter(([, k]) => k % 3 === 0).map(([i]) => i);
          const later = tagged.filter(([, k]) => k % 3 !== 0).map(([i, k]) => ({ image: i, beforePage: 1 + (k % 7) }));
          await withStore(initial, {}, async (door) => {
            const pages = await allPages(door.client(), query, size, (pageIndex) => {
              door.store.seed(...later.filter((l) => l.beforePage === pageIndex).map((l) => seedOf(l.image)));
            });
            const got = names(pages);
            expect(new Set(got).size).toBe(got.length);
            const everything = [...initial, ...later.map((l) => l.image)];
            const fullOrder = referenceList(everything, query);
            // In order: what was returned is a subsequence of the final total order.
            expect(fullOrder.filter((n) => got.includes(n))).toEqual(got);
            for (const name of referenceList(initial, query)) expect(got).toContain(name);
          });
        },
      ),
    );
  });

  it('under updates and deletes between pages, nothing is returned twice, and every untouched item exactly once', async () => {
    const touch = fc.record({ image: fc.nat(), beforePage: fc.integer({ min: 1, max: 6 }), kind: fc.constantFrom('update', 'delete') });
    // An update moves LastModifiedTime to now: the walk that can meet an image twice is LAST_MODIFIED_TIME, ASCENDING.
    const risky = fc.option(fc.constantFrom('a', 'b'), { nil: undefined }).map((needle) => ({
      ...(needle !== undefined && { NameContains: needle }),
      SortBy: 'LAST_MODIFIED_TIME' as const,
      SortOrder: 'ASCENDING' as const,
    }));
    await fc.assert(
      fc.asyncProperty(refImages, fc.oneof(listQuery, risky), maxResults, fc.array(touch, { size: '+1' }), async (images, query, size, touches) => {
        const withRole = images.map((i) => ({ ...seedOf(i), RoleArn: 'arn:aws:iam::123456789012:role/r' }));
        await withDoor(factory, {}, async (door) => {
          door.store.seed(withRole);
          const touched = new Set<string>();
          const client = door.client();
          const pages = await allPages(client, query, size, (pageIndex) => {
            for (const t of touches.filter((x) => x.beforePage === pageIndex && images.length > 0)) {
              const name = images[t.image % images.length]!.name;
              if (touched.has(name)) continue;
              touched.add(name);
              if (t.kind === 'update') door.store.updateImage({ ImageName: name, Description: 'changed' });
              else door.store.deleteImage({ ImageName: name });
            }
          });
          const got = names(pages);
          expect(new Set(got).size).toBe(got.length);
          const untouched = images.filter((i) => !touched.has(i.name));
          for (const name of referenceList(untouched, query)) expect(got.filter((n) => n === name)).toHaveLength(1);
        });
      }),
    );
  });

  it("with listPaging 'limit-before-filter', pages concatenate to the reference; NextToken iff unfiltered items remain", async () => {
    await fc.assert(
      fc.asyncProperty(refImages, listQuery, maxResults, (images, query, size) =>
        withStore(images, { listPaging: 'limit-before-filter' }, async (door) => {
          const pages = await allPages(door.client(), query, size);
          expect(names(pages)).toEqual(referenceList(images, query));
          const unfiltered = referenceList(images, { SortBy: query.SortBy, SortOrder: query.SortOrder });
          expect(pages).toHaveLength(Math.max(1, Math.ceil(unfiltered.length / size)));
          for (const page of pages) expect(page.Images!.length).toBeLessThanOrEqual(size);
        }),
      ),
    );
  });

  it('mutating any output never changes the store', async () => {
    const mutation = fc.constantFrom('string', 'date', 'array', 'delete');
    await fc.assert(
      fc.asyncProperty(refImages.filter((is) => is.length > 0), fc.array(mutation, { minLength: 1 }), (images, mutations) =>
        withStore(images, {}, async (door) => {
          const client = door.client();
          const query = { SortBy: 'IMAGE_NAME' as const };
          const before = await allPages(client, query, 100);
          const snapshot = structuredClone(before.map(({ Images }) => Images));
          const described = await client.send(new DescribeImageCommand({ ImageName: images[0]!.name }));
          const describedSnapshot = structuredClone({ ...described, $metadata: undefined });
          for (const m of mutations) {
            for (const target of [...before.flatMap((p) => p.Images!), described]) {
              if (m === 'string') target.ImageName = 'mutated';
              if (m === 'date') target.CreationTime?.setTime(0);
              if (m === 'delete') delete target.ImageArn;
            }
            if (m === 'array') before.forEach((p) => p.Images!.splice(0, 1));
          }
          const after = await allPages(client, query, 100);
          expect(after.map(({ Images }) => Images)).toEqual(snapshot);
          const again = await client.send(new DescribeImageCommand({ ImageName: images[0]!.name }));
          expect({ ...again, $metadata: undefined }).toEqual(describedSnapshot);
        }),
      ),
    );
  });

  it('the answer does not depend on the order in which images were seeded', async () => {
    await fc.assert(
      fc.asyncProperty(refImages, listQuery, (images, query) =>
        withStore([...images].reverse(), {}, async (door) => {
          const once = names(await allPages(door.client(), query, 100));
          expect(once).toEqual(referenceList(images, query));
          const direct = await door.client().send(new ListImagesCommand({ ...query, MaxResults: 100 }));
          expect(names([direct])).toEqual(once.slice(0, 100));
        }),
      ),
    );
  });
});
