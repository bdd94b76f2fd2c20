// The public types of the main entry that several modules share: what a test passes in (options,
// seeds, injections, call contexts). One place, as msw keeps its glossary; the rest of src/ imports
// them from here. Door-specific types live with their door.
import type {
  AppNetworkAccessType,
  AuthMode,
  CreateAppImageConfigRequest,
  CreateDomainRequest,
  DefaultSpaceSettings,
  DomainSettings,
  DomainStatus,
  ImageStatus,
  ImageVersionStatus,
  JobType,
  KernelGatewayImageConfig,
  Processor,
  Tag,
  UserSettings,
  VendorGuidance,
} from '@aws-sdk/client-sagemaker';
import type { Clock } from './clock/clock';

/**
 * The type of a member of an SDK shape, or `never` where the installed SDK's shape has no such member:
 * members newer than the lowest SDK the package supports (3.322.0) are named through it, so the
 * declarations type-check against every SDK in the peer range.
 */
type MemberOf<Shape, Key extends string> = Key extends keyof Shape ? NonNullable<Shape[Key]> : never;
/** The SDK's `JupyterLabAppImageConfig` (SDK 3.468.0 and later). */
export type JupyterLabAppImageConfig = MemberOf<CreateAppImageConfigRequest, 'JupyterLabAppImageConfig'>;
/** The SDK's `CodeEditorAppImageConfig` (SDK 3.583.0 and later). */
export type CodeEditorAppImageConfig = MemberOf<CreateAppImageConfigRequest, 'CodeEditorAppImageConfig'>;
/** The SDK's `TagPropagation` (SDK 3.659.0 and later). */
type TagPropagation = MemberOf<CreateDomainRequest, 'TagPropagation'>;

/**
 * Quotas that raise ResourceLimitExceeded when a call would go past them.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import 'sagemaker-image-mock/jest';
 *
 * const store = new ImageStore({ limits: { images: 1 } });
 * store.createImage({ ImageName: 'first', RoleArn: 'arn:aws:iam::123456789012:role/r' });
 * expect(() => store.createImage({ ImageName: 'second', RoleArn: 'arn:aws:iam::123456789012:role/r' }))
 *   .toThrowServiceError('ResourceLimitExceeded', /'Number of images' is 1 Images/);
 * ```
 */
export interface Limits {
  /** Images per account and region. Default: no limit. */
  readonly images?: number;
  /** Versions one image may have at once. Default: no limit. */
  readonly versionsPerImage?: number;
  /** Tags on one image or image version. Default 50. */
  readonly tagsPerResource?: number;
}

/**
 * `'instant'`, or how long each transitional status lasts, in milliseconds of the store's clock:
 * `creating` (CREATING, for images and versions), `updating` (UPDATING), `deleting` (DELETING).
 * A status ends once the clock has reached its end, seen by the next call (there are no timers).
 *
 * @example
 * ```ts
 * import { createManualClock, ImageStore } from 'sagemaker-image-mock';
 *
 * const clock = createManualClock(new Date('2024-01-01T00:00:00Z'));
 * const store = new ImageStore({ clock, lifecycle: { creating: 60_000 } });
 * store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' });
 * expect(store.describeImage({ ImageName: 'img' }).ImageStatus).toBe('CREATING');
 * clock.advance(60_000);
 * expect(store.describeImage({ ImageName: 'img' }).ImageStatus).toBe('CREATED');
 * ```
 */
export type LifecycleOption = 'instant' | { readonly creating?: number; readonly updating?: number; readonly deleting?: number };

/**
 * `'exact'`: filter, sort, then page. `'limit-before-filter'`: MaxResults counts items before
 * filtering, so a page may come back short, or empty with a NextToken.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({ listPaging: 'limit-before-filter' });
 * store.seed({ ImageName: 'a-1' }, { ImageName: 'a-2' }, { ImageName: 'b-1' });
 * const page = store.listImages({ MaxResults: 2, NameContains: 'b', SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' });
 * expect(page.Images).toEqual([]); // a-1 and a-2 were counted, then filtered out
 * expect(page.NextToken).toBeDefined();
 * ```
 */
