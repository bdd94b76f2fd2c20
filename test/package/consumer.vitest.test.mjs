// Run by scripts/check-pack.js with Vitest, in a project that installed the packed tarball: the
// README's quick start, with Vitest's own lifecycle hooks.
import { afterAll, afterEach, expect, test } from 'vitest';
import { DescribeImageCommand, ListImagesCommand, ResourceNotFound, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';
import 'sagemaker-image-mock/vitest';
import fc from 'fast-check';
import { invalidImageName } from 'sagemaker-image-mock/arbitraries';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const mock = mockSageMakerImages(SageMakerClient);
afterEach(() => mock.reset());
afterAll(() => mock.restore());

test('lists and describes images', async () => {
  mock.seed({ ImageName: 'old', CreationTime: new Date('2024-01-01') }, { ImageName: 'new', CreationTime: new Date('2024-02-01') });
  const client = new SageMakerClient({ region: 'us-east-1' });
  const { Images } = await client.send(new ListImagesCommand({}));
  expect(Images?.map((i) => i.ImageName)).toEqual(['new', 'old']);
  await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.toBeInstanceOf(ResourceNotFound);
});

test('reset() dropped the seeds and the rules of the test before', async () => {
  mock.stub.on(ListImagesCommand).resolves({ Images: [] });
  mock.reset();
  mock.seed({ ImageName: 'only' });
  const { Images } = await new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({}));
  expect(Images?.map((i) => i.ImageName)).toEqual(['only']);
});

test('toThrowServiceError and the arbitraries under Vitest', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.toThrowServiceError('ResourceNotFound', /gone does not exist/);
  await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.not.toThrowServiceError('ValidationException');
  await fc.assert(
    fc.asyncProperty(invalidImageName(), async (name) => {
      await expect(client.send(new DescribeImageCommand({ ImageName: name }))).rejects.toThrowServiceError('ValidationException', /at 'imageName'/);
    }),
    { numRuns: 20 },
  );
});

test('a failing toThrowServiceError says what came', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  const failure = await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.toThrowServiceError('ValidationException').then(() => undefined, (e) => e);
  expect(String(failure?.message)).toContain('got:      ResourceNotFound: Image with ARN');
});
