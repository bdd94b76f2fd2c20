import { randomUUID } from 'node:crypto';
import type { OperationName } from '../../model/shapes';
import { inputShapeOf, shapeOf } from '../../model/shapes';
import type { MemberModel, StructureShapeModel } from '../../model/shape-types';

/**
 * The request body the JS SDK's awsJson1_1 serializer would write for this input (observed on
 * @aws-sdk/client-sagemaker 3.1142.0, whose schema serializer this follows rule for rule). Through
 * aws-sdk-client-mock the serializer never runs, so door 1 writes the body itself and reads it as
 * the wire doors read theirs: the three doors then see the same request, odd inputs included.
 *
 * - A structure member is read off any object (arrays, Dates and inherited properties too);
 *   members come required first (idempotency tokens not counted), then in model order; null and undefined members are left out,
 *   except an absent idempotency token, which gets a UUID (a `null` one writes no value at all,
 *   which is not JSON: the SDK does that too).
 * - A list member that is an array is written item by item, null items left out.
 * - A Date in a timestamp member is epoch seconds (`NaN` for an invalid Date, a bare token).
 * - A NaN or infinite number is the string "NaN"/"Infinity"; a bigint its digits.
 * - Any other object is written by JSON.stringify (`new String('a')` is "a", a Date its ISO text,
 *   a Map `{}`); a function or symbol is written as its text, which is not JSON.
 * - An object with a string `__type` member is written whole, its other keys as shapeless documents
 *   (the service ignores them; only what they make of the body as JSON can matter).
 * Errors JSON.stringify throws (a cycle, a nesting too deep) are thrown, as the SDK throws them.
 */
export function sdkRequestBody(operation: OperationName, input: unknown): string {
  return typeof input === 'object' && input !== null ? structure(inputShapeOf(operation), input) : '{}';
}

const orderCache = new WeakMap<StructureShapeModel, readonly MemberModel[]>();

/** The SDK's member order: required members first (an idempotency token is not, to the SDK), each group in model order. */
function sdkOrder(shape: StructureShapeModel): readonly MemberModel[] {
  let order = orderCache.get(shape);
  if (order === undefined) {
    const required = (m: MemberModel) => shape.required.includes(m.name) && m.idempotencyToken !== true;
    order = [...shape.members.filter(required), ...shape.members.filter((m) => !required(m))];
    orderCache.set(shape, order);
  }
  return order;
}

function structure(shape: StructureShapeModel, value: object): string {
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  const written = new Set<string>();
  for (const member of sdkOrder(shape)) {
    const item = record[member.name];
    if (item === undefined && member.idempotencyToken === true) {
      parts.push(`"${member.name}":${JSON.stringify(randomUUID())}`);
    } else if (item === null && member.idempotencyToken === true) {
      parts.push(`"${member.name}":`);
    } else if (item !== undefined && item !== null) {
      parts.push(`"${member.name}":${write(member.shape, item)}`);
    } else {
      continue;
    }
    written.add(member.name);
  }
  // An object with a string `__type` is written whole: its other enumerable keys follow as documents.
  if (typeof record['__type'] === 'string') {
    for (const key in record) {
      if (written.has(key)) continue;
      written.add(key);
      parts.push(`"${key}":${documentValue(record[key])}`);
    }
  }
  return `{${parts.join(',')}}`;
}

/** A value with no shape: Dates as epoch seconds, objects key by key (own keys), null and undefined as null. */
function documentValue(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (value instanceof Date) return String(value.getTime() / 1000);
  if (Array.isArray(value)) return `[${value.filter((item) => item !== undefined).map(documentValue).join(',')}]`;
  if (typeof value === 'object') {
    const parts: string[] = [];
    for (const key in value) {
      const inner = (value as Record<string, unknown>)[key];
      if (Object.prototype.hasOwnProperty.call(value, key) && inner !== undefined) parts.push(`${JSON.stringify(key)}:${documentValue(inner)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return scalar(value);
}

function write(shapeName: string, value: unknown): string {
  const shape = shapeOf(shapeName);
  if (typeof value === 'object' && value !== null) {
    if (shape.type === 'structure') return structure(shape, value);
    if (shape.type === 'list' && Array.isArray(value)) return list(shape.member, value as unknown[]);
    if (shape.type === 'timestamp' && value instanceof Date) return String(value.getTime() / 1000);
    return JSON.stringify(value);
  }
  return scalar(value);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `"${String(value)}"`;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return String(value);
}

function list(memberShape: string, items: readonly unknown[]): string {
  const kept = items.filter((item) => item !== undefined && item !== null);
  const type = shapeOf(memberShape).type;
  if (type === 'string' || type === 'integer' || type === 'boolean') {
    // The SDK writes a list of scalars with one JSON.stringify, non-finite numbers as strings.
    return JSON.stringify(kept.map((item) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item)));
  }
  return `[${kept.map((item) => write(memberShape, item)).join(',')}]`;
}
