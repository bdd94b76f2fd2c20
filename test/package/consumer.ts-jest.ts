// Run by scripts/check-pack.js with ts-jest's defaults (preset 'ts-jest', a plain tsconfig.json, no
// "type" in package.json) on TypeScript 6: ts-jest type-checks the test, and the arbitraries must fit
// the test's own `import fc from 'fast-check'`, whichever of fast-check's typings that resolves to.
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { mockSageMakerImages } from 'sagemaker-image-mock';
import { imageSeeds, listImagesRequest } from 'sagemaker-image-mock/arbitraries';

const mock = mockSageMakerImages(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
afterAll(() => mock.restore());

test('the arbitraries in fast-check properties, under ts-jest', async () => {
  fc.assert(
    fc.property(imageSeeds({ maxLength: 5 }), (seeds) => {
      mock.reset();
      expect(mock.seed(seeds)).toHaveLength(seeds.length);
    }),
    { numRuns: 20 },
  );
  await fc.assert(
    fc.asyncProperty(imageSeeds({ maxLength: 5 }), listImagesRequest(), async (seeds, request) => {
      mock.reset();
      mock.seed(seeds);
      const { Images = [] } = await client.send(new ListImagesCommand(request));
      expect(Images.length).toBeLessThanOrEqual(seeds.length);
    }),
    { numRuns: 20 },
  );
});
