import type { DescribeAppImageConfigResponse, DescribeDomainResponse, DescribeImageResponse } from '@aws-sdk/client-sagemaker';
import { injectedError, invalidCallerScope, operationNotStubbed, throttled } from '../errors/factories';
import { isServiceError } from '../errors/service-error';
import { copyJson } from '../collections/copy-json';
import { slipOf } from '../errors/did-you-mean';
import { assertKnownKeys, scopeAccountNotValid, throttleCallsNotWholeNumber } from '../errors/usage-errors';
import type {
  AccountScope,
  AppImageConfigSeed,
  CallContext,
  DomainSeed,
  ErrorInjection,
  FailureInjection,
  ImageStoreOptions,
  JournalFilter,
  JournalRecord,
  OperationStub,
  SeedArgument,
  StoreSnapshot,
} from '../glossary';
import type { Scope } from '../model/arn';
import { ACCOUNT_ID, REGION } from '../model/arn';
import type { OperationName } from '../model/shapes';
import { validateInput } from '../validation/validate';
import { createAppImageConfig, deleteAppImageConfig, describeAppImageConfig, updateAppImageConfig } from './operations/app-image-configs';
import { createDomain, deleteDomain, describeDomain, updateDomain } from './operations/domains';
import { createImage, deleteImage, describeImage, updateImage } from './operations/images';
import { listAliases, listAppImageConfigs, listDomains, listImages, listImageVersions, listTags } from './operations/lists';
import { seedImages } from './seed/images';
import { seedAppImageConfigs, seedDomains } from './seed/studio';
import { addTags, deleteTags } from './operations/tags';
import { createImageVersion, deleteImageVersion, describeImageVersion, updateImageVersion } from './operations/versions';
import type { ResolvedStoreOptions } from './state/store-options';
import { plannedError, takeError } from './state/error-plan';
import { hasStub, plannedStub, takeStub } from './state/stub-plan';
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
  CreateAppImageConfig: createAppImageConfig,
  DescribeAppImageConfig: describeAppImageConfig,
  UpdateAppImageConfig: updateAppImageConfig,
  DeleteAppImageConfig: deleteAppImageConfig,
  ListAppImageConfigs: listAppImageConfigs,
  CreateDomain: createDomain,
  DescribeDomain: describeDomain,
  UpdateDomain: updateDomain,
  DeleteDomain: deleteDomain,
  ListDomains: listDomains,
} as const satisfies { [Op in OperationName]: (state: StoreState, request: never, scope: Scope) => unknown };

