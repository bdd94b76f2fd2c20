import type { ImageStoreOptions } from '../../glossary';
import type { Scope } from '../../model/arn';
import { scopeKey } from '../../model/arn';
import { TokenCodec } from '../../pagination/cursor-token';
import { FailurePlan } from './failure-plan';
import { ImageTable } from './image-table';
import { Scheduler } from './scheduler';
import type { ResolvedStoreOptions } from './store-options';
import { resolveStoreOptions } from './store-options';

/** The images of one (account, region), and the names deleted from it. */
export interface Namespace {
  readonly images: ImageTable;
  /** Names of deleted images not created again since (for `deletedWaiterCompat`). */
  readonly deletedImages: Set<string>;
}

/** Everything a store holds; the operations read and change it, the ImageStore class fronts it. */
export class StoreState {
  readonly options: ResolvedStoreOptions;
  readonly tokens: TokenCodec;
  readonly scheduler: Scheduler;
  readonly failures = new FailurePlan();
  private namespaces = new Map<string, Namespace>();
  private revisionCounter = 0;
  /** Calls still to be answered with ThrottlingException (`throttleNext`). */
  throttledCalls = 0;

  constructor(options: ImageStoreOptions) {
    this.options = resolveStoreOptions(options);
    this.tokens = new TokenCodec(this.options.tokenSecret);
    this.scheduler = new Scheduler(this.options.lifecycle);
  }

  /** The time of the call being answered, or the clock's time outside a call (seeding). */
  now(): number {
    return this.callTime ?? this.readClock();
  }

  private callTime: number | undefined;

  /**
   * Runs one call at one instant: `at`, or the clock read once now. Transitions the clock has
   * passed finish first.
   */
  during<T>(at: Date | undefined, call: () => T): T {
    const time = at === undefined ? this.readClock() : at instanceof Date ? at.getTime() : Number.NaN;
    if (!Number.isFinite(time)) throw new TypeError('context.at must be a valid Date');
    this.callTime = time;
    try {
      this.scheduler.settle(time);
      return call();
    } finally {
      this.callTime = undefined;
    }
  }

  private readClock(): number {
    const time = this.options.clock.now().getTime();
    if (!Number.isFinite(time)) throw new TypeError('the clock gave an invalid Date');
    return time;
  }

  /** The revision of the last change; list walks remember it to keep behaviour §5's traversal rule. */
  get revision(): number {
    return this.revisionCounter;
  }

  /** A new revision for a change about to be made. */
  nextRevision(): number {
    this.revisionCounter += 1;
    return this.revisionCounter;
  }

  namespace(scope: Scope, create: true): Namespace;
  namespace(scope: Scope, create?: boolean): Namespace | undefined;
  namespace(scope: Scope, create = false): Namespace | undefined {
    const key = scopeKey(scope);
    let found = this.namespaces.get(key);
    if (found === undefined && create) {
      found = { images: new ImageTable(), deletedImages: new Set() };
      this.namespaces.set(key, found);
    }
    return found;
  }

  reset(): void {
    this.namespaces = new Map();
    this.scheduler.clear();
    this.failures.clear();
    this.throttledCalls = 0;
  }
}
