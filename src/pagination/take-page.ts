import type { ListPaging } from '../glossary';

export interface Page<T> {
  readonly items: T[];
  /** The item the next page starts after: the last returned ('exact') or scanned ('limit-before-filter'). */
  readonly last: T | undefined;
  /** Whether the walk goes on past this page: the page gets a NextToken if and only if it does. */
  readonly more: boolean;
}

/**
 * Takes one page from an ordered walk that already starts after the cursor.
 * 'exact': the next `limit` matching items; `more` when at least one more matching item follows.
 * 'limit-before-filter': the next `limit` items, then filtered (pages may be short or empty);
 * `more` when any item at all follows.
 */
export function takePage<T>(walk: Iterable<T>, matches: (item: T) => boolean, limit: number, paging: ListPaging): Page<T> {
  const items: T[] = [];
  let last: T | undefined;
  let scanned = 0;
  for (const item of walk) {
    if (paging === 'exact') {
      if (!matches(item)) continue;
      if (items.length === limit) return { items, last, more: true };
      items.push(item);
      last = item;
    } else {
      if (scanned === limit) return { items, last, more: true };
      scanned += 1;
      last = item;
      if (matches(item)) items.push(item);
    }
  }
  return { items, last, more: false };
}
