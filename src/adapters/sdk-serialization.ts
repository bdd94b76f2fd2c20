import { randomUUID } from 'node:crypto';
import { shapeOf } from '../model/shapes';
import type { OperationName } from '../model/shapes';
import { inputShapeOf } from '../model/shapes';
import type { StructureShapeModel } from '../model/shape-types';

/**
 * What the JS SDK's awsJson1_1 serializer would have put on the wire for this input, as a value.
 * Through aws-sdk-client-mock the serializer never runs, so door 1 applies its effects itself, and
 * the three doors see the same request (observed on @aws-sdk/client-sagemaker 3.1142.0):
 * - members the model does not know, and null or undefined members and list elements, are dropped;
 * - a timestamp member's Date becomes epoch seconds (NaN for an invalid Date); other values pass;
 * - elsewhere a Date becomes its ISO string, a NaN or infinite number the string "NaN"/"Infinity",
 *   a bigint a number; a non-object input is `{}`;
 * - an absent idempotency token (CreateImageVersion's ClientToken) is filled with a UUID v4.
 * The user's input is never changed.
 */
export function asSerializedBySdk(operation: OperationName, input: unknown): Record<string, unknown> {
  const shape = inputShapeOf(operation);
  const out = isRecord(input) ? structure(shape, input) : {};
  for (const member of shape.members) {
    if (member.idempotencyToken === true && out[member.name] === undefined) out[member.name] = randomUUID();
  }
  return out;
}

function structure(shape: StructureShapeModel, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const member of shape.members) {
    const value = serialize(member.shape, input[member.name]);
    if (value !== undefined) out[member.name] = value;
  }
  return out;
}

function serialize(shapeName: string, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const shape = shapeOf(shapeName);
  if (shape.type === 'timestamp' && value instanceof Date) return value.getTime() / 1000;
  if (shape.type === 'list' && Array.isArray(value)) {
    return value.map((item) => serialize(shape.member, item)).filter((item) => item !== undefined);
  }
  if (shape.type === 'structure' && isRecord(value)) return structure(shape, value);
  return plainJson(value);
}

/** The value JSON.stringify would write, with the SDK's spelling of non-finite numbers. */
function plainJson(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (Array.isArray(value)) return value.map(plainJson).filter((item) => item !== undefined);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const json = plainJson(inner);
      if (json !== undefined) out[key] = json;
    }
    return out;
  }
  return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
