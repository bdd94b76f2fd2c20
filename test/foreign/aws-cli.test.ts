import { startServer } from 'sagemaker-image-mock/server';
import type { RunningServer } from 'sagemaker-image-mock/server';
import { awsCli, describeWithClient, OFFLINE_AWS_ENV, run } from '../support/foreign';

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

describeWithClient('the AWS CLI against the server', awsCli, 'apt-get install awscli', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());
  const sagemaker = (...args: string[]) => run(awsCli!, ['sagemaker', ...args, '--endpoint-url', server.url, '--output', 'json'], OFFLINE_AWS_ENV);

  it('creates and describes an image', async () => {
    const created = await sagemaker('create-image', '--image-name', 'cli-image', '--role-arn', ROLE);
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toEqual({ ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/cli-image' });
    const described = await sagemaker('describe-image', '--image-name', 'cli-image');
    expect(JSON.parse(described.stdout)).toMatchObject({ ImageName: 'cli-image', ImageStatus: 'CREATED', RoleArn: ROLE });
  }, 60_000);

  it("lists every image with the CLI's automatic pagination", async () => {
    server.store.seed(Array.from({ length: 7 }, (_, i) => ({ ImageName: `img-${i}` })));
    const listed = await sagemaker('list-images', '--page-size', '2', '--sort-by', 'IMAGE_NAME', '--sort-order', 'ASCENDING');
    expect(listed.code).toBe(0);
    const output = JSON.parse(listed.stdout) as { Images: { ImageName: string }[]; NextToken?: string };
    expect(output.Images.map((i) => i.ImageName)).toEqual(['img-0', 'img-1', 'img-2', 'img-3', 'img-4', 'img-5', 'img-6']);
    expect(output.NextToken).toBeUndefined();
  }, 60_000);

  it('reports ResourceNotFound with the service text', async () => {
    const missing = await sagemaker('describe-image', '--image-name', 'ghost');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain(
      'An error occurred (ResourceNotFound) when calling the DescribeImage operation: Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist',
    );
  }, 60_000);

  it('reports a ValidationException with every violation', async () => {
    const invalid = await sagemaker('list-images', '--max-results', '500', '--no-paginate');
    expect(invalid.stderr).toContain(
      "An error occurred (ValidationException) when calling the ListImages operation: 1 validation error detected: Value '500' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100",
    );
  }, 60_000);

  it('reports ResourceInUse for a taken name', async () => {
    await sagemaker('create-image', '--image-name', 'taken', '--role-arn', ROLE);
    const again = await sagemaker('create-image', '--image-name', 'taken', '--role-arn', ROLE);
    expect(again.stderr).toContain(
      'An error occurred (ResourceInUse) when calling the CreateImage operation: The Image with ImageName taken already exists. Please use a different ImageName.',
    );
  }, 60_000);
});
