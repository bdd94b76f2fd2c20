import { copyJson } from '../../collections/copy-json';
import type { JournalFilter, JournalRecord } from '../../glossary';

/** What arrived is copied to this depth (no valid request is nested so deep), the rest cut. */
const BOUND = { depth: 32, cut: '(nested too deep to keep)' };

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
    const copy = copyJson(entry, BOUND);
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
      .map((e) => copyJson(e));
  }

  /** Forgets every call; with `account`, that account's only. */
  clear(account?: string): void {
    const kept = account === undefined ? [] : this.read().filter((e) => e.account !== account);
    this.entries = kept;
    this.start = 0;
  }
}
