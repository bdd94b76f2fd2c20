// The test oracle: a deliberately naive ListImages, written from behaviour §5 alone. It never imports
// the store's query, order or pagination code.
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';

export interface RefImage {
  readonly name: string;
  readonly created: number;
  readonly modified: number;
}

export function referenceList(images: readonly RefImage[], query: ListImagesCommandInput, caseInsensitive = false): string[] {
  const t = (d: Date | undefined) => d?.getTime();
  const ca = t(query.CreationTimeAfter);
  const cb = t(query.CreationTimeBefore);
  const ma = t(query.LastModifiedTimeAfter);
  const mb = t(query.LastModifiedTimeBefore);
  const fold = (s: string) => (caseInsensitive ? s.toLowerCase() : s);
  const kept = images.filter(
    (i) =>
      (ca === undefined || i.created >= ca) &&
      (cb === undefined || i.created <= cb) &&
      (ma === undefined || i.modified >= ma) &&
      (mb === undefined || i.modified <= mb) &&
      (query.NameContains === undefined || fold(i.name).includes(fold(query.NameContains))),
  );
  const key = (i: RefImage) =>
    query.SortBy === 'IMAGE_NAME' ? 0 : query.SortBy === 'LAST_MODIFIED_TIME' ? i.modified : i.created;
  const sorted = [...kept].sort((a, b) => key(a) - key(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (query.SortOrder !== 'ASCENDING') sorted.reverse();
  return sorted.map((i) => i.name);
}