/** The operations' names (errorNext checks an injection's `operation` against them). */
const IMPLEMENTED_OPERATION_NAMES: readonly string[] = Object.keys(OPERATIONS);

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
export class ImageStore implements OperationMethods {
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
  snapshot(scope: AccountScope = {}): StoreSnapshot {
    return takeSnapshot(this.state, this.accountOf(scope, 'snapshot'));
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
  restore(snapshot: StoreSnapshot, scope: AccountScope = {}): void {
    restoreSnapshot(this.state, snapshot, this.accountOf(scope, 'restore'));
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
   * Puts AppImageConfigs in the store as they are (seeds, or arrays of seeds). All or nothing: a
   * seed that breaks a constraint or repeats a name throws a SeedError naming the field, and
   * nothing is stored. Returns each as DescribeAppImageConfig would.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.seedAppImageConfigs({ AppImageConfigName: 'kernel', KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }] } });
   * expect(store.listAppImageConfigs().AppImageConfigs?.map((c) => c.AppImageConfigName)).toEqual(['kernel']);
   * ```
   */
  seedAppImageConfigs(...seeds: (AppImageConfigSeed | readonly AppImageConfigSeed[])[]): DescribeAppImageConfigResponse[] {
    return seedAppImageConfigs(this.state, seeds, this.scopeOf(undefined));
  }

  /**
   * Puts Studio domains in the store as they are (InService unless a Status is given), their
   * CustomImages as given. All or nothing, as `seed`. Returns each as DescribeDomain would.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * const [domain] = store.seedDomains({ DomainName: 'studio' });
   * expect(store.describeDomain({ DomainId: domain!.DomainId! }).Status).toBe('InService');
   * ```
   */
  seedDomains(...seeds: (DomainSeed | readonly DomainSeed[])[]): DescribeDomainResponse[] {
    return seedDomains(this.state, seeds, this.scopeOf(undefined));
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
  throttleNext(calls = 1, scope: AccountScope = {}): void {
    if (!Number.isInteger(calls) || calls < 0) throw throttleCallsNotWholeNumber();
    const accountId = this.accountOf(scope, 'throttleNext');
    if (accountId === undefined) this.state.throttledCalls = calls;
    else if (calls === 0) this.state.accountThrottles.delete(accountId);
    else this.state.accountThrottles.set(accountId, calls);
  }

  /**
   * Answers the next `count` matching calls (of `operation`, of `accountId`; any by default) with an
   * error of any code, before anything else the call would do (after a throttle). A 5xx is the
   * server's fault: the SDK retries it through the wire doors, and door 1's error carries
   * `$fault: 'server'`.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   * import 'sagemaker-image-mock/jest';
   *
   * const store = new ImageStore();
   * store.errorNext({ code: 'InternalFailure', operation: 'DescribeImage', count: 2 });
   * expect(() => store.describeImage({ ImageName: 'img' })).toThrowServiceError('InternalFailure');
   * expect(() => store.describeImage({ ImageName: 'img' })).toThrow(expect.objectContaining({ httpStatusCode: 500, fault: 'server' }));
   * expect(() => store.describeImage({ ImageName: 'img' })).toThrowServiceError('ResourceNotFound');
   * ```
   */
  errorNext(injection: ErrorInjection): void {
    this.state.errors.push(plannedError(injection, IMPLEMENTED_OPERATION_NAMES));
  }

  /**
   * Gives operations the store does not implement canned answers, for the wire doors (door 2's
   * request handler, door 3's server; door 1 has `mock.stub.on(Command)`): each stub answers its
   * operation's calls with `output`, or fails them with `error`, after throttling and `errorNext`
   * as any call. The newest stub of an operation answers first; one with a `count` gives way to the
   * one before when its calls are used; `reset()` drops them. All or nothing: a stub that cannot
   * answer (an implemented operation, an output that is not JSON data) is a TypeError and none is
   * planned. A call no stub answers still fails with UnknownOperationException.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.stubOperation(
   *   { operation: 'DescribeUserProfile', output: { UserProfileName: 'ana', Status: 'InService' } },
   *   { operation: 'DescribeUserProfile', error: { code: 'ResourceNotFound', message: 'User profile ana does not exist.' }, count: 1 },
   * );
   * ```
   */
  stubOperation(...stubs: OperationStub[]): void {
    const planned = stubs.map((stub) => plannedStub(stub, IMPLEMENTED_OPERATION_NAMES));
    this.state.stubs.push(...planned);
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
  reset(scope: AccountScope = {}): void {
    this.state.reset(this.accountOf(scope, 'reset'));
  }

  /** The account an `{ accountId }` scope names (checked), or undefined for the whole store. */
  private accountOf(scope: AccountScope, what: string): string | undefined {
    assertKnownKeys(`${what}'s scope`, scope, ['accountId']);
    const { accountId } = scope;
    if (accountId !== undefined && (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId))) throw scopeAccountNotValid(what, accountId);
    return accountId;
  }

  /**
   * Answers one operation by name, as every door does: the caller's scope is checked, throttling
   * applied, the input validated as the service would, due transitions finished, then the
   * operation runs at the one instant of the call.
   *
   * @internal Behind {@link dispatch}, the public way to call an operation by name.
   */
  call<Op extends OperationName>(operation: Op, input: StoreInput<Op>, context?: CallContext): StoreOutput<Op> {
    const caller = this.scopeOf(context);
    let read: unknown = input;
    try {
      const scope = this.callerScope(context);
      if (this.state.takeThrottle(scope.accountId)) throw throttled();
      const planned = takeError(this.state.errors, operation, scope.accountId);
      if (planned !== undefined) throw injectedError(planned.code, planned.message, planned.httpStatus);
      const request = validateInput<StoreInput<Op>>(operation, input);
      read = request;
      const body = OPERATIONS[operation] as (state: StoreState, request: StoreInput<Op>, scope: Scope) => StoreOutput<Op>;
      const output = this.state.during(context?.at, () => body(this.state, request, scope));
      this.journal(operation, caller, read, 200, { output });
      return output;
    } catch (error) {
      if (isServiceError(error)) this.journal(operation, caller, read, error.httpStatusCode, { error: { code: error.code, message: error.message } });
      throw error;
    }
  }

  /**
   * Answers a call of an operation the store does not implement, as the wire doors receive it: with
   * the newest stub planned for it (after throttling and `errorNext`, as any call), else
   * UnknownOperationException. Journalled either way.
   *
   * @internal For the wire doors.
   */
  callUnimplemented(operation: string, input: unknown, context?: CallContext): unknown {
    const caller = this.scopeOf(context);
    try {
      const scope = this.callerScope(context);
      if (!hasStub(this.state.stubs, operation, scope.accountId)) throw operationNotStubbed(operation, slipOf(operation, IMPLEMENTED_OPERATION_NAMES));
      if (this.state.takeThrottle(scope.accountId)) throw throttled();
      const planned = takeError(this.state.errors, operation, scope.accountId);
      if (planned !== undefined) throw injectedError(planned.code, planned.message, planned.httpStatus);
      const stub = takeStub(this.state.stubs, operation, scope.accountId)!;
      if (stub.error !== undefined) throw injectedError(stub.error.code, stub.error.message, stub.error.httpStatus);
      const output = copyJson(stub.output);
      this.journal(operation, caller, input, 200, { output });
      return output;
    } catch (error) {
      if (isServiceError(error)) this.journal(operation, caller, input, error.httpStatusCode, { error: { code: error.code, message: error.message } });
      throw error;
    }
  }

  /** Keeps a call in the journal (`requests()`), at the clock's time. */
  private journal(operation: string, caller: Scope, input: unknown, status: number, answer: { output?: unknown; error?: { code: string; message: string } }): void {
    this.state.journal.record({ time: this.state.options.clock.now(), operation, account: caller.accountId, region: caller.region, input, status, ...answer });
  }

  /**
   * The calls the store answered, oldest first, from every door (the newest `journalSize`, 1000 by
   * default): each with its time, operation, account, region, the request as the store read it, the
   * HTTP status, and the output or the error. `filter` keeps those of an operation, an account or
   * an error code. `reset()` empties it.
   *
   * @example
   * ```ts
   * import { ImageStore } from 'sagemaker-image-mock';
   *
   * const store = new ImageStore();
   * store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' });
   * expect(() => store.describeImage({ ImageName: 'gone' })).toThrow();
   * expect(store.requests().map((call) => [call.operation, call.status])).toEqual([['CreateImage', 200], ['DescribeImage', 400]]);
   * expect(store.requests({ code: 'ResourceNotFound' })[0]?.input).toEqual({ ImageName: 'gone' });
   * ```
   */
  requests(filter: JournalFilter = {}): JournalRecord[] {
    assertKnownKeys('requests(filter)', filter, ['operation', 'account', 'code']);
    return this.state.journal.read(filter);
  }

  // The operations: one method each, named as the SDK's command less `Command`, first letter lower-cased.
  /** Creates an image: CREATING, then CREATED (or CREATE_FAILED) as the lifecycle says. */
  createImage(input: StoreInput<'CreateImage'>, context?: CallContext): StoreOutput<'CreateImage'> {
    return this.call('CreateImage', input, context);
  }
  /** Describes an image: every member, RoleArn included. */
  describeImage(input: StoreInput<'DescribeImage'>, context?: CallContext): StoreOutput<'DescribeImage'> {
    return this.call('DescribeImage', input, context);
  }
  /** Changes an image's Description, DisplayName or RoleArn (or deletes the first two): UPDATING, then CREATED. */
  updateImage(input: StoreInput<'UpdateImage'>, context?: CallContext): StoreOutput<'UpdateImage'> {
    return this.call('UpdateImage', input, context);
  }
  /** Deletes an image with its versions, aliases and tags: DELETING, then gone. */
  deleteImage(input: StoreInput<'DeleteImage'>, context?: CallContext): StoreOutput<'DeleteImage'> {
    return this.call('DeleteImage', input, context);
  }
  /** Lists images: filters, a total order, signed NextTokens. */
  listImages(input?: StoreInput<'ListImages'>, context?: CallContext): StoreOutput<'ListImages'> {
    return this.call('ListImages', input ?? {}, context);
  }
  /** Creates the image's next version (a ClientToken sent again answers the same version). */
  createImageVersion(input: StoreInput<'CreateImageVersion'>, context?: CallContext): StoreOutput<'CreateImageVersion'> {
    return this.call('CreateImageVersion', input, context);
  }
  /** Describes a version, by number, by alias, or the latest. */
  describeImageVersion(input: StoreInput<'DescribeImageVersion'>, context?: CallContext): StoreOutput<'DescribeImageVersion'> {
    return this.call('DescribeImageVersion', input, context);
  }
  /** Adds or removes aliases and changes a version's metadata. */
  updateImageVersion(input: StoreInput<'UpdateImageVersion'>, context?: CallContext): StoreOutput<'UpdateImageVersion'> {
    return this.call('UpdateImageVersion', input, context);
  }
  /** Deletes a version (by number or alias) and its aliases. */
  deleteImageVersion(input: StoreInput<'DeleteImageVersion'>, context?: CallContext): StoreOutput<'DeleteImageVersion'> {
    return this.call('DeleteImageVersion', input, context);
  }
  /** Lists an image's versions, filtered and ordered as ListImages. */
  listImageVersions(input: StoreInput<'ListImageVersions'>, context?: CallContext): StoreOutput<'ListImageVersions'> {
    return this.call('ListImageVersions', input, context);
  }
  /** Lists an image's aliases, of one version or all. */
  listAliases(input: StoreInput<'ListAliases'>, context?: CallContext): StoreOutput<'ListAliases'> {
    return this.call('ListAliases', input, context);
  }
  /** Adds tags to an image, version, AppImageConfig or domain (by ARN). */
  addTags(input: StoreInput<'AddTags'>, context?: CallContext): StoreOutput<'AddTags'> {
    return this.call('AddTags', input, context);
  }
  /** Lists a resource's tags, in key order. */
  listTags(input: StoreInput<'ListTags'>, context?: CallContext): StoreOutput<'ListTags'> {
    return this.call('ListTags', input, context);
  }
  /** Removes tags from a resource (absent keys are ignored). */
  deleteTags(input: StoreInput<'DeleteTags'>, context?: CallContext): StoreOutput<'DeleteTags'> {
    return this.call('DeleteTags', input, context);
  }
  /** Creates an AppImageConfig (no status: it exists at once). */
  createAppImageConfig(input: StoreInput<'CreateAppImageConfig'>, context?: CallContext): StoreOutput<'CreateAppImageConfig'> {
    return this.call('CreateAppImageConfig', input, context);
  }
  /** Describes an AppImageConfig: the members given, its ARN and times. */
  describeAppImageConfig(input: StoreInput<'DescribeAppImageConfig'>, context?: CallContext): StoreOutput<'DescribeAppImageConfig'> {
    return this.call('DescribeAppImageConfig', input, context);
  }
  /** Replaces each sub-configuration given, keeps the others, and moves LastModifiedTime. */
  updateAppImageConfig(input: StoreInput<'UpdateAppImageConfig'>, context?: CallContext): StoreOutput<'UpdateAppImageConfig'> {
    return this.call('UpdateAppImageConfig', input, context);
  }
  /** Deletes an AppImageConfig (allowed while a domain names it). */
  deleteAppImageConfig(input: StoreInput<'DeleteAppImageConfig'>, context?: CallContext): StoreOutput<'DeleteAppImageConfig'> {
    return this.call('DeleteAppImageConfig', input, context);
  }
  /** Lists AppImageConfigs with ListImages' rules (filters, orders, tokens) and full sub-configurations. */
  listAppImageConfigs(input?: StoreInput<'ListAppImageConfigs'>, context?: CallContext): StoreOutput<'ListAppImageConfigs'> {
    return this.call('ListAppImageConfigs', input ?? {}, context);
  }
  /** Creates a Studio domain: Pending, then InService (or Failed); its CustomImages are checked unless `customImages` is `'unchecked'`. */
  createDomain(input: StoreInput<'CreateDomain'>, context?: CallContext): StoreOutput<'CreateDomain'> {
    return this.call('CreateDomain', input, context);
  }
  /** Describes a domain: the settings given (with the defaults filled in) and its generated members. */
  describeDomain(input: StoreInput<'DescribeDomain'>, context?: CallContext): StoreOutput<'DescribeDomain'> {
    return this.call('DescribeDomain', input, context);
  }
  /** Merges settings into a domain (structures member by member; lists replaced): Updating, then InService. */
  updateDomain(input: StoreInput<'UpdateDomain'>, context?: CallContext): StoreOutput<'UpdateDomain'> {
    return this.call('UpdateDomain', input, context);
  }
  /** Deletes a domain: Deleting, then gone (or Delete_Failed). */
  deleteDomain(input: StoreInput<'DeleteDomain'>, context?: CallContext): StoreOutput<'DeleteDomain'> {
    return this.call('DeleteDomain', input, context);
  }
  /** Lists every domain, oldest first. */
  listDomains(input?: StoreInput<'ListDomains'>, context?: CallContext): StoreOutput<'ListDomains'> {
    return this.call('ListDomains', input ?? {}, context);
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

