import { clockGaveInvalidDate, contextAtNotDate } from '../../errors/usage-errors';
import type { ImageStoreOptions } from '../../glossary';
import type { Scope } from '../../model/arn';
import { isOfAccount, scopeKey } from '../../model/arn';
import { TokenCodec } from '../../pagination/cursor-token';
import type { PlannedError } from './error-plan';
import type { PlannedStub } from './stub-plan';
import { RequestJournal } from './journal';
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
  /** Calls (of any account) still to be answered with ThrottlingException (`throttleNext`). */
  throttledCalls = 0;
  /** Calls of one account still to be throttled (`throttleNext(n, { accountId })`). */
  accountThrottles = new Map<string, number>();
  /** Errors planned with `errorNext`, in the order they were planned. */
  errors: PlannedError[] = [];
  /** Canned answers planned with `stubOperation`, oldest first (the newest answers first). */
  stubs: PlannedStub[] = [];
  /** The calls answered, newest `journalSize` (`store.requests()`). */
  readonly journal: RequestJournal;
  private readonly run: (transition: Transition, at: number) => void;

  /** `finish` says what finishing a transition does (store/transitions.ts, a floor above). */
  constructor(options: ImageStoreOptions, finish: (state: StoreState, transition: Transition, at: number) => void) {
    this.options = resolveStoreOptions(options);
    this.tokens = new TokenCodec(this.options.tokenSecret);
    this.scheduler = new Scheduler(this.options.lifecycle);
    this.journal = new RequestJournal(this.options.journalSize);
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

  /** Every namespace with its key parts (for snapshots); only `accountId`'s when given. */
  allNamespaces(accountId?: string): readonly [string, Namespace][] {
    const all = [...this.namespaces];
    return accountId === undefined ? all : all.filter(([key]) => isOfAccount(key, accountId));
  }

  /** Whether this call is to be throttled: one of its account's throttled calls, else one of the store's. */
  takeThrottle(accountId: string): boolean {
    const own = this.accountThrottles.get(accountId) ?? 0;
    if (own > 0) {
      if (own === 1) this.accountThrottles.delete(accountId);
      else this.accountThrottles.set(accountId, own - 1);
      return true;
    }
    if (this.throttledCalls === 0) return false;
    this.throttledCalls -= 1;
    return true;
  }

  /** Replaces what the store holds with a restored picture; nothing else changes. */
  load(picture: { namespaces: Map<string, Namespace>; revision: number; tokens: TokenCodec; throttledCalls: number; accountThrottles: Map<string, number> }): void {
    this.namespaces = picture.namespaces;
    this.revisionCounter = picture.revision;
    this.tokens = picture.tokens;
    this.throttledCalls = picture.throttledCalls;
    this.accountThrottles = picture.accountThrottles;
  }

  /**
   * Replaces one account's namespaces with a restored picture's, keeping every other account's; the
   * revision only moves forward (the other accounts' walks stay good); the token secret stays.
   */
  loadAccount(accountId: string, picture: { namespaces: Map<string, Namespace>; revision: number; throttledCalls: number }): void {
    const namespaces = new Map([...this.namespaces].filter(([key]) => !isOfAccount(key, accountId)));
    for (const [key, ns] of picture.namespaces) namespaces.set(key, ns);
    this.namespaces = namespaces;
    this.revisionCounter = Math.max(this.revisionCounter, picture.revision);
    if (picture.throttledCalls > 0) this.accountThrottles.set(accountId, picture.throttledCalls);
    else this.accountThrottles.delete(accountId);
  }

  /** An empty namespace (for restoring one). */
  static emptyNamespace(): Namespace {
    return { images: new ImageTable(), deletedImages: new Set(), appImageConfigs: new SortedTable(), domains: new Map() };
  }

  /** Empties the store; with `accountId`, that account alone (its namespaces, transitions, failures, throttles, errors, stubs, journal). */
  reset(accountId?: string): void {
    if (accountId !== undefined) {
      for (const [key] of this.allNamespaces(accountId)) this.namespaces.delete(key);
      this.scheduler.replaceWhere((t) => t.scope.accountId === accountId, []);
      this.failures.clear((p) => isOfAccount(p.namespace, accountId));
      this.accountThrottles.delete(accountId);
      this.errors = this.errors.filter((p) => p.accountId !== accountId);
      this.stubs = this.stubs.filter((p) => p.accountId !== accountId);
      this.journal.clear(accountId);
      return;
    }
    this.namespaces = new Map();
    this.scheduler.clear();
    this.failures.clear();
    this.throttledCalls = 0;
    this.accountThrottles = new Map();
    this.errors = [];
    this.stubs = [];
    this.journal.clear();
  }
}
