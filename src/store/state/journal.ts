import type { JournalFilter, JournalRecord } from '../../glossary';

/** How deep the journal copies what arrived: a request nested deeper (no valid one is) is cut there. */
const MAX_DEPTH = 32;
/** What stands where a copy was cut. */
const CUT = '(nested too deep to keep)';

/** A copy of plain data (objects, arrays, Dates), cut at MAX_DEPTH: a request that did not validate may be anything. */
function copied<T>(value: T, depth = 0): T {
  if (depth > MAX_DEPTH) return CUT as T;
  if (Array.isArray(value)) return value.map((item: unknown) => copied(item, depth + 1)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copied((value as Record<string, unknown>)[key], depth + 1);
    return out as T;
  }
  return value;
}

/**
 * The last `size` calls the store answered, oldest first, in a ring: a call past the size drops the
 * oldest. Entries are copied in (the caller owns what it passed and got) and out (a reader cannot
 * change the journal); what arrived is kept to a depth of 32, more than any valid request has.
 */
export class RequestJournal {
  private entries: JournalRecord[] = [];
  private start = 0;

  constructor(private readonly size: number) {}

  record(entry: JournalRecord): void {
    if (this.size === 0) return;
    const copy = copied(entry);
    if (this.entries.length < this.size) this.entries.push(copy);
    else {
      this.entries[this.start] = copy;
      this.start = (this.start + 1) % this.size;
    }
  }

  /** The calls that match, oldest first, as copies. */
  read(filter: JournalFilter = {}): JournalRecord[] {
    const ordered = [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)];
    return ordered
      .filter((e) => (filter.operation === undefined || e.operation === filter.operation) && (filter.account === undefined || e.account === filter.account) && (filter.code === undefined || e.error?.code === filter.code))
      .map((e) => copied(e));
  }

  /** Forgets every call; with `account`, that account's only. */
  clear(account?: string): void {
    const kept = account === undefined ? [] : this.read().filter((e) => e.account !== account);
    this.entries = kept;
    this.start = 0;
  }
}