export type ListPaging = 'exact' | 'limit-before-filter';

/**
 * Whether a domain's CustomImages must name images, versions and AppImageConfigs that exist.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({ customImages: 'unchecked' });
 * const { DomainId } = store.createDomain({
 *   DomainName: 'studio', AuthMode: 'IAM',
 *   DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'not-made-yet', AppImageConfigName: 'nor-this' }] } },
 * });
 * expect(store.describeDomain({ DomainId }).Status).toBe('InService');
 * ```
 */
export type CustomImagesMode = 'checked' | 'unchecked';

/**
 * How ListImages' NameContains compares.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({ nameContains: 'case-insensitive' });
 * store.seed({ ImageName: 'PyTorch-2' });
 * expect(store.listImages({ NameContains: 'pytorch' }).Images).toHaveLength(1);
 * ```
 */
export type NameContainsMode = 'case-sensitive' | 'case-insensitive';

/**
 * The options of an {@link ImageStore} (and of {@link mockSageMakerImages}, which makes one); every
 * one is optional. A misspelt or invalid option is a TypeError when the store is made.
 *
 * @example
 * ```ts
 * import { createManualClock, ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore({
 *   region: 'eu-west-1',
 *   clock: createManualClock(new Date('2024-01-01T00:00:00Z')),
 *   tokenSecret: 'fixed', // the same NextTokens on every run
 *   lifecycle: { creating: 30_000, deleting: 10_000 },
 * });
 * store.seed({ ImageName: 'img' }); // in eu-west-1, created 2024-01-01
 * ```
 */
export interface ImageStoreOptions {
  /** Account of every call and the default of seeds. Default `'123456789012'`. */
  readonly accountId?: string;
  /** Region of seeds without one, and of store calls made without a context. Default `'us-east-1'`. */
  readonly region?: string;
  /** The only source of time. Default: the system clock, read at each call. */
  readonly clock?: Clock;
  /** How ListImages' NameContains compares. Default `'case-sensitive'`. */
  readonly nameContains?: NameContainsMode;
  /** `'exact'` (default): filter, sort, then page. `'limit-before-filter'`: MaxResults counts items before filtering. */
  readonly listPaging?: ListPaging;
  /** Secret that signs NextTokens. Default: 32 random bytes per store. Fix it for reproducible tokens. */
  readonly tokenSecret?: string | Uint8Array;
  /** `'instant'` (default) or `{ creating, updating, deleting }` durations in milliseconds of the clock. */
  readonly lifecycle?: LifecycleOption;
  /** Quotas for ResourceLimitExceeded. */
  readonly limits?: Limits;
  /**
   * Answer `ResourceNotFoundException` (not the service's `ResourceNotFound`) for an image or version
   * that was deleted, so the SDK's ImageDeleted/ImageVersionDeleted waiters can succeed. Default false.
   */
  readonly deletedWaiterCompat?: boolean;
  /**
   * `'checked'` (default): CreateDomain and UpdateDomain refuse a CustomImages entry whose image,
   * version or AppImageConfig the domain's account and region do not have (ValidationException).
   * `'unchecked'`: any reference is kept as given (decision 0035).
   */
  readonly customImages?: CustomImagesMode;
  /** How many calls `store.requests()` keeps, the newest (a ring). Default 1000; 0 keeps none. */
  readonly journalSize?: number;
  /** Start from this picture of a store (from `store.snapshot()`, or its JSON parsed back). */
  readonly snapshot?: StoreSnapshot;
}

/**
 * One call in the store's journal (`store.requests()`, `GET /_mock/requests`), from any door.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { JournalRecord } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * store.listImages({ MaxResults: 5 });
 * const [call]: JournalRecord[] = store.requests();
 * expect(call).toMatchObject({ operation: 'ListImages', account: '123456789012', region: 'us-east-1', input: { MaxResults: 5 }, status: 200, output: { Images: [] } });
 * ```
 */
