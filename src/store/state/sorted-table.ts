import type { ImageSortBy } from '@aws-sdk/client-sagemaker';
import { recordAlreadyStored } from '../../errors/invariant-errors';
import { SortedList } from '../../collections/sorted-list';
import type { OrderedImage } from '../../query/image-order';
import { IMAGE_SORT_KEYS, imageOrders } from '../../query/image-order';

/** Records prepared by `SortedTable.batch`: each order computed once. */
export interface SortedBatch<T> {
  readonly records: readonly T[];
  readonly sorted: Readonly<Record<ImageSortBy, readonly T[]>>;
}

/**
 * Named records of one (account, region), by name and in sorted order for each of ListImages'
 * orders (CreationTime, LastModifiedTime, name; ListAppImageConfigs has the same three): a page is
 * a walk from a cursor, never a sort.
 */
export class SortedTable<T extends OrderedImage> {
  protected readonly byName = new Map<string, T>();
  private readonly indexes = new Map<ImageSortBy, SortedList<T>>(IMAGE_SORT_KEYS.map((key) => [key, new SortedList<T>(imageOrders[key].compare)]));

  get size(): number {
    return this.byName.size;
  }

  get(name: string): T | undefined {
    return this.byName.get(name);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** Every record, in the order they were added. */
  values(): IterableIterator<T> {
    return this.byName.values();
  }

  add(record: T): void {
    this.addMany(SortedTable.batch([record]) as SortedBatch<T>);
  }

  /**
   * Records sorted once for every index, ready to add in bulk; or the position of the first record
   * whose name an earlier one of the batch already has. Nothing is stored yet.
   */
  static batch<R extends OrderedImage>(records: readonly R[]): SortedBatch<R> | { readonly repeated: number } {
    const byName = [...records].sort(imageOrders.IMAGE_NAME.compare);
    let repeated = -1;
    for (let i = 1; i < byName.length; i += 1) {
      if (byName[i]!.name !== byName[i - 1]!.name) continue;
      // The sort is stable: the later of two equal names is the one repeated.
      const at = records.indexOf(byName[i]!);
      if (repeated < 0 || at < repeated) repeated = at;
    }
    if (repeated >= 0) return { repeated };
    const byCreation = [...records].sort(imageOrders.CREATION_TIME.compare);
    // Seeds usually leave LastModifiedTime at CreationTime: then both orders are one.
    const sameTimes = records.every((record) => record.lastModifiedTime === record.creationTime);
    const byModification = sameTimes ? byCreation : [...records].sort(imageOrders.LAST_MODIFIED_TIME.compare);
    return { records, sorted: { IMAGE_NAME: byName, CREATION_TIME: byCreation, LAST_MODIFIED_TIME: byModification } };
  }

  /** Adds a batch of records whose names are not in the table yet; each index is merged in one pass. */
  addMany(batch: SortedBatch<T>): void {
    for (const record of batch.records) {
      if (this.byName.has(record.name)) throw recordAlreadyStored(record.name);
      this.byName.set(record.name, record);
    }
    for (const [sortBy, index] of this.indexes) index.insertMany(batch.sorted[sortBy], true);
  }

  remove(record: T): void {
    if (this.byName.get(record.name) !== record) return;
    this.byName.delete(record.name);
    for (const index of this.indexes.values()) index.delete(record);
  }

  /** Runs `change`, which moves the record's LastModifiedTime, keeping the LAST_MODIFIED_TIME index in order. */
  reindexing(record: T, change: () => void): void {
    const index = this.index('LAST_MODIFIED_TIME');
    index.delete(record);
    change();
    index.insert(record);
  }

  index(sortBy: ImageSortBy): SortedList<T> {
    return this.indexes.get(sortBy)!;
  }
}
