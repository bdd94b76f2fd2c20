// The Studio half of the tour: publish-to-studio.ts (image, version, AppImageConfig, then the
// domain's CustomImages by describe-append-update) tested through useSageMakerImages, with seeded
// domains, failure injection on UpdateDomain under a timed lifecycle and a ManualClock, and a
// property drawn with the Studio arbitraries.
import { DescribeDomainCommand, SageMakerClient, UpdateDomainCommand } from '@aws-sdk/client-sagemaker';
import type { CustomImage } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import type { DomainSeed } from 'sagemaker-image-mock';
import { appImageConfigName, domainSeed, imageName } from 'sagemaker-image-mock/arbitraries';
import { useSageMakerImages } from 'sagemaker-image-mock/jest';
import { detachFromStudio, publishToStudio } from './publish-to-studio';
import type { PublishToStudioOptions } from './publish-to-studio';

const ROLE = 'arn:aws:iam::123456789012:role/studio-images';
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';

// A domain that already offers one custom image (R), with a default instance type for kernels.
const R_IMAGE: CustomImage = { ImageName: 'r-base', AppImageConfigName: 'r-kernel' };
const STUDIO: DomainSeed = {
  DomainName: 'studio',
  DomainId: 'd-studio000001',
  DefaultUserSettings: {
    ExecutionRole: ROLE,
    KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: 'ml.t3.medium' }, CustomImages: [R_IMAGE] },
  },
};

const PYTORCH: PublishToStudioOptions = {
  imageName: 'pytorch',
  baseImage: `${ECR}/pytorch:2.1`,
  roleArn: ROLE,
  appImageConfigName: 'pytorch-kernel',
  kernelName: 'python3',
  kernelDisplayName: 'PyTorch 2.1',
  domainId: STUDIO.DomainId!,
};

const mock = useSageMakerImages(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });

const customImagesOf = async (DomainId: string) => (await client.send(new DescribeDomainCommand({ DomainId }))).DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages;