export interface JournalRecord {
  /** When the store answered it (its clock). */
  readonly time: Date;
  readonly operation: string;
  readonly account: string;
  readonly region: string;
  /** The request as the store read it (its validated copy; what arrived, when it did not validate). */
  readonly input: unknown;
  /** The HTTP status of the answer: 200, or the error's. */
  readonly status: number;
  /** The answer, on success. */
  readonly output?: unknown;
  /** The error, on failure. */
  readonly error?: { readonly code: string; readonly message: string };
}

/**
 * Which journalled calls `store.requests(filter)` answers: every member given must match.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { JournalFilter } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * expect(() => store.describeImage({ ImageName: 'gone' })).toThrow();
 * const notFound: JournalFilter = { operation: 'DescribeImage', code: 'ResourceNotFound' };
 * expect(store.requests(notFound)).toHaveLength(1);
 * ```
 */
export interface JournalFilter {
  readonly operation?: string;
  readonly account?: string;
  /** An error code: the calls answered with it. */
  readonly code?: string;
}

/**
 * An error of any code to answer the next matching calls with (`store.errorNext`), before anything
 * else the call would do: an `AccessDeniedException`, an `InternalFailure` 500, a
 * `ServiceUnavailable` 503. Through the wire doors the SDK's own retry rules run (a 5xx is retried);
 * on door 1 a 5xx carries `$fault: 'server'`.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import 'sagemaker-image-mock/jest';
 *
 * const store = new ImageStore();
 * store.errorNext({ code: 'AccessDeniedException', message: 'not for you', operation: 'ListImages' });
 * expect(() => store.listImages()).toThrowServiceError('AccessDeniedException', 'not for you');
 * expect(store.listImages().Images).toEqual([]);
 * ```
 */
export interface ErrorInjection {
  /** The AWS error code, e.g. `'AccessDeniedException'`, `'InternalFailure'`. */
  readonly code: string;
  /** Default: a text naming the code and saying the test injected it. */
  readonly message?: string;
  /** The HTTP status, 400 to 599. Default 400; 500 for `InternalFailure`, 503 for `ServiceUnavailable`. */
  readonly httpStatus?: number;
  /** Only calls of this operation. Default: any. */
  readonly operation?: string;
  /** How many matching calls. Default 1. */
  readonly count?: number;
  /** Only calls of this account. Default: any. */
  readonly accountId?: string;
}

/**
 * A canned answer for an operation the mock does not implement (`store.stubOperation`, `POST
 * /_mock/stubs`), so that code which also calls, say, CreateUserProfile runs against the wire doors.
 * Give `output` or `error`. The newest stub of an operation answers first; one with a `count` answers
 * that many calls and then gives way to the one before; one without answers until `reset()`. An
 * operation the store implements cannot be stubbed (its rules answer it: seed data, or `errorNext`).
 *
 * @example
 * ```ts
 * import { CreateUserProfileCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { createRequestHandler, ImageStore } from 'sagemaker-image-mock';
 * import type { OperationStub } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * const profile: OperationStub = { operation: 'CreateUserProfile', output: { UserProfileArn: 'arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana' } };
 * store.stubOperation(profile);
 * const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
 * const client = new SageMakerClient({ region: 'us-east-1', credentials, requestHandler: createRequestHandler(store) });
 * test('a canned answer', async () => {
 *   const { UserProfileArn } = await client.send(new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' }));
 *   expect(UserProfileArn).toMatch(/user-profile\/d-1\/ana$/);
 * });
 * ```
 */
export type OperationStub = {
  /** The operation, as the service names it (`'CreateUserProfile'`): one the store does not implement. */
  readonly operation: string;
  /** How many calls it answers. Default: every call until `reset()`. */
  readonly count?: number;
  /** Only calls of this account. Default: any. */
  readonly accountId?: string;
} & (
  | {
      /** The answer: the operation's output (Dates are written as the wire writes timestamps). */
      readonly output: Readonly<Record<string, unknown>>;
      readonly error?: never;
    }
  | {
      /** Or an error: its code, message (default: a text naming the code) and HTTP status (default 400; 500 for `InternalFailure`, 503 for `ServiceUnavailable`). */
      readonly error: { readonly code: string; readonly message?: string; readonly httpStatus?: number };
      readonly output?: never;
    }
);

