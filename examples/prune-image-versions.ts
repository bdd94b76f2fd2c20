// A small, realistic module under test: delete the versions of an image that are older than a
// number of days, except those that carry an alias, and wait until each is gone.
import { DeleteImageVersionCommand, paginateListAliases, paginateListImageVersions } from '@aws-sdk/client-sagemaker';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';

export interface PruneOptions {
  readonly olderThanDays: number;
  /** Default: now. */
  readonly now?: Date;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Deletes versions created `olderThanDays` ago or earlier (the boundary included, as
 * ListImageVersions' CreationTimeBefore is) that carry no alias; answers the numbers it deleted, in
 * ascending order.
 */
export async function pruneImageVersions(client: SageMakerClient, imageName: string, options: PruneOptions): Promise<number[]> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.olderThanDays * DAY);
  const old: number[] = [];
  const versions = paginateListImageVersions({ client }, { ImageName: imageName, CreationTimeBefore: cutoff, SortBy: 'VERSION', SortOrder: 'ASCENDING' });
  for await (const page of versions) {
    for (const v of page.ImageVersions ?? []) if (v.ImageVersionStatus === 'CREATED') old.push(v.Version!);
  }
  const deleted: number[] = [];
  for (const version of old) {
    if (await hasAlias(client, imageName, version)) continue;
    await client.send(new DeleteImageVersionCommand({ ImageName: imageName, Version: version }));
    deleted.push(version);
  }
  return deleted;
}

async function hasAlias(client: SageMakerClient, imageName: string, version: number): Promise<boolean> {
  for await (const page of paginateListAliases({ client }, { ImageName: imageName, Version: version })) {
    if ((page.SageMakerImageVersionAliases ?? []).length > 0) return true;
  }
  return false;
}
