// The snapshot format (decision 0023): its name and version, the bounds its checker holds counters
// to, and its members. Only `StoreSnapshot` (format and version) is public: the rest may change with
// the version.
import type { ImageStatus, ImageVersionStatus } from '@aws-sdk/client-sagemaker';
import type { FailableOperation } from '../../glossary';
import type { Transition } from '../state/transition';

export const FORMAT = 'sagemaker-image-mock/store-snapshot';
export const VERSION = 2 as const;
/** The versions a store still restores (decision 0023): version 1 had no AppImageConfigs or domains. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/**
 * The largest counter (revision, transitions.seq, throttledCalls, lastVersion, a record's revisions)
 * a snapshot may hold: 2^52, half of Number.MAX_SAFE_INTEGER, so every counter has room for 2^52
 * more increments before it would stop being exact.
 */
export const COUNTER_MAX = 2 ** 52;

/** Everything a store holds, as `store.snapshot()` writes it. */
export interface StoreSnapshotPicture {
  /** Names the format, so a file that is not a snapshot is refused. */
  readonly format: 'sagemaker-image-mock/store-snapshot';
  /** The format's version. */
  readonly version: typeof VERSION;
  /** The store's revision counter: list walks remember it to keep their pages consistent. */
  readonly revision: number;
  /** The secret that signs NextTokens, so tokens issued before the snapshot stay good. */
  readonly tokenSecret: string;
  /** How many calls are still to be throttled (`store.throttleNext`). */
  readonly throttledCalls: number;
  /** How many calls of one account are still to be throttled (since version 2): `[accountId, calls]`. */
  readonly accountThrottles: readonly (readonly [string, number])[];
  /** Every (account, region) the store has used, with its images. */
  readonly namespaces: readonly SnapshotNamespace[];
  /** The transitions still to finish, and the counter that orders them. */
  readonly transitions: { readonly seq: number; readonly pending: readonly SnapshotTransition[] };
  /** The failures planned with `failNext` and not used yet. */
  readonly failures: readonly SnapshotFailure[];
  /** The errors planned with `errorNext` and not used up yet (since version 2). */
  readonly errors: readonly SnapshotError[];
  /** The canned answers planned with `stubOperation` and not used up, oldest first (since version 2). */
  readonly stubs: readonly SnapshotStub[];
}

/** A canned answer planned with `stubOperation`, in a {@link StoreSnapshotPicture}. */
export interface SnapshotStub {
  readonly operation: string;
  /** The output, as the wire writes it (timestamps as epoch seconds). */
  readonly output?: Readonly<Record<string, unknown>>;
  readonly error?: { readonly code: string; readonly message?: string; readonly httpStatus: number };
  readonly accountId?: string;
  /** How many calls it still answers; absent: every call until reset. */
  readonly remaining?: number;
}

/** An error planned with `errorNext`, in a {@link StoreSnapshotPicture}. */
interface SnapshotError {
  readonly code: string;
  readonly message?: string;
  readonly httpStatus: number;
  readonly operation?: string;
  readonly accountId?: string;
  /** How many calls it still answers. */
  readonly remaining: number;
}


/**
 * One (account, region) of a {@link StoreSnapshotPicture}.
 */
export interface SnapshotNamespace {
  /** The 12-digit account. */
  readonly accountId: string;
  /** The region, e.g. `'us-east-1'`. */
  readonly region: string;
  /** Names of images deleted here (for `deletedWaiterCompat`). */
  readonly deletedImages: readonly string[];
  /** The images, in name order. */
  readonly images: readonly SnapshotImage[];
  /** The AppImageConfigs, in creation order (since version 2). */
  readonly appImageConfigs: readonly SnapshotAppImageConfig[];
  /** The domains, in creation order (since version 2). */
  readonly domains: readonly SnapshotDomain[];
}

/** An AppImageConfig: its DescribeAppImageConfig members (times as epoch milliseconds), tags and counters. */
export interface SnapshotAppImageConfig {
  readonly AppImageConfigName: string;
  readonly CreationTime: number;
  readonly LastModifiedTime: number;
  readonly KernelGatewayImageConfig?: unknown;
  readonly JupyterLabAppImageConfig?: unknown;
  readonly CodeEditorAppImageConfig?: unknown;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly Tags: readonly (readonly [string, string])[];
}

/** A domain: its own DescribeDomain members (times as epoch milliseconds), its settings, tags and counters. */
export interface SnapshotDomain {
  readonly DomainId: string;
  readonly DomainName: string;
  readonly HomeEfsFileSystemId: string;
  readonly Status: string;
  readonly FailureReason?: string;
  readonly CreationTime: number;
  readonly LastModifiedTime: number;
  /** The CreateDomain members it keeps, as DescribeDomain answers them. */
  readonly settings: Readonly<Record<string, unknown>>;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly Tags: readonly (readonly [string, string])[];
}

/**
 * An image in a {@link StoreSnapshotPicture}: its DescribeImage members (times as epoch milliseconds),
 * its tags, versions and aliases, and the counters the store keeps for it.
 */
