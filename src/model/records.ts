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
  readonly tags: Map<string, string>;
  readonly versions: Map<number, VersionRecord>;
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
  vendorGuidance?: VendorGuidance;
  jobType?: JobType;
  mlFramework?: string;
  programmingLang?: string;
  processor?: Processor;
  horovod?: boolean;
  releaseNotes?: string;
  readonly tags: Map<string, string>;
}

/** A fresh image record with no versions, aliases or tokens. */
export function newImageRecord(fields: Omit<ImageRecord, 'versions' | 'lastVersion' | 'aliases' | 'clientTokens' | 'deletedVersions'>): ImageRecord {
  return { ...fields, versions: new Map(), lastVersion: 0, aliases: new Map(), clientTokens: new Map(), deletedVersions: new Set() };
}
