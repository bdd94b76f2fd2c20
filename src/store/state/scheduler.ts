import type { LifecycleOption } from '../../glossary';
import { SortedList } from '../../pagination/sorted-list';

export type Phase = 'creating' | 'updating' | 'deleting';

interface Job {
  readonly until: number;
  readonly seq: number;
  readonly finish: (at: number) => void;
}

/**
 * Finishes transitions when the store's clock has passed their end. There are no timers: the store
 * calls `settle(now)` at the start of every operation, and due jobs run in the order they fall due.
 */
export class Scheduler {
  private readonly jobs = new SortedList<Job>((a, b) => a.until - b.until || a.seq - b.seq);
  private seq = 0;

  constructor(private readonly lifecycle: LifecycleOption) {}

  /** Runs `finish(at)` when the phase is over: at once in instant mode. */
  schedule(phase: Phase, now: number, finish: (at: number) => void): void {
    const duration = this.lifecycle === 'instant' ? 0 : (this.lifecycle[phase] ?? 0);
    if (duration === 0) {
      finish(now);
      return;
    }
    this.seq += 1;
    this.jobs.insert({ until: now + duration, seq: this.seq, finish });
  }

  settle(now: number): void {
    for (;;) {
      const next = this.jobs.walk(undefined, false).next();
      if (next.done === true || next.value.until > now) return;
      this.jobs.delete(next.value);
      next.value.finish(next.value.until);
    }
  }

  clear(): void {
    this.jobs.clear();
  }
}
