import type { ImageStatus, ImageVersionStatus, JobType, Processor, VendorGuidance } from '@aws-sdk/client-sagemaker';

/** What an image's versions need, made on the image's first version: most images never have one. */
class VersionFamily {
  readonly versions = new Map<number, VersionRecord>();
  /**
   * Version numbers in the order they were issued (ascending); a deleted one leaves the top lazily,
   * so the latest version is found in amortised O(1).
   */
  readonly stack: number[] = [];
  /** Alias to version number; an alias is unique within its image. */
  readonly aliases = new Map<string, number>();
  /** CreateImageVersion ClientToken to the ImageVersionArn it answered first. */
  readonly clientTokens = new Map<string, string>();
  /** Version numbers deleted from this image (for `deletedWaiterCompat`). */
  readonly deletedVersions = new Set<number>();
}

const NO_VERSIONS: ReadonlyMap<number, VersionRecord> = new Map();
const NO_ALIASES: ReadonlyMap<string, number> = new Map();
const NO_NUMBERS: ReadonlySet<number> = new Set();
const NO_TOKENS: ReadonlyMap<string, string> = new Map();

export interface NewImage {
  readonly name: string;
  readonly arn: string;
  readonly description?: string | undefined;
  readonly displayName?: string | undefined;
  readonly roleArn?: string | undefined;
  readonly status: ImageStatus;
  readonly failureReason?: string | undefined;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  readonly tags?: Map<string, string> | undefined;
}

/**
 * An image as the store keeps it: times as epoch milliseconds, so nothing mutable leaks out. Every
 * field is set in the constructor, so all images share one shape (fast to read, small to keep);
 * tags and the version family are made when first needed. Only the store changes these records,
 * and only through its tables (which keep indexes in step).
 */
export class ImageRecord {
  readonly name: string;
  readonly arn: string;
  description: string | undefined;
  displayName: string | undefined;
  roleArn: string | undefined;
  status: ImageStatus;
  failureReason: string | undefined;
  readonly creationTime: number;
  lastModifiedTime: number;
  /** The store revision that created this record, and the one that last moved its LastModifiedTime. */
  readonly createdRevision: number;
  modifiedRevision: number;
  /** The highest version number ever issued for this image: numbers are never reused. */
  lastVersion = 0;
  private ownTags: Map<string, string> | undefined;
  private family: VersionFamily | undefined;

  constructor(fields: NewImage, revision: number) {
    this.name = fields.name;
    this.arn = fields.arn;
    this.description = fields.description;
    this.displayName = fields.displayName;
    this.roleArn = fields.roleArn;
    this.status = fields.status;
    this.failureReason = fields.failureReason;
    this.creationTime = fields.creationTime;
    this.lastModifiedTime = fields.lastModifiedTime;
    this.createdRevision = revision;
    this.modifiedRevision = revision;
    this.ownTags = fields.tags !== undefined && fields.tags.size > 0 ? fields.tags : undefined;
    this.family = undefined;
  }

  /** The image's tags, to read or change. */
  get tags(): Map<string, string> {
    return (this.ownTags ??= new Map());
  }

  get versions(): ReadonlyMap<number, VersionRecord> {
    return this.family?.versions ?? NO_VERSIONS;
  }

  get aliases(): ReadonlyMap<string, number> {
    return this.family?.aliases ?? NO_ALIASES;
  }

  get deletedVersions(): ReadonlySet<number> {
    return this.family?.deletedVersions ?? NO_NUMBERS;
  }

  /** The version family to change: its aliases, ClientTokens and versions (the last through addVersion/removeVersion). */
  get ownFamily(): VersionFamily {
    return (this.family ??= new VersionFamily());
  }

  /** Every ClientToken seen on this image with the ImageVersionArn it answered. */
  get clientTokens(): ReadonlyMap<string, string> {
    return this.family?.clientTokens ?? NO_TOKENS;
  }

  /** Makes `alias` name version `version` (the caller checked the alias is free and the version exists). */
  setAlias(alias: string, version: number): void {
    this.ownFamily.aliases.set(alias, version);
  }

  /**
   * Puts back the version family a snapshot pictured (checked first: versions in ascending order,
   * none above `lastVersion`, aliases naming live versions, deleted numbers not live).
   */
  restoreFamily(lastVersion: number, family: RestoredFamily): void {
    this.lastVersion = lastVersion;
    if (family.versions.length + family.aliases.length + family.clientTokens.length + family.deletedVersions.length === 0) return;
    const own = this.ownFamily;
    for (const version of family.versions) {
      own.versions.set(version.version, version);
      own.stack.push(version.version);
    }
    for (const [alias, number] of family.aliases) own.aliases.set(alias, number);
    for (const [token, arn] of family.clientTokens) own.clientTokens.set(token, arn);
    for (const number of family.deletedVersions) own.deletedVersions.add(number);
  }

