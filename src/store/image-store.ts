import type { DescribeImageResponse } from '@aws-sdk/client-sagemaker';
import { invalidCallerScope, throttled } from '../errors/factories';
import { throttleCallsNotWholeNumber } from '../errors/usage-errors';
import type { CallContext, FailureInjection, ImageStoreOptions, SeedArgument, StoreSnapshot } from '../glossary';
import type { Scope } from '../model/arn';
import { ACCOUNT_ID, REGION } from '../model/arn';
import type { OperationName } from '../model/shapes';
import { validateInput } from '../validation/validate';
import { createImage, deleteImage, describeImage, updateImage } from './operations/images';
import { listAliases, listImages, listImageVersions, listTags } from './operations/lists';
import { seedImages } from './seed';
import { addTags, deleteTags } from './operations/tags';
import { createImageVersion, deleteImageVersion, describeImageVersion, updateImageVersion } from './operations/versions';
import type { ResolvedStoreOptions } from './state/store-options';
import { StoreState } from './state/store-state';
import { restoreSnapshot } from './snapshot/restore';
import { takeSnapshot } from './snapshot/take';
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

/**
 * One method per operation, named as the SDK's command less `Command`, first letter lower-cased; the input is optional where no member is required.
 * Each takes the SDK's input shape and an optional {@link CallContext}, and returns the output
 * shape or throws a {@link ServiceError}.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { OperationMethods } from 'sagemaker-image-mock';
 *
 * // Code that needs only some operations can take the store, or any other implementation.
 * function imageNames(api: Pick<OperationMethods, 'listImages'>): string[] {
 *   return (api.listImages().Images ?? []).map((image) => image.ImageName ?? '');
 * }
 * expect(imageNames(new ImageStore())).toEqual([]);
 * ```
 */
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
 *
 * Every door answers from one: {@link mockSageMakerImages} makes one (`mock.store`), and
 * {@link createRequestHandler} and `startServer` take one. It needs no SDK client at all.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({ region: 'us-east-1' });
 * store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' });
 * store.createImageVersion({ ImageName: 'img', BaseImage: 'repo/img:1', ClientToken: 'token-1' });
 * const { ImageVersions } = store.listImageVersions({ ImageName: 'img' });
 * expect(ImageVersions?.map((v) => v.Version)).toEqual([1]);
 * ```
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
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.seed(Array.from({ length: 10_000 }, (_, i) => ({ ImageName: `img-${i}` })));
   * const fixture = store.snapshot();
   * beforeEach(() => store.restore(fixture));
   * ```
   */
  snapshot(): StoreSnapshot {
    return takeSnapshot(this.state);
  }

  /**
   * Makes the store hold exactly what the snapshot pictured (its JSON parsed back will do); the
   * store's own options stay. A snapshot that is not one, or is damaged, is a TypeError and
   * changes nothing.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.seed({ ImageName: 'img' });
   * const before = JSON.parse(JSON.stringify(store.snapshot()));
   * store.deleteImage({ ImageName: 'img' });
   * store.restore(before);
   * expect(store.describeImage({ ImageName: 'img' }).ImageStatus).toBe('CREATED');
   * ```
   */
  restore(snapshot: StoreSnapshot): void {
    restoreSnapshot(this.state, snapshot);
  }

  /** The store's options, checked and with every default filled in. */
  get options(): ResolvedStoreOptions {
    return this.state.options;
  }

  /**
   * Puts images in the store as they are; takes seeds, or arrays of seeds (for large stores).
   * All or nothing: a seed that breaks a constraint or repeats a name throws a SeedError naming
   * the field, and nothing is stored. Returns each image as DescribeImage would.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * const [old, recent] = store.seed(
   *   { ImageName: 'old', CreationTime: new Date('2024-01-01T00:00:00Z') },
   *   { ImageName: 'new', CreationTime: new Date('2024-02-01T00:00:00Z'), Versions: [{ BaseImage: 'repo/new:1' }] },
   * );
   * expect([old?.ImageStatus, recent?.ImageStatus]).toEqual(['CREATED', 'CREATED']);
   * ```
   */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[] {
    return seedImages(this.state, seeds, this.scopeOf(undefined));
  }

  /**
   * Makes the next matching create, update or delete fail: `*_FAILED` with a FailureReason.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.seed({ ImageName: 'img' });
   * store.failNext({ operation: 'DeleteImage', ImageName: 'img', FailureReason: 'in use' });
   * store.deleteImage({ ImageName: 'img' });
   * expect(store.describeImage({ ImageName: 'img' })).toMatchObject({ ImageStatus: 'DELETE_FAILED', FailureReason: 'in use' });
   * ```
   */
  failNext(injection: FailureInjection): void {
    this.state.failures.add(injection, this.state.options);
  }

  /**
   * Answers the next `calls` calls (any operation) with ThrottlingException, before anything else.
   * Through the wire-protocol doors the SDK retries them, as it would against the service.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   * import 'sagemaker-image-mock/jest';
   *
   * const store = new ImageStore();
   * store.throttleNext(1);
   * expect(() => store.listImages()).toThrowServiceError('ThrottlingException');
   * expect(store.listImages().Images).toEqual([]);
   * ```
   */
  throttleNext(calls = 1): void {
    if (!Number.isInteger(calls) || calls < 0) throw throttleCallsNotWholeNumber();
    this.state.throttledCalls = calls;
  }

  /**
   * Empties every namespace, pending transition and planned failure in O(1). Earlier tokens stay readable.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * afterEach(() => store.reset());
   * ```
   */
  reset(): void {
    this.state.reset();
  }

  /**
   * Answers one operation by name, as every door does: the caller's scope is checked, throttling
   * applied, the input validated as the service would, due transitions finished, then the
   * operation runs at the one instant of the call.
   *
   * @internal Behind {@link dispatch}, the public way to call an operation by name.
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
