// The other half of the module under test: release a new version of an image, wait until it is
// created, then move an alias (say 'stable') onto it.
import { CreateImageVersionCommand, DescribeImageVersionCommand, ResourceNotFound, UpdateImageVersionCommand, waitUntilImageVersionCreated } from '@aws-sdk/client-sagemaker';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createHash } from 'node:crypto';

export async function publishImageVersion(client: SageMakerClient, imageName: string, baseImage: string, alias: string): Promise<number> {
  const previous = await versionWithAlias(client, imageName, alias);
  const { ImageVersionArn } = await client.send(new CreateImageVersionCommand({ ImageName: imageName, BaseImage: baseImage, ClientToken: idempotencyToken(imageName, baseImage) }));
  const version = Number(ImageVersionArn!.split('/').pop());
  await waitUntilImageVersionCreated({ client, maxWaitTime: 1800 }, { ImageName: imageName, Version: version });
  if (previous !== undefined) await client.send(new UpdateImageVersionCommand({ ImageName: imageName, Version: previous, AliasesToDelete: [alias] }));
  await client.send(new UpdateImageVersionCommand({ ImageName: imageName, Version: version, AliasesToAdd: [alias] }));
  return version;
}

async function versionWithAlias(client: SageMakerClient, imageName: string, alias: string): Promise<number | undefined> {
  try {
    return (await client.send(new DescribeImageVersionCommand({ ImageName: imageName, Alias: alias }))).Version;
  } catch (error) {
    if (error instanceof ResourceNotFound) return undefined;
    throw error;
  }
}

/** The same release asked twice makes one version (ClientToken: `^[a-zA-Z0-9-]+$`, at most 36 characters). */
function idempotencyToken(imageName: string, baseImage: string): string {
  return createHash('sha256').update(`${imageName}\n${baseImage}`).digest('hex').slice(0, 36);
}
