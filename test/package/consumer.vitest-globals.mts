// Vitest with `globals: true` and `setupFiles: ['sagemaker-image-mock/vitest']`: this file imports
// nothing from 'vitest'; the matchers' types come from vitest-env.d.mts (one line, as the toolkit
// page says), which the tsconfig lists beside it.
import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient);
afterAll(() => mock.restore());

test('globals and setupFiles', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  await expect(client.send(new DescribeImageCommand({ ImageName: 'x' }))).rejects.toThrowServiceError('ResourceNotFound');
  expect(mock).toHaveReceivedRequestWith(DescribeImageCommand, { ImageName: expect.stringMatching(/^x/) });
});
