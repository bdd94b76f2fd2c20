// A user's own function, as the README's property-test example: for each family of images (the
// name up to its first '-' or '.'), the newest image's name.
import { paginateListImages } from '@aws-sdk/client-sagemaker';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';

export async function newestPerPrefix(client: SageMakerClient): Promise<Map<string, string>> {
  const newest = new Map<string, string>();
  const pages = paginateListImages({ client, pageSize: 100 }, { SortBy: 'CREATION_TIME', SortOrder: 'DESCENDING' });
  for await (const page of pages) {
    for (const { ImageName } of page.Images ?? []) {
      const prefix = ImageName!.split(/[-.]/)[0]!;
      if (!newest.has(prefix)) newest.set(prefix, ImageName!);
    }
  }
  return newest;
}
