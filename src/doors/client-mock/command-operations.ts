import * as sagemaker from '@aws-sdk/client-sagemaker';
import type { ImplementedOperation } from '../../operations/operation-table';
import { IMPLEMENTED_OPERATIONS } from '../../operations/operation-table';

type CommandClass = abstract new (...args: never[]) => unknown;

/**
 * The user's SDK command class of each implemented operation (`ListImages` -> `ListImagesCommand`;
 * the SDK is a peer dependency, so these are the classes the user's code constructs).
 */
const commandClasses: ReadonlyArray<readonly [CommandClass, ImplementedOperation]> = IMPLEMENTED_OPERATIONS.map((operation) => {
  const commandClass = (sagemaker as unknown as Record<string, CommandClass | undefined>)[`${operation}Command`];
  if (commandClass === undefined) throw new Error(`sagemaker-image-mock: @aws-sdk/client-sagemaker has no ${operation}Command`);
  return [commandClass, operation] as const;
});

export function operationOfCommand(command: unknown): ImplementedOperation | undefined {
  return commandClasses.find(([commandClass]) => command instanceof commandClass)?.[1];
}

export function commandNameOf(command: unknown): string {
  const name = (command as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'this command';
}
