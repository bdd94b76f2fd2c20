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
  it('publishes a custom image to Studio: AppImageConfig, domain, CustomImages attached and detached', async () => {
    const json = async (...args: string[]): Promise<unknown> => {
      const done = await sagemaker(...args);
      expect({ args, code: done.code, stderr: done.stderr }).toEqual({ args, code: 0, stderr: '' });
      return done.stdout === '' ? undefined : JSON.parse(done.stdout);
    };
    const config = 'arn:aws:sagemaker:us-east-1:123456789012:app-image-config/cli-config';
    const kernel = { KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3 (cli-image)' }], FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 } };
    await json('create-image', '--image-name', 'cli-image', '--role-arn', ROLE);
    await json('create-image-version', '--image-name', 'cli-image', '--base-image', '123456789012.dkr.ecr.us-east-1.amazonaws.com/cli-image:1');
    expect(await json('create-app-image-config', '--app-image-config-name', 'cli-config', '--kernel-gateway-image-config', JSON.stringify(kernel))).toEqual({ AppImageConfigArn: config });
    await json('create-app-image-config', '--app-image-config-name', 'cli-config-2', '--kernel-gateway-image-config', 'KernelSpecs=[{Name=python3}]');
    await json('create-app-image-config', '--app-image-config-name', 'cli-config-3', '--kernel-gateway-image-config', 'KernelSpecs=[{Name=python3}]');
    expect(await json('describe-app-image-config', '--app-image-config-name', 'cli-config')).toEqual({
      AppImageConfigArn: config,
      AppImageConfigName: 'cli-config',
      CreationTime: expect.any(Number),
      LastModifiedTime: expect.any(Number),
      KernelGatewayImageConfig: kernel,
    });

    const created = (await json('create-domain', '--domain-name', 'cli-domain', '--auth-mode', 'IAM', '--default-user-settings', `ExecutionRole=${ROLE}`)) as { DomainId: string };
    const id = created.DomainId;
    expect(id).toMatch(/^d-[a-z0-9]{12}$/);
    const arn = `arn:aws:sagemaker:us-east-1:123456789012:domain/${id}`;
    const url = `https://${id}.studio.us-east-1.sagemaker.aws`;
    expect(created).toEqual({ DomainArn: arn, DomainId: id, Url: url });
    const described = (await json('describe-domain', '--domain-id', id)) as { DefaultUserSettings: { KernelGatewayAppSettings?: { CustomImages?: unknown[] } } };
    expect(described).toMatchObject({ DomainArn: arn, DomainId: id, DomainName: 'cli-domain', AuthMode: 'IAM', Status: 'InService', Url: url, DefaultUserSettings: { ExecutionRole: ROLE } });
    // The documented way to attach: describe, append to CustomImages, send the whole settings back.
    const settings = described.DefaultUserSettings;
    const customImage = { ImageName: 'cli-image', AppImageConfigName: 'cli-config' };
    settings.KernelGatewayAppSettings = { ...settings.KernelGatewayAppSettings, CustomImages: [...(settings.KernelGatewayAppSettings?.CustomImages ?? []), customImage] };
    expect(await json('update-domain', '--domain-id', id, '--default-user-settings', JSON.stringify(settings))).toEqual({ DomainArn: arn });
    expect(await json('describe-domain', '--domain-id', id)).toMatchObject({ DefaultUserSettings: { ExecutionRole: ROLE, KernelGatewayAppSettings: { CustomImages: [customImage] } } });

    const listed = (await json('list-app-image-configs', '--page-size', '2', '--sort-by', 'Name', '--sort-order', 'Ascending')) as { AppImageConfigs: { AppImageConfigName: string }[]; NextToken?: string };
    expect(listed.AppImageConfigs.map((c) => c.AppImageConfigName)).toEqual(['cli-config', 'cli-config-2', 'cli-config-3']);
    expect(listed.NextToken).toBeUndefined();
    expect(await json('list-domains')).toEqual({
      Domains: [{ DomainArn: arn, DomainId: id, DomainName: 'cli-domain', Status: 'InService', CreationTime: expect.any(Number), LastModifiedTime: expect.any(Number), Url: url }],
    });

    await json('update-domain', '--domain-id', id, '--default-user-settings', '{"KernelGatewayAppSettings": {"CustomImages": []}}');
    expect(await json('describe-domain', '--domain-id', id)).toMatchObject({ DefaultUserSettings: { ExecutionRole: ROLE, KernelGatewayAppSettings: { CustomImages: [] } } });
    await json('delete-app-image-config', '--app-image-config-name', 'cli-config');
    const gone = await sagemaker('describe-app-image-config', '--app-image-config-name', 'cli-config');
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(
      `An error occurred (ResourceNotFound) when calling the DescribeAppImageConfig operation: AppImageConfig ${config} does not exist.`,
    );
    await json('delete-domain', '--domain-id', id);
    expect(await json('list-domains')).toEqual({ Domains: [] });
  }, 120_000);

  it('refuses a CustomImage that names an absent AppImageConfig with a ValidationException', async () => {
    await sagemaker('create-image', '--image-name', 'cli-image', '--role-arn', ROLE);
    const created = await sagemaker('create-domain', '--domain-name', 'cli-domain', '--auth-mode', 'IAM', '--default-user-settings', `ExecutionRole=${ROLE}`);
    const { DomainId } = JSON.parse(created.stdout) as { DomainId: string };
    const refused = await sagemaker('update-domain', '--domain-id', DomainId, '--default-user-settings', 'KernelGatewayAppSettings={CustomImages=[{ImageName=cli-image,AppImageConfigName=ghost-config}]}');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      "An error occurred (ValidationException) when calling the UpdateDomain operation: 1 validation error detected: Value 'ghost-config' at 'defaultUserSettings.kernelGatewayAppSettings.customImages.1.member.appImageConfigName' failed to satisfy constraint: AppImageConfig ghost-config does not exist in this account and region",
    );
    const described = await sagemaker('describe-domain', '--domain-id', DomainId);
    expect(JSON.parse(described.stdout)).toMatchObject({ DefaultUserSettings: { ExecutionRole: ROLE } });
    expect(JSON.parse(described.stdout)).not.toHaveProperty('DefaultUserSettings.KernelGatewayAppSettings');
  }, 60_000);
});
