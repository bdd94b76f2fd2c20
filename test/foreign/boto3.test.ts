import { startServer } from 'sagemaker-image-mock/server';
import type { RunningServer } from 'sagemaker-image-mock/server';
import { boto3Python, describeWithClient, OFFLINE_AWS_ENV, run } from '../support/foreign';

const SCRIPT = String.raw`
import json, sys
import boto3
from botocore.exceptions import ClientError, WaiterError

client = boto3.client('sagemaker', endpoint_url=sys.argv[1], region_name='eu-west-1')
role = 'arn:aws:iam::123456789012:role/r'
out = {}
out['created'] = client.create_image(ImageName='boto', RoleArn=role)['ImageArn']
for i in range(5):
    client.create_image(ImageName='page-%d' % i, RoleArn=role)
pages = client.get_paginator('list_images').paginate(SortBy='IMAGE_NAME', SortOrder='ASCENDING', PaginationConfig={'PageSize': 2})
out['pages'] = [[image['ImageName'] for image in page['Images']] for page in pages]
client.get_waiter('image_created').wait(ImageName='boto', WaiterConfig={'Delay': 1, 'MaxAttempts': 2})
described = client.describe_image(ImageName='boto')
out['described'] = [described['ImageStatus'], described['CreationTime'].isoformat() == described['LastModifiedTime'].isoformat()]
out['version'] = client.create_image_version(ImageName='boto', BaseImage='b')['ImageVersionArn']
try:
    client.describe_image(ImageName='ghost')
except ClientError as error:
    out['error'] = [error.response['Error']['Code'], error.response['Error']['Message'], error.response['ResponseMetadata']['HTTPStatusCode']]
client.delete_image(ImageName='page-0')
try:
    client.get_waiter('image_deleted').wait(ImageName='page-0', WaiterConfig={'Delay': 1, 'MaxAttempts': 2})
    out['deleted_waiter'] = 'success'
except WaiterError as error:
    out['deleted_waiter'] = str(error)
print(json.dumps(out))
`;

describeWithClient('boto3 against the server', boto3Python, 'apt-get install python3-boto3', () => {
  let server: RunningServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  it('creates, pages, waits, describes and reports errors as boto3 sees them', async () => {
    const result = await run(boto3Python!, ['-c', SCRIPT, server.url], OFFLINE_AWS_ENV);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      created: 'arn:aws:sagemaker:eu-west-1:123456789012:image/boto',
      pages: [['boto', 'page-0'], ['page-1', 'page-2'], ['page-3', 'page-4']],
      described: ['CREATED', true],
      version: 'arn:aws:sagemaker:eu-west-1:123456789012:image-version/boto/1',
      error: ['ResourceNotFound', 'Image with ARN arn:aws:sagemaker:eu-west-1:123456789012:image/ghost does not exist', 400],
      // botocore #3782, exactly as against the service: the waiter fails on ResourceNotFound.
      deleted_waiter: 'Waiter ImageDeleted failed: An error occurred (ResourceNotFound): Image with ARN arn:aws:sagemaker:eu-west-1:123456789012:image/page-0 does not exist',
    });
  }, 120_000);
});
