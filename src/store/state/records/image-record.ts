import type { ImageStatus } from '@aws-sdk/client-sagemaker';
import type { Field, Writable } from './fields';
import type { VersionRecord } from './version-record';

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

/** The members UpdateImage changes, and a failed update puts back. */
export interface ImageDetails {
  readonly description: string | undefined;
  readonly displayName: string | undefined;
  readonly roleArn: string | undefined;
}

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

/** A version family as a snapshot pictures it. */
export interface RestoredFamily {
  readonly versions: readonly VersionRecord[];
  readonly aliases: readonly (readonly [string, number])[];
  readonly clientTokens: readonly (readonly [string, string])[];
  readonly deletedVersions: readonly number[];
}

/**
 * An image as the store keeps it: times as epoch milliseconds. Every field is set in the
 * constructor, so all images share one shape (fast to read, small to keep); tags and the version
 * family are made when first needed. Its fields are read-only to every module but this one: the
 * methods below are the only writes (LastModifiedTime through the image's table, which keeps its
 * index in step).
 */
export class ImageRecord {
  readonly name: string;
  readonly arn: string;
  readonly description: string | undefined;
  readonly displayName: string | undefined;
  readonly roleArn: string | undefined;
  readonly status: ImageStatus;
  readonly failureReason: string | undefined;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  /** The store revision that created this record, and the one that last moved its LastModifiedTime. */
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  /** The highest version number ever issued for this image: numbers are never reused. */
  readonly lastVersion: number = 0;
  private ownTags: Map<string, string> | undefined;
  private family: VersionFamily | undefined;

  /** A new image; `modifiedRevision` defaults to `revision` (a snapshot brings its own). */
  constructor(fields: NewImage, revision: number, modifiedRevision = revision) {
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
    this.modifiedRevision = modifiedRevision;
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

  /** Every ClientToken seen on this image with the ImageVersionArn it answered. */
  get clientTokens(): ReadonlyMap<string, string> {
    return this.family?.clientTokens ?? NO_TOKENS;
  }

  private get ownFamily(): VersionFamily {
    return (this.family ??= new VersionFamily());
  }

  get details(): ImageDetails {
    return { description: this.description, displayName: this.displayName, roleArn: this.roleArn };
  }

  setDetails(details: ImageDetails): void {
    const own = this as Writable<ImageRecord>;
    own.description = details.description;
    own.displayName = details.displayName;
    own.roleArn = details.roleArn;
  }

  /** Sets the status, and the FailureReason when one is given (`null` clears it; otherwise it stays). */
  setStatus(status: ImageStatus, failureReason?: string | null): void {
    const own = this as Writable<ImageRecord>;
    own.status = status;
    if (failureReason !== undefined) own.failureReason = failureReason ?? undefined;
  }

  /** Moves LastModifiedTime: only for the image's table (`ImageTable.setLastModified`), which re-sorts it. */
  touch(time: number, revision: number): void {
    const own = this as Writable<ImageRecord>;
    own.lastModifiedTime = time;
    own.modifiedRevision = revision;
  }

  /** Adds the image's next version (its number is `lastVersion + 1`). */
  addVersion(version: VersionRecord): void {
    const family = this.ownFamily;
    (this as Writable<ImageRecord>).lastVersion = version.version;
    family.versions.set(version.version, version);
    family.stack.push(version.version);
  }

  /** Removes a version, remembering its number as deleted; its aliases go with it. */
  removeVersion(version: number): void {
    const family = this.ownFamily;
    family.versions.delete(version);
    family.deletedVersions.add(version);
    for (const [alias, number] of family.aliases) if (number === version) family.aliases.delete(alias);
  }

  /** The newest existing version, if any. */
  latestVersion(): VersionRecord | undefined {
    const family = this.family;
    if (family === undefined || family.versions.size === 0) return undefined;
    const { stack, versions } = family;
    while (stack.length > 0) {
      const found = versions.get(stack[stack.length - 1]!);
      if (found !== undefined) return found;
      stack.pop();
    }
    return undefined;
  }

  /** Makes `alias` name version `version` (the caller checked the alias is free and the version exists). */
  setAlias(alias: string, version: number): void {
    this.ownFamily.aliases.set(alias, version);
  }

  /** Removes `alias` if it names `version`. */
  deleteAlias(alias: string, version: number): void {
    const aliases = this.family?.aliases;
    if (aliases?.get(alias) === version) aliases.delete(alias);
  }

  /** Remembers the ImageVersionArn a CreateImageVersion ClientToken answered. */
  rememberClientToken(clientToken: string, versionArn: string): void {
    this.ownFamily.clientTokens.set(clientToken, versionArn);
  }

  /** The ImageVersionArn a ClientToken answered first, if it was seen on this image. */
  replayOf(clientToken: string): string | undefined {
    return this.family?.clientTokens.get(clientToken);
  }

  /**
   * Puts back the version family a snapshot pictured (checked first: versions in ascending order,
   * none above `lastVersion`, aliases naming live versions, deleted numbers not live).
   */
  restoreFamily(lastVersion: number, family: RestoredFamily): void {
    (this as Writable<ImageRecord>).lastVersion = lastVersion;
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
}

/** Every member of an image the service answers, seeds and snapshots carry (tags, versions and counters apart). */
export const IMAGE_FIELDS: readonly Field<ImageRecord>[] = [
  { member: 'ImageName', key: 'name', shape: 'ImageName', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'ImageArn', key: 'arn', shape: 'ImageArn', required: true, in: ['summary', 'describe'] },
  { member: 'Description', key: 'description', shape: 'ImageDescription', in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'DisplayName', key: 'displayName', shape: 'ImageDisplayName', in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'RoleArn', key: 'roleArn', shape: 'RoleArn', in: ['describe', 'seed', 'snapshot'] },
  { member: 'ImageStatus', key: 'status', shape: 'ImageStatus', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'FailureReason', key: 'failureReason', shape: 'FailureReason', in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'CreationTime', key: 'creationTime', shape: 'Timestamp', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'LastModifiedTime', key: 'lastModifiedTime', shape: 'Timestamp', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
];