/**
 * One account of a store, for the methods that can act on it alone (`reset`, `snapshot`, `restore`,
 * `throttleNext`): a parallel worker's own account on a shared store. Absent: the whole store.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * store.seed({ ImageName: 'mine', accountId: '111111111111' }, { ImageName: 'theirs', accountId: '222222222222' });
 * store.reset({ accountId: '111111111111' });
 * expect(store.listImages({}, { accountId: '222222222222' }).Images).toHaveLength(1);
 * ```
 */
export interface AccountScope {
  /** The 12-digit account. */
  readonly accountId?: string;
}

/**
 * A JSON-serialisable picture of everything a store holds: images, versions, aliases, tags,
 * ClientTokens, pending transitions with their clocks, planned failures and throttles, version
 * counters, the store's revision and its token secret (so NextTokens issued before stay good).
 * Its options (clock, lifecycle, limits, ...) are not in it: they belong to the store that loads it.
 * Only `format` and `version` are typed: the rest is the format's own, checked whole at restore, and
 * changes with its version (decision 0023); keep a snapshot as a whole, do not build one by hand.
 *
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from 'node:fs';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { StoreSnapshot } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * store.seed({ ImageName: 'img', Versions: [{ BaseImage: 'repo/img:1' }] });
 * writeFileSync('fixture.json', JSON.stringify(store.snapshot()));
 * const snapshot = JSON.parse(readFileSync('fixture.json', 'utf8')) as StoreSnapshot;
 * expect(new ImageStore({ snapshot }).listImageVersions({ ImageName: 'img' }).ImageVersions).toHaveLength(1);
 * ```
 */
export interface StoreSnapshot {
  /** Names the format, so a file that is not a snapshot is refused. */
  readonly format: 'sagemaker-image-mock/store-snapshot';
  /** The format's version (a store restores every version it has written). */
  readonly version: number;
}

/**
 * An image to put in the store as it is, without going through CreateImage. Members named as
 * DescribeImage answers them; every one but ImageName is optional.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { ImageSeed } from 'sagemaker-image-mock';
 *
 * const pytorch: ImageSeed = {
 *   ImageName: 'pytorch',
 *   CreationTime: new Date('2024-01-01T00:00:00Z'),
 *   Tags: [{ Key: 'team', Value: 'ml' }],
 *   Versions: [{ BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/pytorch:2.1', Aliases: ['latest'] }],
 * };
 * const [described] = new ImageStore().seed(pytorch); // each seed as DescribeImage answers it
 * expect(described?.ImageArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:image/pytorch');
 * ```
 */