describe('publishToStudio and detachFromStudio', () => {
  beforeEach(() => {
    mock.seed({ ImageName: 'r-base', Versions: [{ BaseImage: `${ECR}/r:4.3` }] });
    mock.seedAppImageConfigs({ AppImageConfigName: 'r-kernel', KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'ir' }] } });
    mock.seedDomains(STUDIO);
  });

  it('creates the image, its version and the AppImageConfig, and appends the image to the domain', async () => {
    expect(await publishToStudio(client, PYTORCH)).toEqual({
      imageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/pytorch',
      imageVersionArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/pytorch/1',
      version: 1,
      appImageConfigArn: 'arn:aws:sagemaker:us-east-1:123456789012:app-image-config/pytorch-kernel',
      createdImage: true,
      createdAppImageConfig: true,
      attached: true,
    });
    const domain = await client.send(new DescribeDomainCommand({ DomainId: PYTORCH.domainId }));
    expect(domain.Status).toBe('InService');
    // The whole list went back, and the rest of the settings are as they were.
    expect(domain.DefaultUserSettings).toEqual({
      ExecutionRole: ROLE,
      KernelGatewayAppSettings: { DefaultResourceSpec: { InstanceType: 'ml.t3.medium' }, CustomImages: [R_IMAGE, { ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }] },
    });
    expect(mock.store.describeAppImageConfig({ AppImageConfigName: 'pytorch-kernel' }).KernelGatewayImageConfig?.KernelSpecs).toEqual([{ Name: 'python3', DisplayName: 'PyTorch 2.1' }]);
    expect(mock.store.describeImageVersion({ ImageName: 'pytorch' })).toMatchObject({ Version: 1, BaseImage: PYTORCH.baseImage, ImageVersionStatus: 'CREATED' });
  });

  it('publishing again reuses everything and attaches the image once', async () => {
    await publishToStudio(client, PYTORCH);
    expect(await publishToStudio(client, PYTORCH)).toMatchObject({ version: 1, createdImage: false, createdAppImageConfig: false, attached: false });
    expect(await customImagesOf(PYTORCH.domainId)).toEqual([R_IMAGE, { ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }]);
    expect(mock.stub.commandCalls(UpdateDomainCommand)).toHaveLength(1);
  });

  it('a new base image is a new version of the same image, still attached once', async () => {
    await publishToStudio(client, PYTORCH);
    expect(await publishToStudio(client, { ...PYTORCH, baseImage: `${ECR}/pytorch:2.2` })).toMatchObject({ version: 2, createdImage: false, attached: false });
    expect(await customImagesOf(PYTORCH.domainId)).toEqual([R_IMAGE, { ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }]);
  });

  it('an image attached with another config is re-pointed, not listed twice', async () => {
    await publishToStudio(client, { ...PYTORCH, imageName: 'r-base', appImageConfigName: 'r-kernel-2', kernelName: 'ir' });
    expect(await customImagesOf(PYTORCH.domainId)).toEqual([{ ImageName: 'r-base', AppImageConfigName: 'r-kernel-2' }]);
  });

  it('detach removes the image\'s entry, leaves the other images attached, and deletes its config', async () => {
    await publishToStudio(client, PYTORCH);
    expect(await detachFromStudio(client, { domainId: PYTORCH.domainId, imageName: 'pytorch' })).toEqual({
      removed: [{ ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }],
      deletedAppImageConfigs: ['pytorch-kernel'],
    });
    expect(await customImagesOf(PYTORCH.domainId)).toEqual([R_IMAGE]);
    expect(mock.store.listAppImageConfigs({}).AppImageConfigs?.map((c) => c.AppImageConfigName)).toEqual(['r-kernel']);
    // The image and its versions are kept: detaching is not deleting.
    expect(mock.store.describeImage({ ImageName: 'pytorch' }).ImageStatus).toBe('CREATED');
  });

  it('detach keeps a config another attached image still uses', async () => {
    await publishToStudio(client, { ...PYTORCH, appImageConfigName: 'r-kernel' });
    expect(await detachFromStudio(client, { domainId: PYTORCH.domainId, imageName: 'pytorch' })).toEqual({
      removed: [{ ImageName: 'pytorch', AppImageConfigName: 'r-kernel' }],
      deletedAppImageConfigs: [],
    });
    expect(mock.store.describeAppImageConfig({ AppImageConfigName: 'r-kernel' }).AppImageConfigName).toBe('r-kernel');
  });

  it('detaching an image that is not attached sends no update', async () => {
    expect(await detachFromStudio(client, { domainId: PYTORCH.domainId, imageName: 'pytorch' })).toEqual({ removed: [], deletedAppImageConfigs: [] });
    expect(mock.stub.commandCalls(UpdateDomainCommand)).toHaveLength(0);
  });

  it('a domain that does not exist is the service\'s ResourceNotFound', async () => {
    await expect(publishToStudio(client, { ...PYTORCH, domainId: 'd-missing00000' })).rejects.toThrowServiceError('ResourceNotFound', /d-missing00000/);
  });

  it('for any domain whose CustomImages name seeded images and configs, publish then detach gives the list back', async () => {
    const world = fc
      .tuple(fc.uniqueArray(imageName(), { maxLength: 4 }), fc.uniqueArray(appImageConfigName(), { maxLength: 3 }))
      .chain(([imageNames, configNames]) =>
        fc.record({
          imageNames: fc.constant(imageNames),
          configNames: fc.constant(configNames),
          domain: domainSeed({ customImages: { imageNames, appImageConfigNames: configNames } }),
          image: imageName().filter((name) => !imageNames.includes(name)),
          config: appImageConfigName().filter((name) => !configNames.includes(name)),
        }),
      );
    await fc.assert(
      fc.asyncProperty(world, async ({ imageNames, configNames, domain, image, config }) => {
        mock.reset();
        mock.seed(imageNames.map((ImageName) => ({ ImageName })));
        mock.seedAppImageConfigs(configNames.map((AppImageConfigName) => ({ AppImageConfigName })));
        const [seeded] = mock.seedDomains(domain);
        const DomainId = seeded!.DomainId!;
        const original = seeded!.DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages ?? [];
        const entry = { ImageName: image, AppImageConfigName: config };

        await publishToStudio(client, { ...PYTORCH, imageName: image, appImageConfigName: config, domainId: DomainId });
        expect(await customImagesOf(DomainId)).toEqual([...original, entry]);

        await detachFromStudio(client, { domainId: DomainId, imageName: image });
        // A domain that had no KernelGatewayAppSettings now has an empty list: the same images.
        expect((await customImagesOf(DomainId)) ?? []).toEqual(original);
        expect(mock.store.listAppImageConfigs({ MaxResults: 100 }).AppImageConfigs?.map((c) => c.AppImageConfigName).sort()).toEqual([...configNames].sort());
        expect((await client.send(new DescribeDomainCommand({ DomainId }))).DefaultUserSettings?.ExecutionRole).toBe(domain.DefaultUserSettings?.ExecutionRole);
      }),
      { numRuns: 30 },
    );
  });
});

