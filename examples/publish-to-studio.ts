// A module under test that goes past the image: publish a custom image to SageMaker Studio (image,
// version, AppImageConfig, then attach both to a domain's default user settings), and detach it.
//
// Attaching is describe-append-update: UpdateDomain replaces the CustomImages list wholesale, so the
// code reads the list, changes it and sends the whole list back. Two publishers racing on one domain
// can lose each other's entry (there is no conditional update); run publishes one at a time.
//
// Waiting: every resource here can be in a transitional status (an image CREATING, a domain
// Updating), and a domain refuses UpdateDomain until it is InService (ResourceInUse). The code polls
// the Describe call until the status is final. The SDK has waiters for images and versions but none
// for domains, so one small poll helper serves all three, with an injectable `sleep`: a test driving
// the mock's ManualClock passes `(ms) => { clock.advance(ms); return Promise.resolve(); }`. With the
// mock's default instant lifecycle every first poll already sees the final status, and nothing sleeps.
import {
  CreateAppImageConfigCommand,
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteAppImageConfigCommand,
  DescribeDomainCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ResourceInUse,
  ResourceNotFound,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
} from '@aws-sdk/client-sagemaker';
import type { CustomImage, DescribeDomainResponse, KernelGatewayImageConfig, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createHash } from 'node:crypto';

/** How to wait for a status to become final. */
export interface Waiting {
  /** Default: a real timer. A test on a ManualClock advances the clock instead. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Milliseconds between two polls. Default 5,000. */
  readonly pollInterval?: number;
  /** Milliseconds of polling before giving up with an Error. Default 30 minutes. */
  readonly maxWait?: number;
}

export interface PublishToStudioOptions extends Waiting {
  readonly imageName: string;
  /** The container image, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com/pytorch:2.1`. */
  readonly baseImage: string;
  /** The role SageMaker uses to pull the image (CreateImage's RoleArn). */
  readonly roleArn: string;
  readonly appImageConfigName: string;
  /** The kernel's name as the image's Jupyter kernelspec gives it (`jupyter kernelspec list`). */
  readonly kernelName: string;
  /** Shown in Studio's launcher. Default: the image name. */
  readonly kernelDisplayName?: string;
  readonly domainId: string;
}

export interface PublishedToStudio {
  readonly imageArn: string;
  readonly imageVersionArn: string;
  readonly version: number;
  readonly appImageConfigArn: string;
  /** False when the image already existed (a re-run, or a new version of a known image). */
  readonly createdImage: boolean;
  /** False when the AppImageConfig already existed: it was updated to this kernel instead. */
  readonly createdAppImageConfig: boolean;
  /** False when the domain already listed the image with this AppImageConfig: no UpdateDomain was sent. */
  readonly attached: boolean;
}

export interface DetachFromStudioOptions extends Waiting {
  readonly domainId: string;
  readonly imageName: string;
}

export interface DetachedFromStudio {
  /** The CustomImages entries removed from the domain (none: the image was not attached). */
  readonly removed: CustomImage[];
  /** The AppImageConfigs deleted: those of the removed entries that no remaining entry uses. */
  readonly deletedAppImageConfigs: string[];
}

/**
 * Publishes `baseImage` as a new version of `imageName` (creating the image when absent) with a
 * KernelGateway AppImageConfig, and attaches the image to the domain's default user settings.
 * Safe to run again: an existing image or config is reused, the same baseImage makes no second
 * version (ClientToken), and an image already attached with this config is not attached twice.
 * A failed domain update rejects with the FailureReason (the domain is left Update_Failed, its
 * settings as before; the image, version and config stay, for the next run to reuse).
 */
export async function publishToStudio(client: SageMakerClient, options: PublishToStudioOptions): Promise<PublishedToStudio> {
  const { imageName, baseImage, roleArn, appImageConfigName, kernelName, domainId } = options;

  const createdImage = await createImageIfAbsent(client, imageName, roleArn);
  const image = await pollUntil(options, `image ${imageName}`, () => client.send(new DescribeImageCommand({ ImageName: imageName })), (i) => i.ImageStatus, ['CREATED'], ['CREATE_FAILED', 'UPDATE_FAILED', 'DELETING', 'DELETE_FAILED']);

  const { ImageVersionArn } = await client.send(new CreateImageVersionCommand({ ImageName: imageName, BaseImage: baseImage, ClientToken: idempotencyToken(imageName, baseImage) }));
  const version = Number(ImageVersionArn!.split('/').pop());
  await pollUntil(options, `version ${version} of image ${imageName}`, () => client.send(new DescribeImageVersionCommand({ ImageName: imageName, Version: version })), (v) => v.ImageVersionStatus, ['CREATED'], ['CREATE_FAILED', 'DELETING', 'DELETE_FAILED']);

  const kernelConfig: KernelGatewayImageConfig = {
    KernelSpecs: [{ Name: kernelName, DisplayName: options.kernelDisplayName ?? imageName }],
    // Studio's defaults for its own images; a custom image must have this user (or say otherwise).
    FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 },
  };
  const { arn: appImageConfigArn, created: createdAppImageConfig } = await putAppImageConfig(client, appImageConfigName, kernelConfig);

  const entry: CustomImage = { ImageName: imageName, AppImageConfigName: appImageConfigName };
  const attached = await changeCustomImages(client, domainId, options, (current) => {
    if (current.some((c) => c.ImageName === imageName && c.AppImageConfigName === appImageConfigName && c.ImageVersionNumber === undefined)) return undefined;
    // Another entry for the image (say, an older config) is replaced: one entry per image.
    return [...current.filter((c) => c.ImageName !== imageName), entry];
  });

  return { imageArn: image.ImageArn!, imageVersionArn: ImageVersionArn!, version, appImageConfigArn, createdImage, createdAppImageConfig, attached };
}

