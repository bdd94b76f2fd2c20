import type { LifecycleOption } from '../../glossary';
import { SortedList } from '../../collections/sorted-list';

export type Phase = 'creating' | 'updating' | 'deleting';

/** A pending transition: when it falls due, the order among equals, and what it is (plain data, so a snapshot can keep it). */
export interface Job<T> {
  readonly until: number;
  readonly seq: number;
  readonly transition: T;
}

/**
 * Finishes transitions when the store's clock has passed their end. There are no timers: the store
 * calls `settle(now, run)` at the start of every operation, and due jobs run in the order they fall
 * due. Transitions are data; `run` turns one into its effect.
 */
export class Scheduler<T> {
  private jobs = Scheduler.emptyList<T>();
  private seq = 0;

  constructor(private readonly lifecycle: LifecycleOption) {}

  /** Runs the transition when the phase is over: at once in instant mode. */
  schedule(phase: Phase, now: number, transition: T, run: (transition: T, at: number) => void): void {
    const duration = this.lifecycle === 'instant' ? 0 : (this.lifecycle[phase] ?? 0);
    if (duration === 0) {
      run(transition, now);
      return;
    }
    this.seq += 1;
    this.jobs.insert({ until: now + duration, seq: this.seq, transition });
  }

  settle(now: number, run: (transition: T, at: number) => void): void {
    for (;;) {
      const next = this.jobs.walk(undefined, false).next();
      if (next.done === true || next.value.until > now) return;
      this.jobs.delete(next.value);
      run(next.value.transition, next.value.until);
    }
  }

  /** The pending jobs in the order they fall due, and the sequence counter (for snapshots). */
  pending(): { readonly jobs: readonly Job<T>[]; readonly seq: number } {
    return { jobs: [...this.jobs.walk(undefined, false)], seq: this.seq };
  }

  /**
   * Replaces every pending job (restoring a snapshot). The new list is built before the old one is
   * dropped, so a failure leaves the scheduler as it was; the jobs' seqs must be unique.
   */
  load(jobs: readonly Job<T>[], seq: number): void {
    const list = Scheduler.emptyList<T>();
    list.insertMany(jobs);
    this.jobs = list;
    this.seq = seq;
  }

  /**
   * Replaces the pending jobs `mine` picks with `jobs` (restoring one account's snapshot), keeping
   * the others. The new jobs keep their order among themselves and get seqs after every kept one.
   */
  replaceWhere(mine: (transition: T) => boolean, jobs: readonly Job<T>[]): void {
    const kept = [...this.jobs.walk(undefined, false)].filter((job) => !mine(job.transition));
    let seq = this.seq;
    const renumbered = [...jobs].sort((a, b) => a.seq - b.seq).map((job) => ({ ...job, seq: (seq += 1) }));
    this.load([...kept, ...renumbered], seq);
  }

  private static emptyList<T>(): SortedList<Job<T>> {
    return new SortedList<Job<T>>((a, b) => a.until - b.until || a.seq - b.seq);
  }

  clear(): void {
    this.jobs.clear();
  }
}
