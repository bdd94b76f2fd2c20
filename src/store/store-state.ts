import type { Scope } from '../model/arn';
import { TokenCodec } from '../pagination/cursor-token';
import { FailurePlan } from './failure-plan';
import { ImageTable } from './image-table';
import { Scheduler } from './scheduler';
import type { ImageStoreOptions, ResolvedStoreOptions } from './store-options';
import { resolveStoreOptions } from './store-options';

/** The images of one (account, region), and the names deleted from it. */
export interface Namespace {
  readonly images: ImageTable;
  /** Names of deleted images not created again since (for `deletedWaiterCompat`). */
  readonly deletedImages: Set<string>;
}

export function scopeKey(scope: Scope): string {
  return `${scope.accountId}/${scope.region}`;
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

  now(): number {
    return this.options.clock.now().getTime();
  }

  /** The revision of the last change; list walks remember it to keep SPEC §5's traversal rule. */
  get revision(): number {
    return this.revisionCounter;
  }

  /** A new revision for a change about to be made. */
  nextRevision(): number {
    this.revisionCounter += 1;
    return this.revisionCounter;
  }

  /** Finishes every transition that the clock has passed. */
  settle(): void {
    this.scheduler.settle(this.now());
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
