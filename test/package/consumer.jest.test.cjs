// Run by scripts/check-pack.js with Jest (CommonJS), in a project that installed the packed tarball:
// the README's toolkit recipes: matchers, aws-sdk-client-mock-jest on mock.stub, arbitraries,
// fixtures with versions, and snapshots restored before each test.
const { DescribeImageCommand, ListImagesCommand, SageMakerClient, paginateListImages } = require('@aws-sdk/client-sagemaker');
const fc = require('fast-check');
const { mockSageMakerImages, ImageStore } = require('sagemaker-image-mock');
const { imageSeeds, invalidImageName } = require('sagemaker-image-mock/arbitraries');
require('sagemaker-image-mock/jest');
require('aws-sdk-client-mock-jest');

const mock = mockSageMakerImages(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
let fixture;
beforeAll(() => {
  const built = new ImageStore();
  built.seed({ ImageName: 'base', Versions: [{ BaseImage: 'repo/base:1', Aliases: ['stable'] }, { BaseImage: 'repo/base:2' }] });
  fixture = built.snapshot();
});
beforeEach(() => mock.store.restore(fixture));
afterEach(() => mock.reset());
afterAll(() => mock.restore());

test('toThrowServiceError on an error path', async () => {
  await expect(client.send(new DescribeImageCommand({ ImageName: 'ghost' }))).rejects.toThrowServiceError('ResourceNotFound', /ghost does not exist/);
  await expect(client.send(new DescribeImageCommand({ ImageName: 'bad name' }))).rejects.toThrowServiceError('ValidationException', /at 'imageName'/);
});

test("aws-sdk-client-mock-jest's matchers read mock.stub", async () => {
  await client.send(new ListImagesCommand({ NameContains: 'base' }));
  expect(mock.stub).toHaveReceivedCommandWith(ListImagesCommand, { NameContains: 'base' });
  expect(mock.stub).toHaveReceivedCommandTimes(ListImagesCommand, 1);
});

test('the fixture is restored before each test', async () => {
  const { Images } = await client.send(new ListImagesCommand({}));
  expect(Images.map((i) => i.ImageName)).toEqual(['base']);
});

test('arbitraries: every seeded image is listed once', async () => {
  await fc.assert(
    fc.asyncProperty(imageSeeds({ maxLength: 15 }), async (seeds) => {
      mock.store.restore(fixture);
      mock.seed(seeds);
      const names = [];
      for await (const page of paginateListImages({ client, pageSize: 7 }, {})) names.push(...page.Images.map((i) => i.ImageName));
      expect(names.sort()).toEqual([...seeds.map((s) => s.ImageName), 'base'].sort());
    }),
    { numRuns: 20 },
  );
});

test('arbitraries: every invalid name is a ValidationException', async () => {
  await fc.assert(
    fc.asyncProperty(invalidImageName(), async (name) => {
      await expect(client.send(new DescribeImageCommand({ ImageName: name }))).rejects.toThrowServiceError('ValidationException');
    }),
    { numRuns: 20 },
  );
});
