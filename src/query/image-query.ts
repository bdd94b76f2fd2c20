import type { ImageSortBy, ImageSortOrder, ListImagesRequest } from '@aws-sdk/client-sagemaker';
import type { TimeWindow } from './time-window';
import { timeWindowKey, timeWindowOf } from './time-window';

/** The part of a ListImages request that decides which items come in what order. */
export interface ImageQuery extends TimeWindow {
  readonly nameContains?: string;
  readonly sortBy: ImageSortBy;
  readonly sortOrder: ImageSortOrder;
}

const DEFAULT_IMAGE_SORT_BY: ImageSortBy = 'CREATION_TIME';
const DEFAULT_SORT_ORDER: ImageSortOrder = 'DESCENDING';

/** From a validated request; the documented defaults are filled in so they bind tokens the same way. */
export function imageQueryOf(request: ListImagesRequest): ImageQuery {
  return {
    ...timeWindowOf(request),
    ...(request.NameContains !== undefined && { nameContains: request.NameContains }),
    sortBy: request.SortBy ?? DEFAULT_IMAGE_SORT_BY,
    sortOrder: request.SortOrder ?? DEFAULT_SORT_ORDER,
  };
}

/** The query's parts in a fixed order, defaults filled in, for binding tokens. */
export function imageQueryKey(query: ImageQuery): readonly unknown[] {
  return [...timeWindowKey(query), query.nameContains ?? null, query.sortBy, query.sortOrder];
}
