import { randomUUID } from 'node:crypto';
import { inputShapeOf } from '../model/shapes';
import type { OperationName } from '../model/shapes';

/**
 * What the SDK's serializer does for members with the idempotencyToken trait (CreateImageVersion's
 * ClientToken): fill a UUID v4 when absent. Through aws-sdk-client-mock the serializer never runs,
 * so the door does it. Returns a shallow copy; the user's input is left alone.
 */
export function withIdempotencyTokens(operation: OperationName, input: unknown): unknown {
  const tokens = inputShapeOf(operation).members.filter((m) => m.idempotencyToken === true);
  if (tokens.length === 0 || (input !== undefined && (typeof input !== 'object' || input === null))) return input;
  const filled: Record<string, unknown> = { ...(input as Record<string, unknown> | undefined) };
  for (const { name } of tokens) if (filled[name] === undefined || filled[name] === null) filled[name] = randomUUID();
  return filled;
}
