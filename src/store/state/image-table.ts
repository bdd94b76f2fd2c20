import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import { IMAGE_SORT_KEYS, imageOrders } from '../../query/image-order';
import type { ImageRecord } from '../../model/records';
import { SortedList } from '../../pagination/sorted-list';

/** The images of one (account, region): by name, and in sorted order for every SortBy. */
export class ImageTable {
  private readonly byName = new Map<string, ImageRecord>();
  /** Version ARNs lower-case the name, so tag calls look images up by their lower-cased name. */
  private readonly byLowerName = new Map<string, Set<ImageRecord>>();
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
    const lower = image.name.toLowerCase();
    this.byLowerName.set(lower, (this.byLowerName.get(lower) ?? new Set()).add(image));
    for (const index of this.indexes.values()) index.insert(image);
  }

  remove(image: ImageRecord): void {
    if (this.byName.get(image.name) !== image) return;
    this.byName.delete(image.name);
    const lower = this.byLowerName.get(image.name.toLowerCase());
    lower?.delete(image);
    if (lower?.size === 0) this.byLowerName.delete(image.name.toLowerCase());
    for (const index of this.indexes.values()) index.delete(image);
  }

  /** Images whose name lower-cases to `lowerName` (several only when names differ just in case). */
  withLowerName(lowerName: string): readonly ImageRecord[] {
    return [...(this.byLowerName.get(lowerName) ?? [])];
  }

  /** Changes LastModifiedTime at store revision `revision`, keeping the LAST_MODIFIED_TIME index in order. */
  setLastModified(image: ImageRecord, time: number, revision: number): void {
    const index = this.index('LAST_MODIFIED_TIME');
    index.delete(image);
    image.lastModifiedTime = time;
    image.modifiedRevision = revision;
    index.insert(image);
  }

  index(sortBy: ImageSortBy): SortedList<ImageRecord> {
    return this.indexes.get(sortBy)!;
  }
}
