import {
  AddTagsCommand,
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageCommand,
  DeleteImageVersionCommand,
  DeleteTagsCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListImageVersionsCommand,
  ListImagesCommand,
  ListTagsCommand,
  UpdateImageCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import type { ImplementedOperation } from '../operations/operation-table';

/** The user's SDK command classes of the implemented operations (the SDK is a peer dependency). */
const commandClasses: ReadonlyArray<readonly [abstract new (...args: never[]) => unknown, ImplementedOperation]> = [
  [CreateImageCommand, 'CreateImage'],
  [DescribeImageCommand, 'DescribeImage'],
  [UpdateImageCommand, 'UpdateImage'],
  [DeleteImageCommand, 'DeleteImage'],
  [ListImagesCommand, 'ListImages'],
  [CreateImageVersionCommand, 'CreateImageVersion'],
  [DescribeImageVersionCommand, 'DescribeImageVersion'],
  [UpdateImageVersionCommand, 'UpdateImageVersion'],
  [DeleteImageVersionCommand, 'DeleteImageVersion'],
  [ListImageVersionsCommand, 'ListImageVersions'],
  [ListAliasesCommand, 'ListAliases'],
  [AddTagsCommand, 'AddTags'],
  [ListTagsCommand, 'ListTags'],
  [DeleteTagsCommand, 'DeleteTags'],
];

export function operationOfCommand(command: unknown): ImplementedOperation | undefined {
  return commandClasses.find(([commandClass]) => command instanceof commandClass)?.[1];
}

export function commandNameOf(command: unknown): string {
  const name = (command as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'this command';
}
