import type { ImageRecord } from '../model/records';
import type { ImageQuery } from './image-query';

export type NameContainsMode = 'case-sensitive' | 'case-insensitive';

/** The ListImages filters, combined with AND; time bounds are inclusive ("on or after/before"). */
export function imageMatcher(query: ImageQuery, mode: NameContainsMode): (image: ImageRecord) => boolean {
  const { creationTimeAfter, creationTimeBefore, lastModifiedTimeAfter, lastModifiedTimeBefore } = query;
  const needle = mode === 'case-insensitive' ? query.nameContains?.toLowerCase() : query.nameContains;
  return (image) =>
    (creationTimeAfter === undefined || image.creationTime >= creationTimeAfter) &&
    (creationTimeBefore === undefined || image.creationTime <= creationTimeBefore) &&
    (lastModifiedTimeAfter === undefined || image.lastModifiedTime >= lastModifiedTimeAfter) &&
    (lastModifiedTimeBefore === undefined || image.lastModifiedTime <= lastModifiedTimeBefore) &&
    (needle === undefined || (mode === 'case-insensitive' ? image.name.toLowerCase() : image.name).includes(needle));
}
