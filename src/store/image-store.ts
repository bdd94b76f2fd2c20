import type { DescribeImageResponse } from '@aws-sdk/client-sagemaker';
import { invalidCallerScope, throttled } from '../errors/factories';
import type { CallContext, FailureInjection, ImageStoreOptions, SeedArgument, StoreSnapshot } from '../glossary';
import type { Scope } from '../model/arn';
import { ACCOUNT_ID, REGION } from '../model/arn';
import type { OperationName } from '../model/shapes';
import { validateInput } from '../validation/validate';
import { createImage, deleteImage, describeImage, updateImage } from './operations/images';
import { listAliases, listImages, listImageVersions, listTags } from './operations/lists';
import { seedImages } from './operations/seed';
import { addTags, deleteTags } from './operations/tags';
import { createImageVersion, deleteImageVersion, describeImageVersion, updateImageVersion } from './operations/versions';
import type { ResolvedStoreOptions } from './state/store-options';
import { StoreState } from './state/store-state';
import { restoreSnapshot, takeSnapshot } from './snapshot';
import { finishTransition } from './transitions';

/** Every operation of the service model, answered by one function of an operation family. */
const OPERATIONS = {
  CreateImage: createImage,
  DescribeImage: describeImage,
  UpdateImage: updateImage,
  DeleteImage: deleteImage,
  ListImages: listImages,
  CreateImageVersion: createImageVersion,
  DescribeImageVersion: describeImageVersion,
  UpdateImageVersion: updateImageVersion,
  DeleteImageVersion: deleteImageVersion,
  ListImageVersions: listImageVersions,
  ListAliases: listAliases,
  AddTags: addTags,
  ListTags: listTags,
  DeleteTags: deleteTags,
} as const satisfies { [Op in OperationName]: (state: StoreState, request: never, scope: Scope) => unknown };

/** The SDK's input and output shape of an operation, as its function takes and returns them. */
export type StoreInput<Op extends OperationName> = Parameters<(typeof OPERATIONS)[Op]>[1];
export type StoreOutput<Op extends OperationName> = ReturnType<(typeof OPERATIONS)[Op]>;

/** One method per operation, named as the SDK's command less `Command`, first letter lower-cased; the input is optional where no member is required. */
export type OperationMethods = {
  [Op in OperationName as Uncapitalize<Op>]: Partial<StoreInput<Op>> extends StoreInput<Op>
    ? (input?: StoreInput<Op>, context?: CallContext) => StoreOutput<Op>
    : (input: StoreInput<Op>, context?: CallContext) => StoreOutput<Op>;
};

// The class gets its 14 operation methods from the table below; this interface types them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ImageStore extends OperationMethods {}

/**
 * SageMaker images in memory, one namespace per (account, region). One method per operation: it
 * takes the SDK's input shape, returns the output shape, or throws a ServiceError. Inputs are
 * never kept or changed; every output is a fresh copy. Transitions finish when the store's clock
 * has passed their end, checked at the start of every call (no timers).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ImageStore {
  private readonly state: StoreState;

  constructor(options: ImageStoreOptions = {}) {
    this.state = new StoreState(options, finishTransition);
    if (options.snapshot !== undefined) restoreSnapshot(this.state, options.snapshot);
  }

  /**
   * A JSON-serialisable picture of everything the store holds (images, versions, aliases, tags,
   * pending transitions and their clocks, planned failures, counters, the token secret). Build an
   * expensive fixture once, take its snapshot, and `restore` it before each test.
   */
  snapshot(): StoreSnapshot {
    return takeSnapshot(this.state);
  }

  /**
   * Makes the store hold exactly what the snapshot pictured (its JSON parsed back will do); the
   * store's own options stay. A snapshot that is not one, or is damaged, is a TypeError and
   * changes nothing.
   */
  restore(snapshot: StoreSnapshot): void {
    restoreSnapshot(this.state, snapshot);
  }

  get options(): ResolvedStoreOptions {
    return this.state.options;
  }

  /**
   * Puts images in the store as they are; takes seeds, or arrays of seeds (for large stores).
   * All or nothing: a seed that breaks a constraint or repeats a name throws a SeedError naming
   * the field, and nothing is stored. Returns each image as DescribeImage would.
   */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[] {
    return seedImages(this.state, seeds, this.scopeOf(undefined));
  }

  /** Makes the next matching create, update or delete fail: `*_FAILED` with a FailureReason. */
  failNext(injection: FailureInjection): void {
    this.state.failures.add(injection, this.state.options);
  }

  /**
   * Answers the next `calls` calls (any operation) with ThrottlingException, before anything else.
   * Through the wire-protocol doors the SDK retries them, as it would against the service.
   */
  throttleNext(calls = 1): void {
    if (!Number.isInteger(calls) || calls < 0) throw new TypeError('throttleNext(calls) needs a whole number >= 0');
    this.state.throttledCalls = calls;
  }

  /** Empties every namespace, pending transition and planned failure in O(1). Earlier tokens stay readable. */
  reset(): void {
    this.state.reset();
  }

  /**
   * Answers one operation by name, as every door does: the caller's scope is checked, throttling
   * applied, the input validated as the service would, due transitions finished, then the
   * operation runs at the one instant of the call.
   */
  call<Op extends OperationName>(operation: Op, input: StoreInput<Op>, context?: CallContext): StoreOutput<Op> {
    const scope = this.callerScope(context);
    if (this.state.throttledCalls > 0) {
      this.state.throttledCalls -= 1;
      throw throttled();
    }
    const request = validateInput<StoreInput<Op>>(operation, input);
    const body = OPERATIONS[operation] as (state: StoreState, request: StoreInput<Op>, scope: Scope) => StoreOutput<Op>;
    return this.state.during(context?.at, () => body(this.state, request, scope));
  }

  /** The caller's (account, region); a region or account that is not of AWS's shape is refused. */
  private callerScope(context: CallContext | undefined): Scope {
    const scope = this.scopeOf(context);
    if (!REGION.test(scope.region)) throw invalidCallerScope('region', scope.region);
    if (!ACCOUNT_ID.test(scope.accountId)) throw invalidCallerScope('account', scope.accountId);
    return scope;
  }

  private scopeOf(context: CallContext | undefined): Scope {
    return {
      accountId: context?.accountId ?? this.state.options.accountId,
      region: context?.region ?? this.state.options.region,
    };
  }
}

for (const operation of Object.keys(OPERATIONS) as OperationName[]) {
  Object.defineProperty(ImageStore.prototype, operation.charAt(0).toLowerCase() + operation.slice(1), {
    value: function (this: ImageStore, input: never, context?: CallContext) {
      return this.call(operation, input, context);
    },
    writable: true,
    configurable: true,
  });
}
