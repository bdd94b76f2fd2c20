import { DescribeImageCommand, DescribeImageVersionCommand, ListImagesCommand, paginateListImages } from '@aws-sdk/client-sagemaker';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { ImageStore, SeedError } from 'sagemaker-image-mock';
import { imageName, imageSeed, imageSeeds, imageVersionAlias, invalidImageName, invalidMaxResults, listImagesRequest, nameContains, tags } from 'sagemaker-image-mock/arbitraries';
import 'sagemaker-image-mock/jest';
import { DOORS, withDoor } from '../support/doors';

// The arbitraries are proven against the mock itself: what the valid ones yield is accepted on every
// door, what the invalid ones yield is refused with the service's code. Through the HTTP door each
// run costs real requests, so the door runs are fewer than fast-check's default.
const runs = (base: number) => ({ numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || base });

async function allImages(client: SageMakerClient) {
  const found = [];
  for await (const page of paginateListImages({ client, pageSize: 100 }, {})) found.push(...(page.Images ?? []));
  return found;
}

describe('arbitraries are valid by construction', () => {
  it('imageName() matches the model: 1 to 63 characters of the ImageName pattern', () => {
    fc.assert(
      fc.property(imageName(), (name) => {
        expect(name).toMatch(/^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$/);
        expect(name.length).toBeLessThanOrEqual(63);
      }),
    );
  });

  it('imageName() reaches the longest names and both separators', () => {
    const sample = fc.sample(imageName(), { numRuns: 2000, seed: 1 });
    expect(sample.some((n) => n.includes('-'))).toBe(true);
    expect(sample.some((n) => n.includes('.'))).toBe(true);
    // fast-check keeps sizes small by default; at the largest size the model's bound is reached, not passed.
    const before = fc.readConfigureGlobal();
    fc.configureGlobal({ ...before, baseSize: 'xlarge' });
    try {
      expect(Math.max(...fc.sample(imageName(), { numRuns: 200, seed: 1 }).map((n) => n.length))).toBe(63);
    } finally {
      fc.configureGlobal(before);
    }
  });

  it('every imageSeeds() batch seeds without error, with every option on, and Describe answers each seed', () => {
    fc.assert(
      fc.property(imageSeeds({ withStatus: true, withTags: true }), (seeds) => {
        const store = new ImageStore();
        store.seed(seeds);
        for (const seed of seeds) {
          const { ImageName, Tags, ...members } = seed;
          expect(store.describeImage({ ImageName })).toMatchObject({ ImageName, ImageStatus: 'CREATED', ...members });
          const listed = store.listTags({ ResourceArn: store.describeImage({ ImageName }).ImageArn!, MaxResults: 100 }).Tags ?? [];
          expect(listed).toEqual(expect.arrayContaining(Tags ?? []));
          expect(listed).toHaveLength(Tags?.length ?? 0);
        }
      }),
    );
  });

  it('every imageSeeds({ withVersions }) batch seeds, and each alias finds the version that holds it', () => {
    fc.assert(
      fc.property(imageSeeds({ withVersions: true, withStatus: true, withTags: true, maxLength: 4 }), (seeds) => {
        const store = new ImageStore();
        store.seed(seeds);
        for (const { ImageName, Versions = [] } of seeds) {
          Versions.forEach(({ Aliases = [], Tags = [], ...members }, i) => {
            const described = store.describeImageVersion({ ImageName, Version: i + 1 });
            expect(described).toMatchObject({ Version: i + 1, ImageVersionStatus: 'CREATED', ...members });
            expect(store.listTags({ ResourceArn: described.ImageVersionArn!, MaxResults: 100 }).Tags ?? []).toHaveLength(Tags.length);
            for (const Alias of Aliases) expect(store.describeImageVersion({ ImageName, Alias }).Version).toBe(i + 1);
          });
        }
      }),
    );
  });

  it('imageVersionAlias() never starts with . or - and stays within 128 characters', () => {
    fc.assert(
      fc.property(imageVersionAlias(), (alias) => {
        expect(alias).toMatch(/^(?![.-])[a-zA-Z0-9-_.]{1,128}$/u);
      }),
    );
  });

  it('imageSeed() respects its options: no times, no status, no tags, no optional members', () => {
    fc.assert(
      fc.property(imageSeed({ withTimes: false, withOptionalMembers: false }), (seed) => {
        expect(Object.keys(seed)).toEqual(['ImageName']);
      }),
    );
  });

  it('imageSeeds() draws times between minTime and maxTime', () => {
    const minTime = new Date('2024-01-01T00:00:00Z');
    const maxTime = new Date('2024-01-01T00:05:00Z');
    fc.assert(
      fc.property(imageSeeds({ minTime, maxTime, minLength: 1 }), (seeds) => {
        for (const s of seeds) {
          expect(s.CreationTime!.getTime()).toBeGreaterThanOrEqual(minTime.getTime());
          expect(s.LastModifiedTime!.getTime()).toBeLessThanOrEqual(maxTime.getTime());
          expect(s.LastModifiedTime!.getTime()).toBeGreaterThanOrEqual(s.CreationTime!.getTime());
        }
      }),
    );
  });

  it('tags() have unique keys and at most 50 tags', () => {
    fc.assert(
      fc.property(tags(), (list) => {
        expect(new Set(list.map((t) => t.Key)).size).toBe(list.length);
        expect(list.length).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('a bad constraint is a TypeError', () => {
    expect(() => imageSeeds({ minTime: new Date(2), maxTime: new Date(1) })).toThrow(TypeError);
  });
});

describe.each(DOORS)('arbitraries on $name', (factory) => {
  it('what imageSeeds() yields is listed and described through the door exactly as seeded', async () => {
    await fc.assert(
      fc.asyncProperty(imageSeeds({ withStatus: true, withTags: true, withVersions: true, maxLength: 12 }), async (seeds) =>
        withDoor(factory, undefined, async (door) => {
          door.store.seed(seeds);
          const client = door.client();
          const listed = await allImages(client);
          expect(listed.map((i) => i.ImageName).sort()).toEqual(seeds.map((s) => s.ImageName).sort());
          for (const seed of seeds) {
            const { Tags, Versions = [], ...members } = seed;
            const described = await client.send(new DescribeImageCommand({ ImageName: seed.ImageName }));
            expect(described).toMatchObject(members);
            expect(described).not.toHaveProperty('Tags', Tags);
            for (const [i, { Aliases = [] }] of Versions.entries()) {
              for (const Alias of Aliases) expect((await client.send(new DescribeImageVersionCommand({ ImageName: seed.ImageName, Alias }))).Version).toBe(i + 1);
            }
          }
        }),
      ),
      runs(25),
    );
  });

  it('every listImagesRequest() is accepted, and its pages hold only matching images', async () => {
    await fc.assert(
      fc.asyncProperty(imageSeeds({ maxLength: 8 }), listImagesRequest(), async (seeds, request) =>
        withDoor(factory, undefined, async (door) => {
          door.store.seed(seeds);
          const page = await door.client().send(new ListImagesCommand(request));
          for (const image of page.Images ?? []) {
            if (request.NameContains !== undefined) expect(image.ImageName).toContain(request.NameContains);
            if (request.CreationTimeAfter !== undefined) expect(image.CreationTime!.getTime()).toBeGreaterThanOrEqual(request.CreationTimeAfter.getTime());
          }
          expect((page.Images ?? []).length).toBeLessThanOrEqual(request.MaxResults ?? 10);
        }),
      ),
      runs(25),
    );
  });

  it('every invalidImageName() is refused with a ValidationException at imageName', async () => {
    await withDoor(factory, undefined, async (door) => {
      const client = door.client();
      await fc.assert(
        fc.asyncProperty(invalidImageName(), async (name) => {
          await expect(client.send(new DescribeImageCommand({ ImageName: name }))).rejects.toThrowServiceError(
            'ValidationException',
            /^\d+ validation errors? detected: Value '[^]*' at 'imageName' failed to satisfy constraint: Member must /,
          );
        }),
        runs(50),
      );
    });
  });

  it('every invalidMaxResults() is refused with a ValidationException at maxResults', async () => {
    await withDoor(factory, undefined, async (door) => {
      const client = door.client();
      await fc.assert(
        fc.asyncProperty(invalidMaxResults(), nameContains(), async (MaxResults, NameContains) => {
          await expect(client.send(new ListImagesCommand({ MaxResults, NameContains }))).rejects.toThrowServiceError(
            'ValidationException',
            `1 validation error detected: Value '${MaxResults}' at 'maxResults' failed to satisfy constraint: Member must have value ${MaxResults < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`,
          );
        }),
        runs(50),
      );
    });
  });
});

describe('invalid arbitraries against seeding', () => {
  it('a seed named by invalidImageName() is a SeedError naming ImageName, and nothing is stored', () => {
    fc.assert(
      fc.property(imageSeeds({ maxLength: 5 }), invalidImageName(), (good, bad) => {
        const store = new ImageStore();
        expect(() => store.seed([...good, { ImageName: bad }])).toThrow(SeedError);
        expect(() => store.seed([...good, { ImageName: bad }])).toThrow(/ImageName/);
        expect(store.listImages({}).Images).toEqual([]);
      }),
    );
  });
});
