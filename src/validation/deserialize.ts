import { serializationError } from '../errors/factories';
import { memberPath, shapeOf } from '../model/shapes';
import type { StructureShapeModel } from '../model/shape-types';

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/**
 * The service's parse step: checks every member against its JSON type and returns a clean copy.
 * `null`, `undefined` and unknown members are dropped (the SDK's serializer never sends them);
 * timestamps may be `Date`s or epoch seconds and come out as fresh `Date`s. A value of the wrong
 * type is a SerializationException naming the member: the service rejects it before validating.
 */
export function deserializeStructure(shapeName: string, input: unknown, path = ''): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  const shape = shapeOf(shapeName) as StructureShapeModel;
  if (!isPlainObject(input)) throw serializationError(path || '<request>', 'an object', describeValue(input));
  const out: Record<string, unknown> = {};
  for (const member of shape.members) {
    const value = input[member.name];
    if (value === undefined || value === null) continue;
    out[member.name] = deserializeValue(member.shape, value, memberPath(path, member.name));
  }
  return out;
}

function deserializeValue(shapeName: string, value: unknown, path: string): unknown {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') throw serializationError(path, 'a string', describeValue(value));
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw serializationError(path, 'a boolean', describeValue(value));
      return value;
    case 'integer':
      if (shape.long === true ? !Number.isSafeInteger(value) : typeof value !== 'number' || !Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
        throw serializationError(path, shape.long === true ? 'a 64-bit integer' : 'a 32-bit integer', describeValue(value));
      }
      return value;
    case 'timestamp':
      return deserializeTimestamp(value, path);
    case 'list':
      if (!Array.isArray(value)) throw serializationError(path, 'a list', describeValue(value));
      return value.map((item: unknown, i) => {
        const itemPath = `${path}.${i + 1}.member`;
        if (item === undefined || item === null) throw serializationError(itemPath, 'a list element', describeValue(item));
        return deserializeValue(shape.member, item, itemPath);
      });
    case 'map': {
      if (!isPlainObject(value)) throw serializationError(path, 'a map', describeValue(value));
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) {
        // The SDK's serializer leaves out a map entry whose value is null or undefined.
        if (entry === undefined || entry === null) continue;
        out[key] = deserializeValue(shape.value, entry, `${path}.${key}`);
      }
      return out;
    }
    case 'structure':
      return deserializeStructure(shapeName, value, path);
  }
}

function deserializeTimestamp(value: unknown, path: string): Date {
  const expected = 'a timestamp (a valid Date, or epoch seconds)';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw serializationError(path, expected, describeValue(value));
    return new Date(value.getTime());
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    const date = new Date(Math.round(value * 1000));
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw serializationError(path, expected, describeValue(value));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Says what a value is, for the SerializationException text. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `a string ('${value.length > 40 ? `${value.slice(0, 40)}...` : value}')`;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return `${value}`;
    return Number.isInteger(value) ? `the number ${value}` : `the non-integer number ${value}`;
  }
  if (typeof value === 'boolean') return `a boolean (${value})`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value === 'object' ? 'structure' : typeof value}`;
}

/** Parses one value of the given shape, for checks outside a request (seeds); `path` names it. */
export function deserializeField(shapeName: string, value: unknown, path: string): unknown {
  return deserializeValue(shapeName, value, path);
}
