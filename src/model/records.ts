import type { ImageStatus } from '@aws-sdk/client-sagemaker';

/** An image as the store keeps it: times as epoch milliseconds, so nothing mutable leaks out. */
export interface ImageRecord {
  readonly name: string;
  readonly arn: string;
  readonly description?: string;
  readonly displayName?: string;
  readonly roleArn?: string;
  readonly status: ImageStatus;
  readonly failureReason?: string;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  readonly tags: ReadonlyMap<string, string>;
}
