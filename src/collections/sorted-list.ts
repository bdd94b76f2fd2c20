import { duplicateSortedKey } from '../errors/invariant-errors';

/**
 * A list kept in comparator order: sorted chunks of bounded size, found by binary search over the
 * chunks' last items. Insert, delete and seek cost O(log n + CHUNK); walking k items from a seek
 * point costs O(k). The comparator must be a total order (no two stored items compare equal).
 */
const DEFAULT_CHUNK = 512;

export type Compare<T> = (a: T, b: T) => number;

/** Where an item stands relative to a cursor: negative before it, 0 at it, positive after it. */
export type Probe<T> = (item: T) => number;

export class SortedList<T> {
  private chunks: T[][] = [];
  private count = 0;

  /** @param chunk the size at which a chunk is split in two halves; small values are for tests. */
  constructor(
    private readonly compare: Compare<T>,
    private readonly chunk = DEFAULT_CHUNK,
  ) {}

  get size(): number {
    return this.count;
  }

  clear(): void {
    this.chunks = [];
    this.count = 0;
  }

  insert(item: T): void {
    if (this.chunks.length === 0) {
      this.chunks.push([item]);
      this.count = 1;
      return;
    }
    const c = Math.min(this.firstChunkNotBefore((x) => this.compare(x, item)), this.chunks.length - 1);
    const chunk = this.chunks[c]!;
    const i = lowerBound(chunk, (x) => this.compare(x, item));
    if (i < chunk.length && this.compare(chunk[i]!, item) === 0) throw duplicateSortedKey();
    chunk.splice(i, 0, item);
    this.count += 1;
    if (chunk.length > this.chunk * 2) {
      this.chunks.splice(c, 1, chunk.slice(0, this.chunk), chunk.slice(this.chunk));
    }
  }

  /**
   * Inserts many items at once: sorted (unless `sorted` says they are, in this list's order),
   * merged with what is there, cut into chunks again. O(n + k log k) instead of k binary searches
   * and splices; for a store seeded with a million images.
   */
  insertMany(items: readonly T[], sorted = false): void {
    if (items.length < 64) {
      for (const item of items) this.insert(item);
      return;
    }
    const added = sorted ? items : [...items].sort(this.compare);
    const merged: T[] = [];
    let i = 0;
    for (const chunk of this.chunks) {
      for (const item of chunk) {
        while (i < added.length && this.compare(added[i]!, item) < 0) merged.push(added[i++]!);
        merged.push(item);
      }
    }
    while (i < added.length) merged.push(added[i++]!);
    for (let j = 1; j < merged.length; j += 1) {
      if (this.compare(merged[j - 1]!, merged[j]!) === 0) throw duplicateSortedKey();
    }
    const chunks: T[][] = [];
    for (let j = 0; j < merged.length; j += this.chunk) chunks.push(merged.slice(j, j + this.chunk));
    this.chunks = chunks;
    this.count = merged.length;
  }

  /** Removes the item that compares equal to `item`; returns whether there was one. */
  delete(item: T): boolean {
    const c = this.firstChunkNotBefore((x) => this.compare(x, item));
    const chunk = this.chunks[c];
    if (chunk === undefined) return false;
    const i = lowerBound(chunk, (x) => this.compare(x, item));
    if (i >= chunk.length || this.compare(chunk[i]!, item) !== 0) return false;
    chunk.splice(i, 1);
    this.count -= 1;
    if (chunk.length === 0) this.chunks.splice(c, 1);
    return true;
  }

  /**
   * Walks the items strictly after the cursor that `probe` describes (all items without one), in
   * ascending order, or strictly before it walking downwards when `descending`.
   */
  *walk(probe: Probe<T> | undefined, descending: boolean): Generator<T, void, undefined> {
    if (descending) {
      let c: number;
      let i: number;
      if (probe === undefined) {
        c = this.chunks.length - 1;
        i = (this.chunks[c]?.length ?? 0) - 1;
      } else {
        c = Math.min(this.firstChunkNotBefore(probe), this.chunks.length - 1);
        i = c < 0 ? -1 : lowerBound(this.chunks[c]!, probe) - 1;
      }
      for (; c >= 0; c -= 1) {
        const chunk = this.chunks[c]!;
        for (; i >= 0; i -= 1) yield chunk[i]!;
        i = (this.chunks[c - 1]?.length ?? 0) - 1;
      }
      return;
    }
    let c = 0;
    let i = 0;
    if (probe !== undefined) {
      c = this.firstChunkWithAfter(probe);
      const chunk = this.chunks[c];
      i = chunk === undefined ? 0 : upperBound(chunk, probe);
    }
    for (; c < this.chunks.length; c += 1) {
      const chunk = this.chunks[c]!;
      for (; i < chunk.length; i += 1) yield chunk[i]!;
      i = 0;
    }
  }

  /** Index of the first chunk whose last item is not before the cursor (chunks.length if none). */
  private firstChunkNotBefore(probe: Probe<T>): number {
    return lowerBound(this.chunks, (chunk) => probe(chunk[chunk.length - 1]!));
  }

  /** Index of the first chunk whose last item is after the cursor (chunks.length if none). */
  private firstChunkWithAfter(probe: Probe<T>): number {
    return upperBound(this.chunks, (chunk) => probe(chunk[chunk.length - 1]!));
  }
}

/**
 * The items of an array already in ascending order strictly after the cursor (`probe` positive),
 * or strictly before it walking downwards; all of them without a cursor. The cursor is found by
 * binary search, the items are yielded lazily.
 */
export function* walkSorted<T>(sorted: readonly T[], probe: Probe<T> | undefined, descending: boolean): Generator<T, void, undefined> {
  if (descending) {
    for (let i = (probe === undefined ? sorted.length : lowerBound(sorted, probe)) - 1; i >= 0; i -= 1) yield sorted[i]!;
    return;
  }
  for (let i = probe === undefined ? 0 : upperBound(sorted, probe); i < sorted.length; i += 1) yield sorted[i]!;
}

/** First index whose item is not before the cursor (probe >= 0). */
function lowerBound<U>(items: readonly U[], probe: (item: U) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (probe(items[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose item is after the cursor (probe > 0). */
function upperBound<U>(items: readonly U[], probe: (item: U) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (probe(items[mid]!) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
