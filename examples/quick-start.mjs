// npm run example: seed images, then list and describe them through a real SageMakerClient.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import {
  DescribeImageCommand,
  ListImagesCommand,
  paginateListImages,
  ResourceNotFound,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { createManualClock, mockSageMakerImages } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient, { clock: createManualClock(new Date('2024-06-01T00:00:00Z')) });
mock.seed(
  { ImageName: 'pytorch-cpu', CreationTime: new Date('2024-01-10T00:00:00Z'), DisplayName: 'PyTorch (CPU)' },
  { ImageName: 'pytorch-gpu', CreationTime: new Date('2024-02-20T00:00:00Z'), RoleArn: 'arn:aws:iam::123456789012:role/SageMaker' },
  { ImageName: 'tensorflow', CreationTime: new Date('2024-03-30T00:00:00Z'), ImageStatus: 'CREATE_FAILED', FailureReason: 'bad base image' },
);

const client = new SageMakerClient({ region: 'us-east-1' });

const page = await client.send(new ListImagesCommand({ NameContains: 'pytorch', MaxResults: 1 }));
console.log('first page :', page.Images.map((i) => i.ImageName), page.NextToken ? '(NextToken present)' : '');

const all = [];
for await (const p of paginateListImages({ client, pageSize: 2 }, { SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' })) {
  all.push(...p.Images.map((i) => `${i.ImageName}:${i.ImageStatus}`));
}
console.log('paginated  :', all);

const described = await client.send(new DescribeImageCommand({ ImageName: 'pytorch-gpu' }));
console.log('described  :', described.ImageArn, described.RoleArn);

try {
  await client.send(new DescribeImageCommand({ ImageName: 'missing' }));
} catch (error) {
  console.log('not found  :', error instanceof ResourceNotFound, error.name, '-', error.message);
}

try {
  await client.send(new ListImagesCommand({ MaxResults: 500 }));
} catch (error) {
  console.log('invalid    :', error.name, '-', error.message);
}

mock.restore();
