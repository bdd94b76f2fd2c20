// Run by scripts/check-pack.js with Vitest, in a project that installed the packed tarball: the
// README's quick start, with Vitest's own lifecycle hooks.
import { afterAll, afterEach, expect, test } from 'vitest';
import { DescribeImageCommand, ListImagesCommand, ResourceNotFound, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';

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
