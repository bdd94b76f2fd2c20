import { constraintViolation, nullViolation, phrases } from '../errors/factories';
import { memberPath, shapeOf } from '../model/shapes';
import type { ListShapeModel, StringShapeModel, StructureShapeModel } from '../model/shape-types';
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