/**
 * Removes every CustomImages entry of `imageName` from the domain's default user settings (the
 * others are sent back as they were), then deletes the AppImageConfigs those entries used, unless
 * another entry still uses one. The image and its versions are kept. Detaching an image that is not
 * attached changes nothing.
 */
export async function detachFromStudio(client: SageMakerClient, options: DetachFromStudioOptions): Promise<DetachedFromStudio> {
  const { domainId, imageName } = options;
  let removed: CustomImage[] = [];
  let remaining: CustomImage[] = [];
  await changeCustomImages(client, domainId, options, (current) => {
    removed = current.filter((c) => c.ImageName === imageName);
    remaining = current.filter((c) => c.ImageName !== imageName);
    return removed.length === 0 ? undefined : remaining;
  });

  const stillUsed = new Set(remaining.map((c) => c.AppImageConfigName));
  const unused = [...new Set(removed.map((c) => c.AppImageConfigName!))].filter((name) => !stillUsed.has(name));
  const deletedAppImageConfigs: string[] = [];
  for (const name of unused) {
    try {
      await client.send(new DeleteAppImageConfigCommand({ AppImageConfigName: name }));
      deletedAppImageConfigs.push(name);
    } catch (error) {
      if (!(error instanceof ResourceNotFound)) throw error; // already gone: what we wanted
    }
  }
  return { removed, deletedAppImageConfigs };
}

async function createImageIfAbsent(client: SageMakerClient, imageName: string, roleArn: string): Promise<boolean> {
  try {
    await client.send(new CreateImageCommand({ ImageName: imageName, RoleArn: roleArn }));
    return true;
  } catch (error) {
    // The name is taken: a re-run, or a new version of an image published before.
    if (error instanceof ResourceInUse) return false;
    throw error;
  }
}

async function putAppImageConfig(client: SageMakerClient, name: string, config: KernelGatewayImageConfig): Promise<{ arn: string; created: boolean }> {
  try {
    const { AppImageConfigArn } = await client.send(new CreateAppImageConfigCommand({ AppImageConfigName: name, KernelGatewayImageConfig: config }));
    return { arn: AppImageConfigArn!, created: true };
  } catch (error) {
    if (!(error instanceof ResourceInUse)) throw error;
    const { AppImageConfigArn } = await client.send(new UpdateAppImageConfigCommand({ AppImageConfigName: name, KernelGatewayImageConfig: config }));
    return { arn: AppImageConfigArn!, created: false };
  }
}

/**
 * Describe, change, update: waits until the domain accepts an update, hands its default user
 * settings' KernelGateway CustomImages to `change`, and sends the list it answers back whole (the
 * rest of KernelGatewayAppSettings as it was), then waits for the update to end. `change` answering
 * undefined means nothing to do. Answers whether an update was sent.
 */
async function changeCustomImages(client: SageMakerClient, domainId: string, waiting: Waiting, change: (current: CustomImage[]) => CustomImage[] | undefined): Promise<boolean> {
  const describe = () => client.send(new DescribeDomainCommand({ DomainId: domainId }));
  // Update_Failed accepts an update too (a re-run after a failed one).
  const domain = await pollUntil(waiting, `domain ${domainId}`, describe, (d) => d.Status, ['InService', 'Update_Failed'], ['Failed', 'Deleting', 'Delete_Failed']);
  const settings = domain.DefaultUserSettings?.KernelGatewayAppSettings;
  const next = change(settings?.CustomImages ?? []);
  if (next === undefined) return false;
  await client.send(new UpdateDomainCommand({ DomainId: domainId, DefaultUserSettings: { KernelGatewayAppSettings: { ...settings, CustomImages: next } } }));
  await pollUntil(waiting, `the update of domain ${domainId}`, describe, (d: DescribeDomainResponse) => d.Status, ['InService'], ['Update_Failed', 'Failed', 'Deleting', 'Delete_Failed']);
  return true;
}

/**
 * Calls `describe` until `statusOf` is one of `done` (answers that description) or one of `failed`
 * (an Error with the status and FailureReason); gives up after `maxWait`.
 */
async function pollUntil<T extends { FailureReason?: string | undefined }>(
  waiting: Waiting,
  what: string,
  describe: () => Promise<T>,
  statusOf: (described: T) => string | undefined,
  done: readonly string[],
  failed: readonly string[],
): Promise<T> {
  const { sleep = realSleep, pollInterval = 5_000, maxWait = 30 * 60_000 } = waiting;
  for (let waited = 0; ; waited += pollInterval) {
    const described = await describe();
    const status = statusOf(described) ?? 'unknown';
    if (done.includes(status)) return described;
    if (failed.includes(status)) throw new Error(`${what} is ${status}${described.FailureReason === undefined ? '' : `: ${described.FailureReason}`}`);
    if (waited >= maxWait) throw new Error(`${what} is still ${status} after ${maxWait} ms`);
    await sleep(pollInterval);
  }
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The same release asked twice makes one version (ClientToken: `^[a-zA-Z0-9-]+$`, at most 36 characters). */
function idempotencyToken(imageName: string, baseImage: string): string {
  return createHash('sha256').update(`${imageName}\n${baseImage}`).digest('hex').slice(0, 36);
}
