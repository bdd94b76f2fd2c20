// The README's quick start, verbatim: if this file changes, change the README too.
import { SageMakerClient, ListImagesCommand, DescribeImageCommand, ResourceNotFound } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient);
afterEach(() => mock.reset());
afterAll(() => mock.restore());

test('lists and describes images', async () => {
  mock.seed({ ImageName: 'old', CreationTime: new Date('2024-01-01') }, { ImageName: 'new', CreationTime: new Date('2024-02-01') });
  const client = new SageMakerClient({ region: 'us-east-1' });
  const { Images } = await client.send(new ListImagesCommand({}));
  expect(Images?.map((i) => i.ImageName)).toEqual(['new', 'old']); // CREATION_TIME, DESCENDING
  await expect(client.send(new DescribeImageCommand({ ImageName: 'gone' }))).rejects.toBeInstanceOf(ResourceNotFound);
});
