import type { DescribeImageResponse, DescribeImageVersionResponse, Image, ImageVersion, Tag } from '@aws-sdk/client-sagemaker';
import type { ImageRecord, VersionRecord } from '../model/records';

// Records turned into the SDK's output shapes: fresh objects and Dates every time; an unset member
// is an absent key, never `undefined`. Built member by member (no spreads: they cost a temporary
// object each, and these run for every item of every page).

/** A ListImages item: never RoleArn or Tags. */
export function toImageSummary(image: ImageRecord): Image {
  const out = { CreationTime: new Date(image.creationTime) } as Image;
  if (image.description !== undefined) out.Description = image.description;
  if (image.displayName !== undefined) out.DisplayName = image.displayName;
  if (image.failureReason !== undefined) out.FailureReason = image.failureReason;
  out.ImageArn = image.arn;
  out.ImageName = image.name;
  out.ImageStatus = image.status;
  out.LastModifiedTime = new Date(image.lastModifiedTime);
  return out;
}

export function toDescribeImage(image: ImageRecord): DescribeImageResponse {
  const out: DescribeImageResponse = toImageSummary(image);
  if (image.roleArn !== undefined) out.RoleArn = image.roleArn;
  return out;
}

export function toTagList(tags: ReadonlyMap<string, string>): Tag[] {
  const out: Tag[] = [];
  for (const [Key, Value] of tags) out.push({ Key, Value });
  return out;
}

/** A ListImageVersions item. */
export function toVersionSummary(version: VersionRecord): ImageVersion {
  const out = { CreationTime: new Date(version.creationTime) } as ImageVersion;
  if (version.failureReason !== undefined) out.FailureReason = version.failureReason;
  out.ImageArn = version.imageArn;
  out.ImageVersionArn = version.arn;
  out.ImageVersionStatus = version.status;
  out.LastModifiedTime = new Date(version.lastModifiedTime);
  out.Version = version.version;
  return out;
}

export function toDescribeImageVersion(version: VersionRecord): DescribeImageVersionResponse {
  const out: DescribeImageVersionResponse = { BaseImage: version.baseImage, ContainerImage: version.containerImage };
  Object.assign(out, toVersionSummary(version));
  if (version.vendorGuidance !== undefined) out.VendorGuidance = version.vendorGuidance;
  if (version.jobType !== undefined) out.JobType = version.jobType;
  if (version.mlFramework !== undefined) out.MLFramework = version.mlFramework;
  if (version.programmingLang !== undefined) out.ProgrammingLang = version.programmingLang;
  if (version.processor !== undefined) out.Processor = version.processor;
  if (version.horovod !== undefined) out.Horovod = version.horovod;
  if (version.releaseNotes !== undefined) out.ReleaseNotes = version.releaseNotes;
  return out;
}
