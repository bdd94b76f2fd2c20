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

// §14's workflow, as code that publishes a custom image to Studio runs it: image, version,
// AppImageConfig, domain; describe the domain, append to CustomImages, send it back; detach, clean up.
const STUDIO_SCRIPT = String.raw`
import copy, json, sys
import boto3
from botocore.exceptions import ClientError

client = boto3.client('sagemaker', endpoint_url=sys.argv[1], region_name='eu-west-1')
role = 'arn:aws:iam::123456789012:role/r'
out = {}

def answer(response):
    """The response without its metadata, times as ISO text."""
    body = {key: value for key, value in response.items() if key != 'ResponseMetadata'}
    return json.loads(json.dumps(body, default=lambda time: time.isoformat()))

def error_of(call, **kwargs):
    try:
        call(**kwargs)
        return 'no error'
    except ClientError as error:
        return [error.response['Error']['Code'], error.response['Error']['Message'], error.response['ResponseMetadata']['HTTPStatusCode']]

client.create_image(ImageName='studio-img', RoleArn=role)
client.create_image_version(ImageName='studio-img', BaseImage='123456789012.dkr.ecr.eu-west-1.amazonaws.com/studio-img:1')
kernel = {'KernelSpecs': [{'Name': 'python3', 'DisplayName': 'Python 3 (studio-img)'}],
          'FileSystemConfig': {'MountPath': '/home/sagemaker-user', 'DefaultUid': 1000, 'DefaultGid': 100}}
out['config'] = answer(client.create_app_image_config(AppImageConfigName='studio-config', KernelGatewayImageConfig=kernel))
for name in ['other-config-1', 'other-config-2']:
    client.create_app_image_config(AppImageConfigName=name, KernelGatewayImageConfig={'KernelSpecs': [{'Name': name}]})
out['described_config'] = answer(client.describe_app_image_config(AppImageConfigName='studio-config'))

out['domain'] = answer(client.create_domain(DomainName='studio', AuthMode='IAM', DefaultUserSettings={'ExecutionRole': role}))
domain_id = out['domain']['DomainId']
described = client.describe_domain(DomainId=domain_id)
out['described'] = answer(described)
settings = copy.deepcopy(described['DefaultUserSettings'])
settings.setdefault('KernelGatewayAppSettings', {}).setdefault('CustomImages', []).append({'ImageName': 'studio-img', 'AppImageConfigName': 'studio-config'})
out['updated'] = answer(client.update_domain(DomainId=domain_id, DefaultUserSettings=settings))
out['absent_config'] = error_of(client.update_domain, DomainId=domain_id, DefaultUserSettings={
    'KernelGatewayAppSettings': {'CustomImages': [{'ImageName': 'studio-img', 'AppImageConfigName': 'ghost-config'}]}})
# (the refused update changed nothing)
out['attached'] = answer(client.describe_domain(DomainId=domain_id))['DefaultUserSettings']

pages = client.get_paginator('list_app_image_configs').paginate(SortBy='Name', SortOrder='Ascending', PaginationConfig={'PageSize': 2})
out['config_pages'] = [[config['AppImageConfigName'] for config in page['AppImageConfigs']] for page in pages]
out['domain_pages'] = [[[domain['DomainId'], domain['DomainName'], domain['Status']] for domain in page['Domains']]
                       for page in client.get_paginator('list_domains').paginate()]

client.update_domain(DomainId=domain_id, DefaultUserSettings={'KernelGatewayAppSettings': {'CustomImages': []}})
out['detached'] = answer(client.describe_domain(DomainId=domain_id))['DefaultUserSettings']
client.delete_app_image_config(AppImageConfigName='studio-config')
out['deleted_config'] = error_of(client.describe_app_image_config, AppImageConfigName='studio-config')
client.delete_domain(DomainId=domain_id)
out['domains_left'] = client.list_domains()['Domains']
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
  it('publishes a custom image to Studio: AppImageConfig, domain, CustomImages attached and detached', async () => {
    const result = await run(boto3Python!, ['-c', STUDIO_SCRIPT, server.url], OFFLINE_AWS_ENV);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { domain: { DomainId: string } } & Record<string, unknown>;
    const id = out.domain.DomainId;
    expect(id).toMatch(/^d-[a-z0-9]{12}$/);
    const arn = `arn:aws:sagemaker:eu-west-1:123456789012:domain/${id}`;
    const url = `https://${id}.studio.eu-west-1.sagemaker.aws`;
    const role = { ExecutionRole: 'arn:aws:iam::123456789012:role/r' };
    const attached = { ...role, KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'studio-img', AppImageConfigName: 'studio-config' }] } };
    expect(out).toEqual({
      config: { AppImageConfigArn: 'arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/studio-config' },
      described_config: {
        AppImageConfigArn: 'arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/studio-config',
        AppImageConfigName: 'studio-config',
        CreationTime: expect.any(String),
        LastModifiedTime: expect.any(String),
        KernelGatewayImageConfig: {
          KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3 (studio-img)' }],
          FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
        },
      },
      domain: { DomainArn: arn, DomainId: id, Url: url },
      described: expect.objectContaining({ DomainArn: arn, DomainId: id, DomainName: 'studio', AuthMode: 'IAM', Status: 'InService', Url: url, DefaultUserSettings: role }),
      updated: { DomainArn: arn },
      attached,
      absent_config: [
        'ValidationException',
        "1 validation error detected: Value 'ghost-config' at 'defaultUserSettings.kernelGatewayAppSettings.customImages.1.member.appImageConfigName' failed to satisfy constraint: AppImageConfig ghost-config does not exist in this account and region",
        400,
      ],
      config_pages: [['other-config-1', 'other-config-2'], ['studio-config']],
      domain_pages: [[[id, 'studio', 'InService']]],
      detached: { ...role, KernelGatewayAppSettings: { CustomImages: [] } },
      deleted_config: ['ResourceNotFound', 'AppImageConfig arn:aws:sagemaker:eu-west-1:123456789012:app-image-config/studio-config does not exist.', 400],
      domains_left: [],
    });
  }, 120_000);
});