  /** The ImageVersionArn a ClientToken answered first, if it was seen on this image. */
  replayOf(clientToken: string): string | undefined {
    return this.family?.clientTokens.get(clientToken);
  }
}

/** A version family as a snapshot pictures it. */
interface RestoredFamily {
  readonly versions: readonly VersionRecord[];
  readonly aliases: readonly (readonly [string, number])[];
  readonly clientTokens: readonly (readonly [string, string])[];
  readonly deletedVersions: readonly number[];
}

/** An image version as the store keeps it; built with every field set, so all share one shape. */
export interface VersionRecord {
  readonly imageName: string;
  readonly version: number;
  readonly arn: string;
  readonly imageArn: string;
  readonly baseImage: string;
  readonly containerImage: string;
  status: ImageVersionStatus;
  failureReason: string | undefined;
  readonly creationTime: number;
  lastModifiedTime: number;
  readonly createdRevision: number;
  modifiedRevision: number;
  vendorGuidance: VendorGuidance | undefined;
  jobType: JobType | undefined;
  mlFramework: string | undefined;
  programmingLang: string | undefined;
  processor: Processor | undefined;
  horovod: boolean | undefined;
  releaseNotes: string | undefined;
  readonly tags: Map<string, string>;
}

/** A version's optional members, named as the service names them (a request, a seed and a snapshot all carry them so). */
export interface VersionMetadata {
  readonly VendorGuidance?: VendorGuidance | undefined;
  readonly JobType?: JobType | undefined;
  readonly MLFramework?: string | undefined;
  readonly ProgrammingLang?: string | undefined;
  readonly Processor?: Processor | undefined;
  readonly Horovod?: boolean | undefined;
  readonly ReleaseNotes?: string | undefined;
}

export interface NewVersion {
  readonly version: number;
  readonly arn: string;
  readonly baseImage: string;
  /** Default: the BaseImage (what the service answers; a snapshot keeps its own). */
  readonly containerImage?: string;
  readonly status: ImageVersionStatus;
  readonly failureReason: string | undefined;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly metadata: VersionMetadata;
  readonly tags: Map<string, string>;
}

/** A version record of `image`, its fields always set in one order, so every version shares one shape. */
export function newVersionRecord(image: ImageRecord, v: NewVersion): VersionRecord {
  const m = v.metadata;
  return {
    imageName: image.name,
    version: v.version,
    arn: v.arn,
    imageArn: image.arn,
    baseImage: v.baseImage,
    containerImage: v.containerImage ?? v.baseImage,
    status: v.status,
    failureReason: v.failureReason,
    creationTime: v.creationTime,
    lastModifiedTime: v.lastModifiedTime,
    createdRevision: v.createdRevision,
    modifiedRevision: v.modifiedRevision,
    vendorGuidance: m.VendorGuidance,
    jobType: m.JobType,
    mlFramework: m.MLFramework,
    programmingLang: m.ProgrammingLang,
    processor: m.Processor,
    horovod: m.Horovod,
    releaseNotes: m.ReleaseNotes,
    tags: v.tags,
  };
}

/** Adds the image's next version (its number is `image.lastVersion + 1`). */
export function addVersion(image: ImageRecord, version: VersionRecord): void {
  const family = image.ownFamily;
  image.lastVersion = version.version;
  family.versions.set(version.version, version);
  family.stack.push(version.version);
}

export function removeVersion(image: ImageRecord, version: number): void {
  const family = image.ownFamily;
  family.versions.delete(version);
  family.deletedVersions.add(version);
  for (const [alias, number] of family.aliases) if (number === version) family.aliases.delete(alias);
}

/** The image's newest existing version, if any. */
export function latestVersion(image: ImageRecord): VersionRecord | undefined {
  if (image.versions.size === 0) return undefined;
  const { stack, versions } = image.ownFamily;
  while (stack.length > 0) {
    const found = versions.get(stack[stack.length - 1]!);
    if (found !== undefined) return found;
    stack.pop();
  }
  return undefined;
}

/**
 * Whether a walk that began at revision `start` must leave this record out of its later pages: it
 * existed then and its LastModifiedTime has moved since, so under a LAST_MODIFIED_TIME order it may
 * have moved past the cursor and been returned already (behaviour §5: no item twice).
 */
export function movedSince(record: { readonly createdRevision: number; readonly modifiedRevision: number }, start: number): boolean {
  return record.createdRevision <= start && record.modifiedRevision > start;
}
