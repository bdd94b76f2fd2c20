import type { ImplementedOperation } from '../../operations/operation-table';
import { COMMANDS } from './generated-commands';

type CommandClass = abstract new (...args: never[]) => unknown;

/**
 * The user's SDK command class of each implemented operation (the SDK is a peer dependency, so
 * these are the classes the user's code constructs), generated from the service model.
 * `satisfies` keeps the table complete.
 */
const IMPLEMENTED_COMMANDS = COMMANDS satisfies Record<ImplementedOperation, CommandClass>;

const byClass = new Map<unknown, ImplementedOperation>(Object.entries(IMPLEMENTED_COMMANDS).map(([operation, command]) => [command, operation as ImplementedOperation]));

export function operationOfCommand(command: unknown): ImplementedOperation | undefined {
  // A command of exactly one of these classes (the usual case) is found at once; a subclass by walking.
  let proto: unknown = typeof command === 'object' && command !== null ? Object.getPrototypeOf(command) : undefined;
  while (proto !== null && proto !== undefined) {
    const operation = byClass.get((proto as { constructor?: unknown }).constructor);
    if (operation !== undefined) return operation;
    proto = Object.getPrototypeOf(proto);
  }
  return undefined;
}

export function commandNameOf(command: unknown): string {
  const name = (command as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'this command';
}