describe('publishToStudio with a timed lifecycle', () => {
  // Two minutes for a domain update, one for an image or version to be created; the code under test
  // polls, and its sleep moves the mock's clock instead of waiting.
  const clock = createManualClock(new Date('2024-06-01T00:00:00Z'));
  const timed = useSageMakerImages(SageMakerClient, { clock, lifecycle: { creating: 60_000, updating: 120_000, deleting: 60_000 } });
  const sleep = (ms: number) => {
    clock.advance(ms);
    return Promise.resolve();
  };
  const options = { ...PYTORCH, sleep, pollInterval: 10_000 };

  beforeEach(() => {
    timed.seed({ ImageName: 'r-base' });
    timed.seedAppImageConfigs({ AppImageConfigName: 'r-kernel' });
    timed.seedDomains(STUDIO);
  });

  it('waits for the image, the version and the domain update', async () => {
    const start = clock.now().getTime();
    expect(await publishToStudio(client, options)).toMatchObject({ version: 1, attached: true });
    expect(clock.now().getTime() - start).toBe(60_000 + 60_000 + 120_000);
    const domain = await client.send(new DescribeDomainCommand({ DomainId: PYTORCH.domainId }));
    expect(domain.Status).toBe('InService');
    expect(domain.DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages).toEqual([R_IMAGE, { ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }]);
  });

  it('waits for an update already running before sending its own (UpdateDomain would be ResourceInUse)', async () => {
    await client.send(new UpdateDomainCommand({ DomainId: PYTORCH.domainId, TagPropagation: 'ENABLED' }));
    await expect(client.send(new UpdateDomainCommand({ DomainId: PYTORCH.domainId, TagPropagation: 'ENABLED' }))).rejects.toThrowServiceError('ResourceInUse', /Updating/);
    expect(await publishToStudio(client, options)).toMatchObject({ attached: true });
    expect(await client.send(new DescribeDomainCommand({ DomainId: PYTORCH.domainId }))).toMatchObject({ Status: 'InService', TagPropagation: 'ENABLED' });
  });

  it('a failed domain update rejects with its reason, leaves Update_Failed with the settings reverted, and a re-run succeeds', async () => {
    timed.failNext({ operation: 'UpdateDomain', DomainName: 'studio', FailureReason: 'ExecutionRole cannot pull the image' });
    await expect(publishToStudio(client, options)).rejects.toThrow('domain d-studio000001 is Update_Failed: ExecutionRole cannot pull the image');
    const failed = await client.send(new DescribeDomainCommand({ DomainId: PYTORCH.domainId }));
    expect(failed).toMatchObject({ Status: 'Update_Failed', FailureReason: 'ExecutionRole cannot pull the image' });
    expect(failed.DefaultUserSettings).toEqual(STUDIO.DefaultUserSettings);
    // The image, version and config stay for the next run, which reuses them.
    expect(timed.store.describeImageVersion({ ImageName: 'pytorch' }).ImageVersionStatus).toBe('CREATED');

    expect(await publishToStudio(client, options)).toMatchObject({ version: 1, createdImage: false, createdAppImageConfig: false, attached: true });
    const fixed = await client.send(new DescribeDomainCommand({ DomainId: PYTORCH.domainId }));
    expect(fixed.Status).toBe('InService');
    expect(fixed).not.toHaveProperty('FailureReason');
    expect(fixed.DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages).toEqual([R_IMAGE, { ImageName: 'pytorch', AppImageConfigName: 'pytorch-kernel' }]);
  });
});
