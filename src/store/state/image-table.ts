import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import { imageAlreadyStored } from '../../errors/invariant-errors';
import { SortedList } from '../../collections/sorted-list';
import { IMAGE_SORT_KEYS, imageOrders } from '../../query/image-order';
import type { ImageRecord } from './records/image-record';

/** Images prepared by `ImageTable.batch`: each SortBy's order computed once. */
export interface ImageBatch {
  readonly images: readonly ImageRecord[];
  readonly sorted: Readonly<Record<ImageSortBy, readonly ImageRecord[]>>;
}

/** The images of one (account, region): by name, and in sorted order for every SortBy. */
export class ImageTable {
  private readonly byName = new Map<string, ImageRecord>();
  /**
   * Version ARNs lower-case the name, so tag calls look images up by their lower-cased name. A name
   * already in lower case is found in `byName`; only the others are kept here, under their
   * lower-cased name (a list only for names that differ just in case).
   */
  private readonly byLowerName = new Map<string, ImageRecord | ImageRecord[]>();
  private readonly indexes = new Map<ImageSortBy, SortedList<ImageRecord>>(
    IMAGE_SORT_KEYS.map((key) => [key, new SortedList<ImageRecord>(imageOrders[key].compare)]),
  );

  get size(): number {
    return this.byName.size;
  }

  get(name: string): ImageRecord | undefined {
    return this.byName.get(name);
  }

  add(image: ImageRecord): void {
    this.addMany(ImageTable.batch([image]) as ImageBatch);
  }

  /**
   * Images sorted once for every index, ready to add in bulk; or the position of the first image
   * whose name an earlier one of the batch already has. Nothing is stored yet.
   */
  static batch(images: readonly ImageRecord[]): ImageBatch | { readonly repeated: number } {
    const byName = [...images].sort(imageOrders.IMAGE_NAME.compare);
    let repeated = -1;
    for (let i = 1; i < byName.length; i += 1) {
      if (byName[i]!.name !== byName[i - 1]!.name) continue;
      // The sort is stable: the later of two equal names is the one repeated.
      const at = images.indexOf(byName[i]!);
      if (repeated < 0 || at < repeated) repeated = at;
    }
    if (repeated >= 0) return { repeated };
    const byCreation = [...images].sort(imageOrders.CREATION_TIME.compare);
    // Seeds usually leave LastModifiedTime at CreationTime: then both orders are one.
    const sameTimes = images.every((image) => image.lastModifiedTime === image.creationTime);
    const byModification = sameTimes ? byCreation : [...images].sort(imageOrders.LAST_MODIFIED_TIME.compare);
    return { images, sorted: { IMAGE_NAME: byName, CREATION_TIME: byCreation, LAST_MODIFIED_TIME: byModification } };
  }

  /** Adds a batch of images whose names are not in the table yet; each index is merged in one pass. */
  addMany(batch: ImageBatch): void {
    const { images } = batch;
    for (const image of images) {
      if (this.byName.has(image.name)) throw imageAlreadyStored(image.name);
      this.byName.set(image.name, image);
      const lower = image.name.toLowerCase();
      if (lower === image.name) continue;
      const same = this.byLowerName.get(lower);
      this.byLowerName.set(lower, same === undefined ? image : Array.isArray(same) ? [...same, image] : [same, image]);
    }
    for (const [sortBy, index] of this.indexes) index.insertMany(batch.sorted[sortBy], true);
  }

  remove(image: ImageRecord): void {
    if (this.byName.get(image.name) !== image) return;
    this.byName.delete(image.name);
    const lower = image.name.toLowerCase();
    if (lower === image.name) {
      for (const index of this.indexes.values()) index.delete(image);
      return;
    }
    const same = this.byLowerName.get(lower);
    const rest = Array.isArray(same) ? same.filter((other) => other !== image) : [];
    if (rest.length === 0) this.byLowerName.delete(lower);
    else this.byLowerName.set(lower, rest.length === 1 ? rest[0]! : rest);
    for (const index of this.indexes.values()) index.delete(image);
  }

  /** Images whose name lower-cases to `lowerName` (several only when names differ just in case). */
  withLowerName(lowerName: string): readonly ImageRecord[] {
    const exact = this.byName.get(lowerName);
    const same = this.byLowerName.get(lowerName);
    const others = same === undefined ? [] : Array.isArray(same) ? same : [same];
    return exact === undefined ? others : [exact, ...others];
  }

  /** Changes LastModifiedTime at store revision `revision`, keeping the LAST_MODIFIED_TIME index in order. */
  setLastModified(image: ImageRecord, time: number, revision: number): void {
    const index = this.index('LAST_MODIFIED_TIME');
    index.delete(image);
    image.touch(time, revision);
    index.insert(image);
  }

  index(sortBy: ImageSortBy): SortedList<ImageRecord> {
    return this.indexes.get(sortBy)!;
  }
}