export interface SnapshotImage {
  /** As DescribeImage answers it. */
  readonly ImageName: string;
  /** As DescribeImage answers it. */
  readonly Description?: string;
  /** As DescribeImage answers it. */
  readonly DisplayName?: string;
  /** As DescribeImage answers it. */
  readonly RoleArn?: string;
  /** As DescribeImage answers it. */
  readonly ImageStatus: ImageStatus;
  /** As DescribeImage answers it. */
  readonly FailureReason?: string;
  /** Epoch milliseconds. */
  readonly CreationTime: number;
  /** Epoch milliseconds. */
  readonly LastModifiedTime: number;
  /** The store revision that created the image. */
  readonly createdRevision: number;
  /** The store revision that last changed its LastModifiedTime. */
  readonly modifiedRevision: number;
  /** The highest version number issued so far (deleted versions' numbers are not reused). */
  readonly lastVersion: number;
  /** The image's tags, as `[Key, Value]` pairs. */
  readonly Tags: readonly (readonly [string, string])[];
  /** The image's versions, by version number. */
  readonly versions: readonly SnapshotVersion[];
  /** `[alias, version number]` pairs. */
  readonly aliases: readonly (readonly [string, number])[];
  /** `[ClientToken, ImageVersionArn]`: what CreateImageVersion answers when a token is sent again. */
  readonly clientTokens: readonly (readonly [string, string])[];
  /** Numbers of the versions deleted (for `deletedWaiterCompat`). */
  readonly deletedVersions: readonly number[];
}

/**
 * An image version in a {@link SnapshotImage}: its DescribeImageVersion members (times as epoch
 * milliseconds) and tags.
 */
export interface SnapshotVersion {
  /** The version number, from 1. */
  readonly Version: number;
  /** As DescribeImageVersion answers it. */
  readonly BaseImage: string;
  /** As DescribeImageVersion answers it. */
  readonly ContainerImage: string;
  /** As DescribeImageVersion answers it. */
  readonly ImageVersionStatus: ImageVersionStatus;
  /** As DescribeImageVersion answers it. */
  readonly FailureReason?: string;
  /** Epoch milliseconds. */
  readonly CreationTime: number;
  /** Epoch milliseconds. */
  readonly LastModifiedTime: number;
  /** The store revision that created the version. */
  readonly createdRevision: number;
  /** The store revision that last changed its LastModifiedTime. */
  readonly modifiedRevision: number;
  /** As DescribeImageVersion answers it. */
  readonly VendorGuidance?: string;
  /** As DescribeImageVersion answers it. */
  readonly JobType?: string;
  /** As DescribeImageVersion answers it. */
  readonly MLFramework?: string;
  /** As DescribeImageVersion answers it. */
  readonly ProgrammingLang?: string;
  /** As DescribeImageVersion answers it. */
  readonly Processor?: string;
  /** As DescribeImageVersion answers it. */
  readonly Horovod?: boolean;
  /** As DescribeImageVersion answers it. */
  readonly ReleaseNotes?: string;
  /** The version's tags, as `[Key, Value]` pairs. */
  readonly Tags: readonly (readonly [string, string])[];
}

/**
 * A transition still pending in a {@link StoreSnapshotPicture}: what a create, update or delete left to
 * finish when the store's clock reaches `until`.
 */
export interface SnapshotTransition {
  /** When it falls due (epoch ms of the store's clock), and its order among equals. */
  readonly until: number;
  /** Its order among transitions that fall due at the same instant. */
  readonly seq: number;
  /** What finishes: CREATING, UPDATING or DELETING of an image or a version; Pending, Updating or Deleting of a domain. */
  readonly kind: Transition['kind'];
  /** The resource's account. */
  readonly accountId: string;
  /** The resource's region. */
  readonly region: string;
  /** The image, for the image and version transitions. */
  readonly imageName?: string;
  /** The revision that created the image: a transition of an image deleted and made again is void. */
  readonly imageRevision?: number;
  /** The domain, for the domain transitions. */
  readonly domainId?: string;
  /** The revision that created the domain. */
  readonly domainRevision?: number;
  /** The version, for the version transitions. */
  readonly version?: number;
  /** The revision that created the version, for the version transitions. */
  readonly versionRevision?: number;
  /** The FailureReason when the test planned a failure; absent, the transition succeeds. */
  readonly failure?: string;
  /** For `image-updated`: the members before the update; for `domain-updated`: the settings before it; restored when it fails. */
  readonly previous?: Readonly<Record<string, unknown>>;
}

/**
 * A failure planned with `failNext` and not used yet, in a {@link StoreSnapshotPicture}.
 */
interface SnapshotFailure {
  /** The operation whose transition fails. */
  readonly operation: FailableOperation;
  /** The resource's `account/region`, e.g. `'123456789012/us-east-1'`. */
  readonly namespace: string;
  /** The image's name, or the domain's DomainName (version 1 called it `imageName`). */
  readonly name: string;
  /** The version, when the injection named one. */
  readonly version?: number;
  /** The FailureReason the image or version will show. */
  readonly reason: string;
}
