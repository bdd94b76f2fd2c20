import {
  CreateImageCommand,
  CreateImageVersionCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import type { CreateImageVersionCommandInput, SageMakerClient } from '@aws-sdk/client-sagemaker';

export const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';
export const imageArnOf = (name: string, region = 'us-east-1') => `arn:aws:sagemaker:${region}:123456789012:image/${name}`;
export const versionArnOf = (name: string, version: number, region = 'us-east-1') =>
  `arn:aws:sagemaker:${region}:123456789012:image-version/${name.toLowerCase()}/${version}`;

export async function createImage(client: SageMakerClient, ImageName: string, extra: object = {}): Promise<string> {
  return (await client.send(new CreateImageCommand({ ImageName, RoleArn: ROLE, ...extra }))).ImageArn!;
}

export async function createVersion(
  client: SageMakerClient,
  ImageName: string,
  extra: Partial<CreateImageVersionCommandInput> = {},
): Promise<string> {
  return (await client.send(new CreateImageVersionCommand({ ImageName, BaseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/img:1', ...extra }))).ImageVersionArn!;
}

export async function imageStatus(client: SageMakerClient, ImageName: string): Promise<string | undefined> {
  return (await client.send(new DescribeImageCommand({ ImageName }))).ImageStatus;
}

export async function versionStatus(client: SageMakerClient, ImageName: string, Version?: number): Promise<string | undefined> {
  return (await client.send(new DescribeImageVersionCommand({ ImageName, ...(Version !== undefined && { Version }) }))).ImageVersionStatus;
}