export interface ImageSeed {
  /** The image's name, unique in its account and region. */
  readonly ImageName: string;
  /** As CreateImage takes it. */
  readonly Description?: string;
  /** As CreateImage takes it. */
  readonly DisplayName?: string;
  /** As CreateImage takes it (optional here). */
  readonly RoleArn?: string;
  /** Default `'CREATED'`. */
  readonly ImageStatus?: ImageStatus;
  /** The reason a `*_FAILED` status gives. */
  readonly FailureReason?: string;
  /** Default: the clock's now. */
  readonly CreationTime?: Date;
  /** Default: CreationTime. Never before CreationTime. */
  readonly LastModifiedTime?: Date;
  /** The image's tags (at most `limits.tagsPerResource`, 50 by default). */
  readonly Tags?: readonly Tag[];
  /** The image's versions, numbered 1, 2, ... in this order (a fixture in one call). */
  readonly Versions?: readonly ImageVersionSeed[];
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

/**
 * A version of a seeded image, as it is, without going through CreateImageVersion. Members named
 * as DescribeImageVersion answers them; every one but BaseImage is optional.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { ImageVersionSeed } from 'sagemaker-image-mock';
 *
 * const Versions: ImageVersionSeed[] = [
 *   { BaseImage: 'repo/pytorch:2.0', ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'no such image' },
 *   { BaseImage: 'repo/pytorch:2.1', Aliases: ['latest'], JobType: 'TRAINING', Processor: 'GPU' },
 * ];
 * const store = new ImageStore();
 * store.seed({ ImageName: 'pytorch', Versions });
 * expect(store.describeImageVersion({ ImageName: 'pytorch', Alias: 'latest' }).Version).toBe(2);
 * ```
 */
export interface ImageVersionSeed {
  /** As CreateImageVersion takes it; ContainerImage is the same. */
  readonly BaseImage: string;
  /** Unique within the image. */
  readonly Aliases?: readonly string[];
  /** Default `'CREATED'`. */
  readonly ImageVersionStatus?: ImageVersionStatus;
  /** The reason a `*_FAILED` status gives. */
  readonly FailureReason?: string;
  /** Default: the image's CreationTime. */
  readonly CreationTime?: Date;
  /** Default: CreationTime. Never before CreationTime. */
  readonly LastModifiedTime?: Date;
  /** As CreateImageVersion takes it. */
  readonly VendorGuidance?: VendorGuidance;
  /** As CreateImageVersion takes it. */
  readonly JobType?: JobType;
  /** As CreateImageVersion takes it, e.g. `'PyTorch 2.1'`. */
  readonly MLFramework?: string;
  /** As CreateImageVersion takes it, e.g. `'Python 3.11'`. */
  readonly ProgrammingLang?: string;
  /** As CreateImageVersion takes it. */
  readonly Processor?: Processor;
  /** As CreateImageVersion takes it. */
  readonly Horovod?: boolean;
  /** As CreateImageVersion takes it. */
  readonly ReleaseNotes?: string;
  /** The version's tags. */
  readonly Tags?: readonly Tag[];
}

/**
 * Seeds, or arrays of seeds (for large stores: spreading 100,000 arguments overflows the stack).
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { SeedArgument } from 'sagemaker-image-mock';
 *
 * const many: SeedArgument = Array.from({ length: 100_000 }, (_, i) => ({ ImageName: `img-${i}` }));
 * const store = new ImageStore();
 * store.seed(many, { ImageName: 'one-more' }); // an array is one argument: no spread
 * ```
 */
export type SeedArgument = ImageSeed | readonly ImageSeed[];

/**
 * An AppImageConfig to put in the store as it is, without going through CreateAppImageConfig.
 * Members named as DescribeAppImageConfig answers them; every one but AppImageConfigName is optional.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { AppImageConfigSeed } from 'sagemaker-image-mock';
 *
 * const config: AppImageConfigSeed = {
 *   AppImageConfigName: 'pytorch-kernel',
 *   KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3', DisplayName: 'PyTorch' }] },
 * };
 * const [described] = new ImageStore().seedAppImageConfigs(config);
 * expect(described?.AppImageConfigArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:app-image-config/pytorch-kernel');
 * ```
 */
export interface AppImageConfigSeed {
  readonly AppImageConfigName: string;
  readonly KernelGatewayImageConfig?: KernelGatewayImageConfig;
  readonly JupyterLabAppImageConfig?: JupyterLabAppImageConfig;
  readonly CodeEditorAppImageConfig?: CodeEditorAppImageConfig;
  /** Default: the store's clock now. */
  readonly CreationTime?: Date;
  /** Default: CreationTime; never before it. */
  readonly LastModifiedTime?: Date;
  readonly Tags?: readonly Tag[];
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

/**
 * A Studio domain to put in the store as it is, without going through CreateDomain. Members named
 * as DescribeDomain answers them; every one but DomainName is optional. Its CustomImages are kept
 * as given (a seed is not checked against other seeds).
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { DomainSeed } from 'sagemaker-image-mock';
 *
 * const domain: DomainSeed = { DomainName: 'studio', DomainId: 'd-abcdefghijkl', Status: 'InService' };
 * const [described] = new ImageStore().seedDomains(domain);
 * expect(described?.Url).toBe('https://d-abcdefghijkl.studio.us-east-1.sagemaker.aws');
 * ```
 */
export interface DomainSeed {
  readonly DomainName: string;
  /** Default: one drawn as CreateDomain draws it. */
  readonly DomainId?: string;
  /** Default `'InService'`. */
  readonly Status?: DomainStatus;
  readonly FailureReason?: string;
  /** Default: one drawn with the DomainId. */
  readonly HomeEfsFileSystemId?: string;
  /** Default: the store's clock now. */
  readonly CreationTime?: Date;
  /** Default: CreationTime; never before it. */
  readonly LastModifiedTime?: Date;
  /** Default `'IAM'`. */
  readonly AuthMode?: AuthMode;
  /** Default `{}`. */
  readonly DefaultUserSettings?: UserSettings;
  readonly DefaultSpaceSettings?: DefaultSpaceSettings;
  readonly DomainSettings?: DomainSettings;
  readonly SubnetIds?: readonly string[];
  readonly VpcId?: string;
  /** Default `'PublicInternetOnly'`. */
  readonly AppNetworkAccessType?: AppNetworkAccessType;
  /** Default `'DISABLED'`. */
  readonly TagPropagation?: TagPropagation;
  readonly KmsKeyId?: string;
  readonly HomeEfsFileSystemKmsKeyId?: string;
  readonly Tags?: readonly Tag[];
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

/**
 * The operations whose transition a test can make fail.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { FailableOperation } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * const operations: FailableOperation[] = ['CreateImage', 'UpdateImage', 'DeleteImage'];
 * for (const operation of operations) store.failNext({ operation, ImageName: 'img' });
 * ```
 */
export type FailableOperation =
  | 'CreateImage'
  | 'UpdateImage'
  | 'DeleteImage'
  | 'CreateImageVersion'
  | 'DeleteImageVersion'
  // A domain's: it ends Failed, Update_Failed or Delete_Failed.
  | 'CreateDomain'
  | 'UpdateDomain'
  | 'DeleteDomain';

/**
 * A failure to plan with `failNext`: the next matching operation's transition ends in `*_FAILED`
 * (CREATE_FAILED, UPDATE_FAILED, DELETE_FAILED) with a FailureReason, as the service reports it.
 *
 * @example
 * ```ts
 * import { CreateImageCommand, DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages } from 'sagemaker-image-mock';
 *
 * test('a creation that fails', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   mock.failNext({ operation: 'CreateImage', ImageName: 'img', FailureReason: 'quota exceeded' });
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' }));
 *   const image = await client.send(new DescribeImageCommand({ ImageName: 'img' }));
 *   expect(image).toMatchObject({ ImageStatus: 'CREATE_FAILED', FailureReason: 'quota exceeded' });
 *   mock.restore();
 * });
 * ```
 */
export interface FailureInjection {
  /** The operation to make fail. */
  readonly operation: FailableOperation;
  /** The image it must act on: required for the image and version operations. */
  readonly ImageName?: string;
  /**
   * The domain it must act on, by DomainName (CreateDomain has no DomainId yet): required for the
   * domain operations. Names need not be unique: the next call on any domain of that name fails.
   */
  readonly DomainName?: string;
  /** For CreateImageVersion and DeleteImageVersion: which version (any version of the image when absent). */
  readonly Version?: number;
  /** Default: a text naming the operation and the resource. */
  readonly FailureReason?: string;
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

/**
 * Who is calling, and when: the region of the calling client, optionally another account. The
 * doors fill it in from the client; a test calling the store directly passes it.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore(); // region us-east-1
 * store.seed({ ImageName: 'img', region: 'eu-west-1' });
 * expect(store.listImages({}, { region: 'eu-west-1' }).Images).toHaveLength(1);
 * expect(store.listImages().Images).toEqual([]); // the store's own region
 * ```
 */
export interface CallContext {
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
  /** The instant of the call. Default: the store's clock, read once as the call begins. */
  readonly at?: Date;
}
