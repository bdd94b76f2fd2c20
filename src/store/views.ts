import type { DescribeImageResponse, DescribeImageVersionResponse, Image, ImageVersion, Tag } from '@aws-sdk/client-sagemaker';
import type { ImageRecord, VersionRecord } from '../model/records';

/** A ListImages item: never RoleArn or Tags; an unset member is an absent key. Fresh Dates every time. */
export function toImageSummary(image: ImageRecord): Image {
  return {
    CreationTime: new Date(image.creationTime),
    ...(image.description !== undefined && { Description: image.description }),
    ...(image.displayName !== undefined && { DisplayName: image.displayName }),
    ...(image.failureReason !== undefined && { FailureReason: image.failureReason }),
    ImageArn: image.arn,
    ImageName: image.name,
    ImageStatus: image.status,
    LastModifiedTime: new Date(image.lastModifiedTime),
  };
}

export function toDescribeImage(image: ImageRecord): DescribeImageResponse {
  return {
    ...toImageSummary(image),
    ...(image.roleArn !== undefined && { RoleArn: image.roleArn }),
  };
}

export function toTagList(tags: ReadonlyMap<string, string>): Tag[] {
  return [...tags].map(([Key, Value]) => ({ Key, Value }));
}

/** A ListImageVersions item. */
export function toVersionSummary(version: VersionRecord): ImageVersion {
  return {
    CreationTime: new Date(version.creationTime),
    ...(version.failureReason !== undefined && { FailureReason: version.failureReason }),
    ImageArn: version.imageArn,
    ImageVersionArn: version.arn,
    ImageVersionStatus: version.status,
    LastModifiedTime: new Date(version.lastModifiedTime),
    Version: version.version,
  };
}

export function toDescribeImageVersion(version: VersionRecord): DescribeImageVersionResponse {
  return {
    BaseImage: version.baseImage,
    ContainerImage: version.containerImage,
    ...toVersionSummary(version),
    ...(version.vendorGuidance !== undefined && { VendorGuidance: version.vendorGuidance }),
    ...(version.jobType !== undefined && { JobType: version.jobType }),
    ...(version.mlFramework !== undefined && { MLFramework: version.mlFramework }),
    ...(version.programmingLang !== undefined && { ProgrammingLang: version.programmingLang }),
    ...(version.processor !== undefined && { Processor: version.processor }),
    ...(version.horovod !== undefined && { Horovod: version.horovod }),
    ...(version.releaseNotes !== undefined && { ReleaseNotes: version.releaseNotes }),
  };
}
