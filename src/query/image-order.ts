import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import type { Cursor } from '../pagination/cursor-token';
import { cursorReader } from '../pagination/cursor-token';
import type { Probe } from '../collections/sorted-list';
import { compareStrings } from './compare-strings';

/** What the orders read of an image (the store's image records have it): its name and times. */
export interface OrderedImage {
  readonly name: string;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
}

type ImageRecord = OrderedImage;

/**
 * One ascending total order per SortBy: the sort key, then the image name (unique in a namespace).
 * DESCENDING walks the same order backwards. A cursor is the sort key and name of an image.
 */
export interface ImageOrder {
  readonly compare: (a: ImageRecord, b: ImageRecord) => number;
  readonly cursor: { of(image: ImageRecord): Cursor; read(raw: Cursor): Cursor | undefined };
  /** Where an image stands relative to a cursor read by `cursor.read`. */
  readonly probe: (cursor: Cursor) => Probe<ImageRecord>;
}

/**
 * A time order. `timeOf` reads the sort key; the comparators themselves name the property (a
 * named load is much faster than `image[key]` in the sorts of a million-image seed).
 */
function byTime(timeOf: (image: ImageRecord) => number, compare: (a: ImageRecord, b: ImageRecord) => number): ImageOrder {
  return {
    compare,
    cursor: {
      of: (image) => [timeOf(image), image.name],
      read: cursorReader('number', 'string'),
    },
    probe: ([time, name]) => (image) => timeOf(image) - (time as number) || compareStrings(image.name, name as string),
  };
}

export const imageOrders: Record<ImageSortBy, ImageOrder> = {
  CREATION_TIME: byTime(
    (image) => image.creationTime,
    (a, b) => a.creationTime - b.creationTime || compareStrings(a.name, b.name),
  ),
  LAST_MODIFIED_TIME: byTime(
    (image) => image.lastModifiedTime,
    (a, b) => a.lastModifiedTime - b.lastModifiedTime || compareStrings(a.name, b.name),
  ),
  IMAGE_NAME: {
    compare: (a, b) => compareStrings(a.name, b.name),
    cursor: {
      of: (image) => [image.name],
      read: cursorReader('string'),
    },
    probe: ([name]) => (image) => compareStrings(image.name, name as string),
  },
};

export const IMAGE_SORT_KEYS = Object.keys(imageOrders) as ImageSortBy[];
