import type { ImageRecord } from './records/image-record';
import type { SortedBatch } from './sorted-table';
import { SortedTable } from './sorted-table';

/**
 * The images of one (account, region): a sorted table, and the images by lower-cased name. Version
 * ARNs lower-case the name, so tag calls look images up by their lower-cased name. A name already in
 * lower case is found by name; only the others are kept here, under their lower-cased name (a list
 * only for names that differ just in case).
 */
export class ImageTable extends SortedTable<ImageRecord> {
  private readonly byLowerName = new Map<string, ImageRecord | ImageRecord[]>();

  override addMany(batch: SortedBatch<ImageRecord>): void {
    super.addMany(batch);
    for (const image of batch.records) {
      const lower = image.name.toLowerCase();
      if (lower === image.name) continue;
      const same = this.byLowerName.get(lower);
      this.byLowerName.set(lower, same === undefined ? image : Array.isArray(same) ? [...same, image] : [same, image]);
    }
  }

  override remove(image: ImageRecord): void {
    if (this.byName.get(image.name) !== image) return;
    super.remove(image);
    const lower = image.name.toLowerCase();
    if (lower === image.name) return;
    const same = this.byLowerName.get(lower);
    const rest = Array.isArray(same) ? same.filter((other) => other !== image) : [];
    if (rest.length === 0) this.byLowerName.delete(lower);
    else this.byLowerName.set(lower, rest.length === 1 ? rest[0]! : rest);
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
    this.reindexing(image, () => image.touch(time, revision));
  }
}
