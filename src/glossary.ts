// The public types of the main entry that several modules share: what a test passes in (options,
// seeds, injections, call contexts). One place, as msw keeps its glossary; the rest of src/ imports
// them from here. Door-specific types live with their door.
import type { ImageStatus, ImageVersionStatus, JobType, Processor, Tag, VendorGuidance } from '@aws-sdk/client-sagemaker';
import type { Clock } from './clock/clock';

/** Quotas that raise ResourceLimitExceeded when a call would go past them. */
export interface Limits {
  /** Images per account and region. Default: no limit. */
  readonly images?: number;
  /** Versions one image may have at once. Default: no limit. */
  readonly versionsPerImage?: number;
  /** Tags on one image or image version. Default 50. */
  readonly tagsPerResource?: number;
}

/** `'instant'`, or how long each transitional status lasts, in milliseconds of the store's clock. */
export type LifecycleOption = 'instant' | { readonly creating?: number; readonly updating?: number; readonly deleting?: number };

/** `'exact'`: filter, sort, then page. `'limit-before-filter'`: MaxResults counts items before filtering. */
export type ListPaging = 'exact' | 'limit-before-filter';

/** How ListImages' NameContains compares. */
export type NameContainsMode = 'case-sensitive' | 'case-insensitive';

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
  /** Start from this picture of a store (from `store.snapshot()`, or its JSON parsed back). */
  readonly snapshot?: StoreSnapshot;
}

/**
 * A JSON-serialisable picture of everything a store holds: images, versions, aliases, tags,
 * ClientTokens, pending transitions with their clocks, planned failures and throttles, version
 * counters, the store's revision and its token secret (so NextTokens issued before stay good).
 * Its options (clock, lifecycle, limits, ...) are not in it: they belong to the store that loads it.
 */
export interface StoreSnapshot {
  readonly format: 'sagemaker-image-mock/store-snapshot';
  readonly version: 1;
  readonly revision: number;
  readonly tokenSecret: string;
  readonly throttledCalls: number;
  readonly namespaces: readonly SnapshotNamespace[];
  readonly transitions: { readonly seq: number; readonly pending: readonly SnapshotTransition[] };
  readonly failures: readonly SnapshotFailure[];
}

export interface SnapshotNamespace {
  readonly accountId: string;
  readonly region: string;
  readonly deletedImages: readonly string[];
  readonly images: readonly SnapshotImage[];
}

export interface SnapshotImage {
  readonly ImageName: string;
  readonly Description?: string;
  readonly DisplayName?: string;
  readonly RoleArn?: string;
  readonly ImageStatus: ImageStatus;
  readonly FailureReason?: string;
  /** Epoch milliseconds. */
  readonly CreationTime: number;
  readonly LastModifiedTime: number;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly lastVersion: number;
  readonly Tags: readonly (readonly [string, string])[];
  readonly versions: readonly SnapshotVersion[];
  readonly aliases: readonly (readonly [string, number])[];
  readonly clientTokens: readonly (readonly [string, string])[];
  readonly deletedVersions: readonly number[];
}

export interface SnapshotVersion {
  readonly Version: number;
  readonly BaseImage: string;
  readonly ContainerImage: string;
  readonly ImageVersionStatus: ImageVersionStatus;
  readonly FailureReason?: string;
  readonly CreationTime: number;
  readonly LastModifiedTime: number;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly VendorGuidance?: string;
  readonly JobType?: string;
  readonly MLFramework?: string;
  readonly ProgrammingLang?: string;
  readonly Processor?: string;
  readonly Horovod?: boolean;
  readonly ReleaseNotes?: string;
  readonly Tags: readonly (readonly [string, string])[];
}

export interface SnapshotTransition {
  /** When it falls due (epoch ms of the store's clock), and its order among equals. */
  readonly until: number;
  readonly seq: number;
  readonly kind: 'image-created' | 'image-updated' | 'image-deleted' | 'version-created' | 'version-deleted';
  readonly accountId: string;
  readonly region: string;
  readonly imageName: string;
  readonly imageRevision: number;
  readonly version?: number;
  readonly versionRevision?: number;
  readonly failure?: string;
  readonly previous?: { readonly description?: string; readonly displayName?: string; readonly roleArn?: string };
}

export interface SnapshotFailure {
  readonly operation: FailableOperation;
  readonly namespace: string;
  readonly imageName: string;
  readonly version?: number;
  readonly reason: string;
}

/** An image to put in the store as it is, without going through CreateImage. */
export interface ImageSeed {
  readonly ImageName: string;
  readonly Description?: string;
  readonly DisplayName?: string;
  readonly RoleArn?: string;
  /** Default `'CREATED'`. */
  readonly ImageStatus?: ImageStatus;
  readonly FailureReason?: string;
  /** Default: the clock's now. */
  readonly CreationTime?: Date;
  /** Default: CreationTime. Never before CreationTime. */
  readonly LastModifiedTime?: Date;
  readonly Tags?: readonly Tag[];
  /** The image's versions, numbered 1, 2, ... in this order (a fixture in one call). */
  readonly Versions?: readonly ImageVersionSeed[];
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

/** A version of a seeded image, as it is, without going through CreateImageVersion. */
export interface ImageVersionSeed {
  readonly BaseImage: string;
  /** Unique within the image. */
  readonly Aliases?: readonly string[];
  /** Default `'CREATED'`. */
  readonly ImageVersionStatus?: ImageVersionStatus;
  readonly FailureReason?: string;
  /** Default: the image's CreationTime. */
  readonly CreationTime?: Date;
  /** Default: CreationTime. Never before CreationTime. */
  readonly LastModifiedTime?: Date;
  readonly VendorGuidance?: VendorGuidance;
  readonly JobType?: JobType;
  readonly MLFramework?: string;
  readonly ProgrammingLang?: string;
  readonly Processor?: Processor;
  readonly Horovod?: boolean;
  readonly ReleaseNotes?: string;
  readonly Tags?: readonly Tag[];
}

/** Seeds, or arrays of seeds (for large stores: spreading 100,000 arguments overflows the stack). */
export type SeedArgument = ImageSeed | readonly ImageSeed[];

/** The operations whose transition a test can make fail. */
export type FailableOperation = 'CreateImage' | 'UpdateImage' | 'DeleteImage' | 'CreateImageVersion' | 'DeleteImageVersion';

export interface FailureInjection {
  readonly operation: FailableOperation;
  readonly ImageName: string;
  /** For CreateImageVersion and DeleteImageVersion: which version (any version of the image when absent). */
  readonly Version?: number;
  /** Default: a text naming the operation and the image. */
  readonly FailureReason?: string;
  /** Default: the store's region and account. */
  readonly region?: string;
  readonly accountId?: string;
}

/** Who is calling, and when: the region of the calling client, optionally another account. */
export interface CallContext {
  readonly region?: string;
  readonly accountId?: string;
  /** The instant of the call. Default: the store's clock, read once as the call begins. */
  readonly at?: Date;
}
