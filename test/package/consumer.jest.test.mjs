// Run by scripts/check-pack.js with Jest in ESM mode (--experimental-vm-modules), in a project that
// installed the packed tarball, with `--setupFiles sagemaker-image-mock/jest` instead of an import
// (setupFiles run before Jest's global expect exists).
import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient);
afterAll(() => mock.restore());

test('toThrowServiceError from an ES module', async () => {
  mock.seed({ ImageName: 'a', Versions: [{ BaseImage: 'b' }] });
  const client = new SageMakerClient({ region: 'us-east-1' });
  await expect(client.send(new DescribeImageCommand({ ImageName: 'a' }))).resolves.toMatchObject({ ImageName: 'a' });
  await expect(client.send(new DescribeImageCommand({ ImageName: 'b' }))).rejects.toThrowServiceError('ResourceNotFound');
});
