import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import type { Cursor } from '../pagination/cursor-token';
import type { ImageRecord } from '../model/records';
import { compareStrings } from './compare-strings';

/**
 * One ascending total order per SortBy: the sort key, then the image name (unique in a namespace).
 * DESCENDING walks the same order backwards.
 */
export interface ImageOrder {
  readonly compare: (a: ImageRecord, b: ImageRecord) => number;
  readonly cursorOf: (image: ImageRecord) => Cursor;
  /** Where an image stands relative to a cursor, or undefined when the cursor has the wrong form. */
  readonly probe: (cursor: Cursor) => ((image: ImageRecord) => number) | undefined;
}

function byTime(key: 'creationTime' | 'lastModifiedTime'): ImageOrder {
  return {
    compare: (a, b) => a[key] - b[key] || compareStrings(a.name, b.name),
    cursorOf: (image) => [image[key], image.name],
    probe: (cursor) => {
      const [time, name] = cursor;
      if (cursor.length !== 2 || typeof time !== 'number' || typeof name !== 'string') return undefined;
      return (image) => image[key] - time || compareStrings(image.name, name);
    },
  };
}

export const imageOrders: Record<ImageSortBy, ImageOrder> = {
  CREATION_TIME: byTime('creationTime'),
  LAST_MODIFIED_TIME: byTime('lastModifiedTime'),
  IMAGE_NAME: {
    compare: (a, b) => compareStrings(a.name, b.name),
    cursorOf: (image) => [image.name],
    probe: (cursor) => {
      const [name] = cursor;
      if (cursor.length !== 1 || typeof name !== 'string') return undefined;
      return (image) => compareStrings(image.name, name);
    },
  },
};

export const IMAGE_SORT_KEYS = Object.keys(imageOrders) as ImageSortBy[];
