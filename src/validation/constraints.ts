import { constraintViolation, mapViolation, nullViolation, phrases } from '../errors/factories';
import { memberPath, shapeOf } from '../model/shapes';
import type { ListShapeModel, MapShapeModel, StringShapeModel, StructureShapeModel } from '../model/shape-types';
import { codePointLength, wholeStringPattern } from './patterns';
import { renderValue } from './render-value';

/**
 * Every constraint violation of a deserialized structure, in the model's member order; for one
 * member, length or range before pattern before enum; list elements after the list's own length.
 */
export function constraintViolations(shapeName: string, value: Record<string, unknown>, path = ''): string[] {
  const out: string[] = [];
  checkStructure(shapeOf(shapeName) as StructureShapeModel, value, path, out);
  return out;
}

function checkStructure(shape: StructureShapeModel, value: Record<string, unknown>, path: string, out: string[]): void {
  for (const member of shape.members) {
    const child = value[member.name];
    const childPath = memberPath(path, member.name);
    if (child === undefined) {
      if (shape.required.includes(member.name)) out.push(nullViolation(childPath));
      continue;
    }
    checkValue(member.shape, child, childPath, out);
  }
}

function checkValue(shapeName: string, value: unknown, path: string, out: string[]): void {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case 'string':
      checkString(shape, value as string, path, out);
      return;
    case 'integer':
      checkBounds(shape.min, shape.max, value as number, value, path, out, phrases.minValue, phrases.maxValue);
      return;
    case 'list':
      checkList(shape, value as unknown[], path, out);
      return;
    case 'map':
      checkMap(shape, value as Record<string, unknown>, path, out);
      return;
    case 'structure':
      checkStructure(shape, value as Record<string, unknown>, path, out);
      return;
    default:
      return;
  }
}

function checkString(shape: StringShapeModel, value: string, path: string, out: string[]): void {
  checkBounds(shape.min, shape.max, codePointLength(value), value, path, out, phrases.minLength, phrases.maxLength);
  if (shape.pattern !== undefined && !wholeStringPattern(shape.pattern).test(value)) {
    out.push(constraintViolation(value, path, phrases.pattern(shape.printedPattern ?? shape.pattern)));
  }
  if (shape.enum !== undefined && !shape.enum.includes(value)) {
    out.push(constraintViolation(value, path, phrases.enumeration(shape.enum)));
  }
}

/** The phrases of the constraints a string breaks, in the order of checkString. */
function brokenPhrases(shape: StringShapeModel, value: string): string[] {
  const out: string[] = [];
  const length = codePointLength(value);
  if (shape.min !== undefined && length < shape.min) out.push(phrases.minLength(shape.min));
  else if (shape.max !== undefined && length > shape.max) out.push(phrases.maxLength(shape.max));
  if (shape.pattern !== undefined && !wholeStringPattern(shape.pattern).test(value)) out.push(phrases.pattern(shape.printedPattern ?? shape.pattern));
  if (shape.enum !== undefined && !shape.enum.includes(value)) out.push(phrases.enumeration(shape.enum));
  return out;
}

/** A map: its size, then each entry's key and value ("Map keys/value must satisfy constraint", decision 0032). */
function checkMap(shape: MapShapeModel, value: Record<string, unknown>, path: string, out: string[]): void {
  const entries = Object.entries(value);
  checkBounds(shape.min, shape.max, entries.length, value, path, out, phrases.minLength, phrases.maxLength);
  const keyShape = shapeOf(shape.key) as StringShapeModel;
  const valueShape = shapeOf(shape.value);
  for (const [key, item] of entries) {
    const keyProblems = brokenPhrases(keyShape, key);
    if (keyProblems.length > 0) out.push(mapViolation(renderValue(value), path, 'keys', keyProblems));
    if (valueShape.type === 'string') {
      const valueProblems = brokenPhrases(valueShape, item as string);
      if (valueProblems.length > 0) out.push(mapViolation(renderValue(value), path, 'value', valueProblems));
    } else {
      checkValue(shape.value, item, `${path}.${key}`, out);
    }
  }
}

function checkList(shape: ListShapeModel, value: unknown[], path: string, out: string[]): void {
  checkBounds(shape.min, shape.max, value.length, value, path, out, phrases.minLength, phrases.maxLength);
  value.forEach((item, i) => checkValue(shape.member, item, `${path}.${i + 1}.member`, out));
}

function checkBounds(
  min: number | undefined,
  max: number | undefined,
  measure: number,
  value: unknown,
  path: string,
  out: string[],
  minPhrase: (n: number) => string,
  maxPhrase: (n: number) => string,
): void {
  if (min !== undefined && measure < min) out.push(constraintViolation(renderValue(value), path, minPhrase(min)));
  else if (max !== undefined && measure > max) out.push(constraintViolation(renderValue(value), path, maxPhrase(max)));
}

/** Violations of one deserialized value of the given shape, for checks outside a request (seeds). */
export function fieldViolations(shapeName: string, value: unknown, path: string): string[] {
  const out: string[] = [];
  checkValue(shapeName, value, path, out);
  return out;
}
