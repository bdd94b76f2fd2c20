import fc from 'fast-check';
import { ImageStore } from '../../store/image-store';
import { seedFromJson } from './seed-file';

const field = fc.oneof(
  fc.constantFrom('ImageName', 'Description', 'CreationTime', 'LastModifiedTime', 'ImageStatus', 'Tags', 'region'),
  fc.string({ maxLength: 12 }),
);
const fieldValue = fc.oneof(
  fc.constantFrom('a', 'b', 'img-1', '2024-01-01T00:00:00Z', 'CREATED', 'us-west-2', 'bad name', ''),
  fc.integer({ min: 0, max: 2e12 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const seedText = fc.oneof(
  fc.array(fc.dictionary(field, fieldValue, { maxKeys: 4 }), { maxLength: 5 }).map((seeds) => JSON.stringify(seeds)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
);

describe('seeds as JSON: a --seed file or POST /_mock/seed (decisions 0022, 0027)', () => {
  it('is stored whole, or refused with an error naming the file and nothing stored', () => {
    fc.assert(
      fc.property(seedText, (text) => {
        const store = new ImageStore();
        let stored = true;
        try {
          seedFromJson(store, text);
        } catch (error) {
          stored = false;
          expect((error as Error).message).toMatch(/^(not JSON|expected a JSON array of seeds|Invalid seed #\d+: )/);
        }
        const count = (['us-east-1', 'us-west-2'] as const).reduce((n, region) => n + (store.listImages({ MaxResults: 100 }, { region }).Images?.length ?? 0), 0);
        if (stored) expect(count).toBe((JSON.parse(text) as unknown[]).length);
        else expect(count).toBe(0);
      }),
    );
  });

  it('reads times as ISO strings or epoch milliseconds', () => {
    const store = new ImageStore();
    seedFromJson(store, JSON.stringify([{ ImageName: 'a', CreationTime: '2024-01-01T00:00:00Z', LastModifiedTime: 1704067260000 }]));
    expect(store.describeImage({ ImageName: 'a' })).toMatchObject({ CreationTime: new Date('2024-01-01T00:00:00Z'), LastModifiedTime: new Date(1704067260000) });
  });

  it('reads the times of versions the same way', () => {
    const store = new ImageStore();
    seedFromJson(store, JSON.stringify([{ ImageName: 'a', Versions: [{ BaseImage: 'b', Aliases: ['x'], CreationTime: '2024-01-01T00:00:00Z', LastModifiedTime: 1704067260000 }] }]));
    expect(store.describeImageVersion({ ImageName: 'a', Alias: 'x' })).toMatchObject({ Version: 1, CreationTime: new Date('2024-01-01T00:00:00Z'), LastModifiedTime: new Date(1704067260000) });
  });
});
