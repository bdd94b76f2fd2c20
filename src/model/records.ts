import type { ImageStatus, ImageVersionStatus, JobType, Processor, VendorGuidance } from '@aws-sdk/client-sagemaker';

/**
 * An image as the store keeps it: times as epoch milliseconds, so nothing mutable leaks out.
 * Only the store changes these records, and only through its tables (which keep indexes in step).
 */
export interface ImageRecord {
  readonly name: string;
  readonly arn: string;
  description?: string;
  displayName?: string;
  roleArn?: string;
  status: ImageStatus;
  failureReason?: string;
  readonly creationTime: number;
  lastModifiedTime: number;
  /** The store revision that created this record, and the one that last moved its LastModifiedTime. */
  readonly createdRevision: number;
  modifiedRevision: number;
  readonly tags: Map<string, string>;
  /** Only through addVersion / removeVersion, which keep `versionStack` in step. */
  readonly versions: Map<number, VersionRecord>;
  /**
   * Version numbers in the order they were issued (ascending); a deleted one leaves the top lazily,
   * so the latest version is found in amortised O(1).
   */
  readonly versionStack: number[];
  /** The highest version number ever issued for this image: numbers are never reused. */
  lastVersion: number;
  /** Alias to version number; an alias is unique within its image. */
  readonly aliases: Map<string, number>;
  /** CreateImageVersion ClientToken to the ImageVersionArn it answered first. */
  readonly clientTokens: Map<string, string>;
  /** Version numbers deleted from this image (for `deletedWaiterCompat`). */
  readonly deletedVersions: Set<number>;
}

export interface VersionRecord {
  readonly imageName: string;
  readonly version: number;
  readonly arn: string;
  readonly imageArn: string;
  readonly baseImage: string;
  readonly containerImage: string;
  status: ImageVersionStatus;
  failureReason?: string;
  readonly creationTime: number;
  lastModifiedTime: number;
  readonly createdRevision: number;
  modifiedRevision: number;
  vendorGuidance?: VendorGuidance;
  jobType?: JobType;
  mlFramework?: string;
  programmingLang?: string;
  processor?: Processor;
  horovod?: boolean;
  releaseNotes?: string;
  readonly tags: Map<string, string>;
}

type NewImageFields = Omit<
  ImageRecord,
  'versions' | 'versionStack' | 'lastVersion' | 'aliases' | 'clientTokens' | 'deletedVersions' | 'createdRevision' | 'modifiedRevision'
>;

/** A fresh image record with no versions, aliases or tokens, created at store revision `revision`. */
export function newImageRecord(fields: NewImageFields, revision: number): ImageRecord {
  return {
    ...fields,
    createdRevision: revision,
    modifiedRevision: revision,
    versions: new Map(),
    versionStack: [],
    lastVersion: 0,
    aliases: new Map(),
    clientTokens: new Map(),
    deletedVersions: new Set(),
  };
}

/** Adds the image's next version (its number is `image.lastVersion + 1`). */
export function addVersion(image: ImageRecord, version: VersionRecord): void {
  image.lastVersion = version.version;
  image.versions.set(version.version, version);
  image.versionStack.push(version.version);
}

export function removeVersion(image: ImageRecord, version: number): void {
  image.versions.delete(version);
  image.deletedVersions.add(version);
}

/** The image's newest existing version, if any. */
export function latestVersion(image: ImageRecord): VersionRecord | undefined {
  const stack = image.versionStack;
  while (stack.length > 0) {
    const found = image.versions.get(stack[stack.length - 1]!);
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
