// One law set for every list operation (ListImages, ListImageVersions, ListAliases, ListTags,
// ListAppImageConfigs, ListDomains), as
// fast-check reuses assertion sets: each operation is a subject that says how to build a world of
// items, which queries it takes, what a naive reference answers, and how to call it. The laws run
// through the requestHandler door (the SDK's whole pipeline); the doors-agree law covers the others.
import {
  AddTagsCommand,
  ListAliasesCommand,
  ListAppImageConfigsCommand,
  ListDomainsCommand,
  ListImagesCommand,
  ListImageVersionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-sagemaker';
import type { AppImageConfigSortKey, ImageVersionSortBy, ImageVersionSortOrder, SageMakerClient, SortOrder } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import type { ManualClock, MockSageMakerImagesOptions } from 'sagemaker-image-mock';
import { listQuery, maxResults, refImages, seedOf } from '../support/arbitraries';
import type { Door } from '../support/doors';
import { requestHandlerDoor, withDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';
import { ROLE } from '../support/image-calls';
import type { RefImage } from '../support/reference';
import { referenceList } from '../support/reference';

interface Page {
  readonly items: string[];
  readonly NextToken?: string;
  readonly hasTokenKey: boolean;
}

/** What the law set needs to know of one list operation. */
interface ListSubject<World, Query> {
  readonly operation: string;
  readonly world: fc.Arbitrary<World>;
  readonly options?: MockSageMakerImagesOptions;
  setUp(door: Door, world: World, clock: ManualClock): Promise<void>;
  readonly query: (world: World) => fc.Arbitrary<Query>;
  /** Two queries that must not share tokens (they may select or order differently); absent for an operation with no query members (ListDomains). */
  readonly differ?: (a: Query, b: Query) => boolean;
  /** Queries that differ from `query` in one member only (its SortOrder, say): the pairs a token binding most easily forgets. */
  readonly neighbours?: (query: Query) => Query[];
  readonly pageSize: fc.Arbitrary<number>;
  /** The smallest MaxResults the operation takes. */
  readonly minPageSize: number;
  /** The items the query selects, in order, computed naively from the world. */
  reference(world: World, query: Query): string[];
  send(client: SageMakerClient, query: Query, MaxResults: number, NextToken?: string): Promise<Page>;
}

const T0 = Date.UTC(2024, 0, 1);
const page = (items: string[], output: { NextToken?: string }): Page => ({
  items,
  ...(output.NextToken !== undefined && { NextToken: output.NextToken }),
  hasTokenKey: 'NextToken' in output,
});

function lawsOf<World, Query>(subject: ListSubject<World, Query>): void {
  const run = <T>(world: World, body: (client: SageMakerClient) => Promise<T>): Promise<T> => {
    const clock = createManualClock(new Date(T0));
    return withDoor(requestHandlerDoor, { clock, ...subject.options }, async (door) => {
      await subject.setUp(door, world, clock);
      return body(door.client());
    });
  };

  async function walk(client: SageMakerClient, query: Query, sizes: readonly number[]): Promise<Page[]> {
    const pages: Page[] = [];
    let token: string | undefined;
    do {
      const next = await subject.send(client, query, sizes[pages.length % sizes.length]!, token);
      pages.push(next);
      token = next.NextToken;
      if (pages.length > 10_000) throw new Error('the walk does not end');
    } while (token !== undefined);
    return pages;
  }

  const worldAndQuery = subject.world.chain((world) => subject.query(world).map((query) => ({ world, query })));

  describe(`laws of ${subject.operation}`, () => {
    it('pages concatenate to the reference answer, each item once; every page but the last is full; NextToken iff more', async () => {
      await fc.assert(
        fc.asyncProperty(worldAndQuery, subject.pageSize, ({ world, query }, size) =>
          run(world, async (client) => {
            const expected = subject.reference(world, query);
            const pages = await walk(client, query, [size]);
            expect(pages.flatMap((p) => p.items)).toEqual(expected);
            pages.forEach((p, i) => {
              const last = i === pages.length - 1;
              if (!last) expect(p.items).toHaveLength(size);
              else expect(p.items.length).toBeLessThanOrEqual(size);
              expect(p.hasTokenKey).toBe(!last);
            });
            expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / size)));
          }),
        ),
        { numRuns: 40 },
      );
    });

    it('the page size may change from page to page', async () => {
      await fc.assert(
        fc.asyncProperty(worldAndQuery, fc.array(subject.pageSize, { minLength: 1, maxLength: 5 }), ({ world, query }, sizes) =>
          run(world, async (client) => {
            expect((await walk(client, query, sizes)).flatMap((p) => p.items)).toEqual(subject.reference(world, query));
          }),
        ),
        { numRuns: 40 },
      );
    });

    const differ = subject.differ;
    // An operation with no query members has no other query a token could be sent with.
    if (differ !== undefined) it('the query may not change: a token is refused for any other query', async () => {
      // Filtered as a whole, so a world with no query of more than one page is drawn again, not retried forever.
      const twoQueries = subject.world
        .chain((world) =>
          subject.query(world).chain((first) => {
            const near = subject.neighbours?.(first) ?? [];
            const second = near.length === 0 ? subject.query(world) : fc.oneof(subject.query(world), fc.constantFrom(...near));
            return second.map((other) => ({ world, first, second: other }));
          }),
        )
        .filter(({ world, first, second }) => differ(first, second) && subject.reference(world, first).length > subject.minPageSize);
      await fc.assert(
        fc.asyncProperty(twoQueries, ({ world, first, second }) => {
          const size = subject.minPageSize;
          return run(world, async (client) => {
            const { NextToken } = await subject.send(client, first, size);
            expect(NextToken).toBeDefined();
            const error = await rejectionOf(subject.send(client, second, size, NextToken));
            expect([error.name, error.message]).toEqual([
              'ValidationException',
              'Invalid pagination token (NextToken): it was issued for a request with other filters, SortBy or SortOrder.',
            ]);
          });
        }),
        { numRuns: 40 },
      );
    });

    it('a token of another list operation, or any string the store did not issue, is refused', async () => {
      await fc.assert(
        fc.asyncProperty(worldAndQuery, subject.pageSize, fc.string(), ({ world, query }, size, junk) =>
          run(world, async (client) => {
            const foreign = (await client.send(new ListImagesCommand({ MaxResults: 1 }))).NextToken;
            for (const token of [junk === '' ? 'x' : junk, ...(subject.operation === 'ListImages' || foreign === undefined ? [] : [foreign])]) {
              const error = await rejectionOf(subject.send(client, query, size, token));
              expect(error.name).toBe('ValidationException');
              expect(error.message).toContain('NextToken');
            }
          }),
        ),
        { numRuns: 40 },
      );
    });
  });
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ListImages: the world is images; queries are every filter, SortBy and SortOrder.
lawsOf<RefImage[], ReturnType<typeof listQuery.generate>['value']>({
  operation: 'ListImages',
  world: refImages.map((images) => [...images, { name: 'anchor-a', created: T0, modified: T0 }, { name: 'anchor-b', created: T0, modified: T0 }]),
  setUp: (door, images) => Promise.resolve(void door.store.seed(images.map((i) => seedOf(i)))),
  query: () => listQuery,
  differ: (a, b) => {
    const norm = (q: typeof a) => JSON.stringify([q.CreationTimeAfter, q.CreationTimeBefore, q.LastModifiedTimeAfter, q.LastModifiedTimeBefore, q.NameContains, q.SortBy ?? 'CREATION_TIME', q.SortOrder ?? 'DESCENDING']);
    return norm(a) !== norm(b);
  },
  neighbours: (query) => [{ ...query, SortOrder: (query.SortOrder ?? 'DESCENDING') === 'DESCENDING' ? 'ASCENDING' : 'DESCENDING' }],
  pageSize: maxResults,
  minPageSize: 1,
  reference: (images, query) => referenceList(images, query),
  send: async (client, query, MaxResults, NextToken) => {
    const out = await client.send(new ListImagesCommand({ ...query, MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page((out.Images ?? []).map((i) => i.ImageName!), out);
  },
});

// ListImageVersions: the world is versions created at chosen times (and some updated later).
interface VersionWorld {
  readonly created: readonly number[];
  readonly updated: readonly (number | undefined)[];
}
interface VersionQuery {
  readonly SortBy?: ImageVersionSortBy;
  readonly SortOrder?: ImageVersionSortOrder;
  readonly CreationTimeAfter?: Date;
  readonly LastModifiedTimeBefore?: Date;
}
const minutes = fc.integer({ min: 0, max: 5 });
lawsOf<VersionWorld, VersionQuery>({
  operation: 'ListImageVersions',
  world: fc.array(fc.tuple(minutes, fc.option(minutes, { nil: undefined })), { minLength: 1, maxLength: 14 }).map((vs) => {
    // Creation times never go back; updates come after every creation.
    let t = 0;
    const created = vs.map(([step]) => (t += step));
    return { created, updated: vs.map(([, later]) => (later === undefined ? undefined : t + 1 + later)) };
  }),
  setUp: (door, world, clock) => {
    door.store.createImage({ ImageName: 'img', RoleArn: ROLE });
    for (const [i, at] of world.created.entries()) {
      clock.set(new Date(T0 + at * 60_000));
      door.store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken: `t${i}` });
    }
    const updates = world.updated.map((at, i) => ({ at, version: i + 1 })).filter((u): u is { at: number; version: number } => u.at !== undefined);
    for (const { at, version } of updates.sort((a, b) => a.at - b.at)) {
      clock.set(new Date(T0 + at * 60_000));
      door.store.updateImageVersion({ ImageName: 'img', Version: version, ReleaseNotes: 'later' });
    }
    return Promise.resolve();
  },
  query: (world) =>
    fc.record(
      {
        SortBy: fc.constantFrom<ImageVersionSortBy>('CREATION_TIME', 'LAST_MODIFIED_TIME', 'VERSION'),
        SortOrder: fc.constantFrom<ImageVersionSortOrder>('ASCENDING', 'DESCENDING'),
        CreationTimeAfter: fc.constantFrom(...world.created).map((m) => new Date(T0 + m * 60_000)),
        LastModifiedTimeBefore: fc.integer({ min: 0, max: 20 }).map((m) => new Date(T0 + m * 60_000)),
      },
      { requiredKeys: [] },
    ),
  differ: (a, b) => {
    const norm = (q: VersionQuery) => JSON.stringify([q.SortBy ?? 'CREATION_TIME', q.SortOrder ?? 'DESCENDING', q.CreationTimeAfter, q.LastModifiedTimeBefore]);
    return norm(a) !== norm(b);
  },
  neighbours: (query) => [
    { ...query, SortOrder: (query.SortOrder ?? 'DESCENDING') === 'DESCENDING' ? 'ASCENDING' : 'DESCENDING' },
    ...(['CREATION_TIME', 'LAST_MODIFIED_TIME', 'VERSION'] as const).filter((by) => by !== (query.SortBy ?? 'CREATION_TIME')).map((SortBy) => ({ ...query, SortBy })),
  ],
  pageSize: maxResults,
  minPageSize: 1,
  reference: (world, query) => {
    const versions = world.created.map((created, i) => ({ version: i + 1, created, modified: world.updated[i] ?? created }));
    const after = query.CreationTimeAfter === undefined ? undefined : (query.CreationTimeAfter.getTime() - T0) / 60_000;
    const before = query.LastModifiedTimeBefore === undefined ? undefined : (query.LastModifiedTimeBefore.getTime() - T0) / 60_000;
    const sortBy = query.SortBy ?? 'CREATION_TIME';
    const key = (v: (typeof versions)[number]) => (sortBy === 'VERSION' ? v.version : sortBy === 'CREATION_TIME' ? v.created : v.modified);
    const kept = versions.filter((v) => (after === undefined || v.created >= after) && (before === undefined || v.modified <= before));
    const sorted = kept.sort((a, b) => key(a) - key(b) || a.version - b.version);
    if ((query.SortOrder ?? 'DESCENDING') === 'DESCENDING') sorted.reverse();
    return sorted.map((v) => String(v.version));
  },
  send: async (client, query, MaxResults, NextToken) => {
    const out = await client.send(new ListImageVersionsCommand({ ImageName: 'img', ...query, MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page((out.ImageVersions ?? []).map((v) => String(v.Version)), out);
  },
});

// ListAliases: the world is versions holding aliases; a query asks for all, one version's, or one alias.
interface AliasWorld {
  readonly versions: number;
  readonly holders: ReadonlyMap<string, number>;
}
type AliasQuery = { readonly Version?: number; readonly Alias?: string };
const alias = fc.stringMatching(/^[a-z0-9]([-.]?[a-z0-9]){0,5}$/);
lawsOf<AliasWorld, AliasQuery>({
  operation: 'ListAliases',
  world: fc.integer({ min: 1, max: 4 }).chain((versions) =>
    fc.uniqueArray(fc.tuple(alias, fc.integer({ min: 1, max: versions })), { selector: ([a]) => a, maxLength: 25 }).map((pairs) => ({ versions, holders: new Map(pairs) })),
  ),
  setUp: (door, world) => {
    door.store.createImage({ ImageName: 'img', RoleArn: ROLE });
    for (let v = 1; v <= world.versions; v += 1) {
      const aliases = [...world.holders].filter(([, holder]) => holder === v).map(([a]) => a);
      door.store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken: `t${v}`, ...(aliases.length > 0 && { Aliases: aliases }) });
    }
    return Promise.resolve();
  },
  query: (world) =>
    fc.oneof(
      fc.constant({}),
      fc.integer({ min: 1, max: world.versions }).map((Version) => ({ Version })),
      ...(world.holders.size > 0 ? [fc.constantFrom(...world.holders.keys()).map((Alias) => ({ Alias }))] : []),
    ),
  differ: (a, b) => a.Version !== b.Version || a.Alias !== b.Alias,
  pageSize: maxResults,
  minPageSize: 1,
  reference: (world, query) =>
    [...world.holders]
      .filter(([a, v]) => (query.Version === undefined || v === query.Version) && (query.Alias === undefined || a === query.Alias))
      .map(([a]) => a)
      .sort(byString),
  send: async (client, query, MaxResults, NextToken) => {
    const out = await client.send(new ListAliasesCommand({ ImageName: 'img', ...query, MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page(out.SageMakerImageVersionAliases ?? [], out);
  },
});

// ListTags: the world is two tagged images; a query is the ARN of one of them. Pages hold 50 or more.
interface TagWorld {
  readonly keys: readonly (readonly string[])[];
}
const tagKey = fc.stringMatching(/^[a-zA-Z0-9_.:/=+@-]{1,6}$/);
const arnOf = (i: number) => `arn:aws:sagemaker:us-east-1:123456789012:image/img${i}`;
lawsOf<TagWorld, { readonly ResourceArn: string }>({
  operation: 'ListTags',
  options: { limits: { tagsPerResource: 200 } },
  world: fc.tuple(fc.uniqueArray(tagKey, { maxLength: 160 }), fc.uniqueArray(tagKey, { minLength: 51, maxLength: 70 })).map((keys) => ({ keys })),
  setUp: async (door, world) => {
    const client = door.client();
    for (const [i, keys] of world.keys.entries()) {
      door.store.createImage({ ImageName: `img${i}`, RoleArn: ROLE });
      for (let from = 0; from < keys.length; from += 50) {
        await client.send(new AddTagsCommand({ ResourceArn: arnOf(i), Tags: keys.slice(from, from + 50).map((Key) => ({ Key, Value: Key })) }));
      }
    }
  },
  query: () => fc.constantFrom(0, 1).map((i) => ({ ResourceArn: arnOf(i) })),
  differ: (a, b) => a.ResourceArn !== b.ResourceArn,
  pageSize: fc.integer({ min: 50, max: 70 }),
  minPageSize: 50,
  reference: (world, query) => [...world.keys[Number(query.ResourceArn.slice(-1))]!].sort(byString),
  send: async (client, query, MaxResults, NextToken) => {
    const out = await client.send(new ListTagsCommand({ ...query, MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page((out.Tags ?? []).map((t) => t.Key!), out);
  },
});

// ListAppImageConfigs: ListImages' rules with its own names; the world is configs made at chosen
// times, some updated later.
interface ConfigWorld {
  readonly configs: readonly { readonly name: string; readonly created: number; readonly modified: number }[];
}
interface ConfigQuery {
  readonly NameContains?: string;
  readonly SortBy?: AppImageConfigSortKey;
  readonly SortOrder?: SortOrder;
  readonly CreationTimeAfter?: Date;
  readonly ModifiedTimeBefore?: Date;
}
const at = (m: number) => new Date(T0 + m * 60_000);
lawsOf<ConfigWorld, ConfigQuery>({
  operation: 'ListAppImageConfigs',
  world: fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-c]{1,3}$/), minutes, fc.option(minutes, { nil: undefined })), { selector: ([n]) => n, minLength: 1, maxLength: 14 })
    .map((cs) => ({ configs: cs.map(([name, created, later]) => ({ name, created, modified: later === undefined ? created : created + later })) })),
  setUp: (door, world, clock) => {
    for (const c of [...world.configs].sort((a, b) => a.created - b.created)) {
      clock.set(at(c.created));
      door.store.createAppImageConfig({ AppImageConfigName: c.name });
    }
    for (const c of [...world.configs].filter((c) => c.modified !== c.created).sort((a, b) => a.modified - b.modified)) {
      clock.set(at(c.modified));
      door.store.updateAppImageConfig({ AppImageConfigName: c.name });
    }
    clock.set(at(100));
    return Promise.resolve();
  },
  query: () =>
    fc.record(
      {
        NameContains: fc.constantFrom('a', 'b', 'c'),
        SortBy: fc.constantFrom<AppImageConfigSortKey>('CreationTime', 'LastModifiedTime', 'Name'),
        SortOrder: fc.constantFrom<SortOrder>('Ascending', 'Descending'),
        CreationTimeAfter: fc.integer({ min: 0, max: 8 }).map(at),
        ModifiedTimeBefore: fc.integer({ min: 0, max: 12 }).map(at),
      },
      { requiredKeys: [] },
    ),
  differ: (a, b) => {
    const norm = (q: ConfigQuery) => JSON.stringify([q.NameContains, q.SortBy ?? 'CreationTime', q.SortOrder ?? 'Descending', q.CreationTimeAfter, q.ModifiedTimeBefore]);
    return norm(a) !== norm(b);
  },
  neighbours: (query) => [
    { ...query, SortOrder: (query.SortOrder ?? 'Descending') === 'Descending' ? 'Ascending' : 'Descending' },
    ...(['CreationTime', 'LastModifiedTime', 'Name'] as const).filter((by) => by !== (query.SortBy ?? 'CreationTime')).map((SortBy) => ({ ...query, SortBy })),
  ],
  pageSize: maxResults,
  minPageSize: 1,
  reference: (world, query) => {
    const after = query.CreationTimeAfter === undefined ? undefined : (query.CreationTimeAfter.getTime() - T0) / 60_000;
    const before = query.ModifiedTimeBefore === undefined ? undefined : (query.ModifiedTimeBefore.getTime() - T0) / 60_000;
    const sortBy = query.SortBy ?? 'CreationTime';
    const key = (c: ConfigWorld['configs'][number]) => (sortBy === 'Name' ? 0 : sortBy === 'CreationTime' ? c.created : c.modified);
    const kept = world.configs.filter(
      (c) => (query.NameContains === undefined || c.name.includes(query.NameContains)) && (after === undefined || c.created >= after) && (before === undefined || c.modified <= before),
    );
    const sorted = [...kept].sort((a, b) => key(a) - key(b) || byString(a.name, b.name));
    if ((query.SortOrder ?? 'Descending') === 'Descending') sorted.reverse();
    return sorted.map((c) => c.name);
  },
  send: async (client, query, MaxResults, NextToken) => {
    const out = await client.send(new ListAppImageConfigsCommand({ ...query, MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page((out.AppImageConfigs ?? []).map((c) => c.AppImageConfigName!), out);
  },
});

// ListDomains: no filters; every domain by CreationTime, then DomainId (decision 0034).
interface DomainWorld {
  readonly domains: readonly { readonly id: string; readonly created: number }[];
}
lawsOf<DomainWorld, Record<string, never>>({
  operation: 'ListDomains',
  world: fc
    .uniqueArray(fc.tuple(fc.stringMatching(/^[a-z0-9]{12}$/), minutes), { selector: ([id]) => id, maxLength: 14 })
    .map((ds) => ({ domains: ds.map(([id, created]) => ({ id: `d-${id}`, created })) })),
  setUp: (door, world) => {
    door.store.seedDomains(world.domains.map((d) => ({ DomainName: 'studio', DomainId: d.id, CreationTime: at(d.created) })));
    return Promise.resolve();
  },
  query: () => fc.constant({}),
  pageSize: maxResults,
  minPageSize: 1,
  reference: (world) => [...world.domains].sort((a, b) => a.created - b.created || byString(a.id, b.id)).map((d) => d.id),
  send: async (client, _query, MaxResults, NextToken) => {
    const out = await client.send(new ListDomainsCommand({ MaxResults, ...(NextToken !== undefined && { NextToken }) }));
    return page((out.Domains ?? []).map((d) => d.DomainId!), out);
  },
});

// ListImageVersions under changes between pages: UpdateImageVersion moves a version's
// LastModifiedTime, so a LAST_MODIFIED_TIME walk could meet it again past the cursor (behaviour §5).
describe('laws of ListImageVersions under changes between pages', () => {
  it('under updates and deletes between pages, nothing is returned twice, and every untouched version exactly once', async () => {
    const touch = fc.record({ version: fc.nat(), beforePage: fc.integer({ min: 1, max: 6 }), kind: fc.constantFrom('update', 'delete') });
    const risky = fc.constant<VersionQuery>({ SortBy: 'LAST_MODIFIED_TIME', SortOrder: 'ASCENDING' });
    const anyQuery = fc.record(
      { SortBy: fc.constantFrom<ImageVersionSortBy>('CREATION_TIME', 'LAST_MODIFIED_TIME', 'VERSION'), SortOrder: fc.constantFrom<ImageVersionSortOrder>('ASCENDING', 'DESCENDING') },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 12 }), fc.oneof(risky, anyQuery), fc.integer({ min: 1, max: 4 }), fc.array(touch, { size: '+1' }), async (count, query, size, touches) => {
        const clock = createManualClock(new Date(T0));
        await withDoor(requestHandlerDoor, { clock }, async (door) => {
          door.store.seed({ ImageName: 'img', Versions: Array.from({ length: count }, (_, i) => ({ BaseImage: `b${i}` })) });
          const client = door.client();
          const touched = new Set<number>();
          const got: number[] = [];
          let token: string | undefined;
          let pageIndex = 0;
          do {
            if (pageIndex > 0) {
              for (const t of touches.filter((x) => x.beforePage === pageIndex)) {
                const version = (t.version % count) + 1;
                if (touched.has(version)) continue;
                touched.add(version);
                clock.advance(60_000);
                if (t.kind === 'update') door.store.updateImageVersion({ ImageName: 'img', Version: version, ReleaseNotes: 'changed' });
                else door.store.deleteImageVersion({ ImageName: 'img', Version: version });
              }
            }
            const out = await client.send(new ListImageVersionsCommand({ ImageName: 'img', ...query, MaxResults: size, ...(token !== undefined && { NextToken: token }) }));
            got.push(...(out.ImageVersions ?? []).map((v) => v.Version!));
            token = out.NextToken;
            pageIndex += 1;
          } while (token !== undefined);
          expect(new Set(got).size).toBe(got.length);
          for (let v = 1; v <= count; v += 1) if (!touched.has(v)) expect(got.filter((n) => n === v)).toHaveLength(1);
        });
      }),
      { numRuns: 60 },
    );
  });
});
