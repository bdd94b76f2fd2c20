import { clockGaveInvalidDate, contextAtNotDate } from '../../errors/usage-errors';
import type { ImageStoreOptions } from '../../glossary';
import type { Scope } from '../../model/arn';
import { scopeKey } from '../../model/arn';
import { TokenCodec } from '../../pagination/cursor-token';
import { FailurePlan } from './failure-plan';
import type { AppImageConfigRecord } from './records/app-image-config-record';
import type { DomainRecord } from './records/domain-record';
import { ImageTable } from './image-table';
import { SortedTable } from './sorted-table';
import type { Phase } from './scheduler';
import { Scheduler } from './scheduler';
import type { Transition } from './transition';
import type { ResolvedStoreOptions } from './store-options';
import { resolveStoreOptions } from './store-options';

/** What one (account, region) holds: images (and the names deleted), AppImageConfigs, domains. */
export interface Namespace {
  readonly images: ImageTable;
  /** Names of deleted images not created again since (for `deletedWaiterCompat`). */
  readonly deletedImages: Set<string>;
  /** By name, and sorted for ListAppImageConfigs. */
  readonly appImageConfigs: SortedTable<AppImageConfigRecord>;
  /** By DomainId, in creation order. */
  readonly domains: Map<string, DomainRecord>;
}

/** Everything a store holds; the operations read and change it, the ImageStore class fronts it. */
export class StoreState {
  readonly options: ResolvedStoreOptions;
  tokens: TokenCodec;
  readonly scheduler: Scheduler<Transition>;
  readonly failures = new FailurePlan();
  private namespaces = new Map<string, Namespace>();
  private revisionCounter = 0;
  /** Calls still to be answered with ThrottlingException (`throttleNext`). */
  throttledCalls = 0;
  private readonly run: (transition: Transition, at: number) => void;

  /** `finish` says what finishing a transition does (store/transitions.ts, a floor above). */
  constructor(options: ImageStoreOptions, finish: (state: StoreState, transition: Transition, at: number) => void) {
    this.options = resolveStoreOptions(options);
    this.tokens = new TokenCodec(this.options.tokenSecret);
    this.scheduler = new Scheduler(this.options.lifecycle);
    this.run = (transition, at) => finish(this, transition, at);
  }

  /** Leaves a transition pending until its phase is over (at once when the lifecycle is instant). */
  schedule(phase: Phase, now: number, transition: Transition): void {
    this.scheduler.schedule(phase, now, transition, this.run);
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
    if (!Number.isFinite(time)) throw contextAtNotDate();
    this.callTime = time;
    try {
      this.scheduler.settle(time, this.run);
      return call();
    } finally {
      this.callTime = undefined;
    }
  }

  private readClock(): number {
    const time = this.options.clock.now().getTime();
    if (!Number.isFinite(time)) throw clockGaveInvalidDate();
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
      found = StoreState.emptyNamespace();
      this.namespaces.set(key, found);
    }
    return found;
  }

  /** Every namespace with its key parts (for snapshots). */
  allNamespaces(): readonly [string, Namespace][] {
    return [...this.namespaces];
  }

  /** Replaces what the store holds with a restored picture; nothing else changes. */
  load(picture: { namespaces: Map<string, Namespace>; revision: number; tokens: TokenCodec; throttledCalls: number }): void {
    this.namespaces = picture.namespaces;
    this.revisionCounter = picture.revision;
    this.tokens = picture.tokens;
    this.throttledCalls = picture.throttledCalls;
  }

  /** An empty namespace (for restoring one). */
  static emptyNamespace(): Namespace {
    return { images: new ImageTable(), deletedImages: new Set(), appImageConfigs: new SortedTable(), domains: new Map() };
  }

  reset(): void {
    this.namespaces = new Map();
    this.scheduler.clear();
    this.failures.clear();
    this.throttledCalls = 0;
  }
}
