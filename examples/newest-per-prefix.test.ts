// The README's example: a user's function property-tested against the mock over imageSeeds().
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { mockSageMakerImages } from 'sagemaker-image-mock';
import { imageSeeds } from 'sagemaker-image-mock/arbitraries';
import { newestPerPrefix } from './newest-per-prefix';

const mock = mockSageMakerImages(SageMakerClient);
afterEach(() => mock.reset());
afterAll(() => mock.restore());

test('newestPerPrefix picks the newest image of every prefix', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  await fc.assert(
    fc.asyncProperty(imageSeeds({ minTime: new Date('2024-01-01T00:00:00.000Z'), maxTime: new Date('2024-01-01T00:00:00.004Z') }), async (seeds) => {
      mock.reset();
      mock.seed(seeds);
      // The model: the greatest (CreationTime, ImageName) per prefix. Equal times are ordered by
      // name, so DESCENDING gives the greater name first (the mock's documented tie order).
      const expected = new Map<string, { name: string; time: number }>();
      for (const { ImageName, CreationTime } of seeds) {
        const prefix = ImageName.split(/[-.]/)[0]!;
        const best = expected.get(prefix);
        const time = CreationTime!.getTime();
        if (best === undefined || time > best.time || (time === best.time && ImageName > best.name)) expected.set(prefix, { name: ImageName, time });
      }
      const actual = await newestPerPrefix(client);
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries([...expected].map(([prefix, { name }]) => [prefix, name])));
    }),
  );
});
