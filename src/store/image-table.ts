import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import { IMAGE_SORT_KEYS, imageOrders } from '../query/image-order';
import type { ImageRecord } from '../model/records';
import { SortedList } from './sorted-list';

/** The images of one (account, region): by name, and in sorted order for every SortBy. */
export class ImageTable {
  private readonly byName = new Map<string, ImageRecord>();
  private readonly indexes = new Map<ImageSortBy, SortedList<ImageRecord>>(
    IMAGE_SORT_KEYS.map((key) => [key, new SortedList(imageOrders[key].compare)]),
  );

  get size(): number {
    return this.byName.size;
  }

  get(name: string): ImageRecord | undefined {
    return this.byName.get(name);
  }

  add(image: ImageRecord): void {
    if (this.byName.has(image.name)) throw new Error(`ImageTable: ${image.name} is already stored`);
    this.byName.set(image.name, image);
    for (const index of this.indexes.values()) index.insert(image);
  }

  remove(image: ImageRecord): void {
    if (this.byName.get(image.name) !== image) return;
    this.byName.delete(image.name);
    for (const index of this.indexes.values()) index.delete(image);
  }

  index(sortBy: ImageSortBy): SortedList<ImageRecord> {
    return this.indexes.get(sortBy)!;
  }
}
