import type { DescribeImageResponse, Image, Tag } from '@aws-sdk/client-sagemaker';
import type { ImageRecord } from '../model/records';

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
