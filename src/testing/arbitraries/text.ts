import fc from 'fast-check';
import type { StringShapeModel } from '../../model/shape-types';
import { shapeOf } from '../../model/shapes';

// Building blocks: characters and lengths, with every length bound read from the service model.

const range = (from: string, to: string): string[] =>
  Array.from({ length: to.charCodeAt(0) - from.charCodeAt(0) + 1 }, (_, i) => String.fromCharCode(from.charCodeAt(0) + i));

export const ALPHANUMERIC: readonly string[] = [...range('a', 'z'), ...range('A', 'Z'), ...range('0', '9')];
/** Printable ASCII without the space: what `\S` and `.` both accept. */
export const VISIBLE: readonly string[] = range('!', '~');
/** What `.` accepts (no line terminators), with the space. */
export const PRINTABLE: readonly string[] = [' ', ...VISIBLE];

/** The model's length bounds of a string shape. */
export function lengthOf(shape: string): { readonly min: number; readonly max: number } {
  const model = shapeOf(shape) as StringShapeModel;
  return { min: model.min ?? 0, max: model.max ?? 1024 };
}

/** The model's enum of a string shape. */
export function enumOf(shape: string): readonly string[] {
  return (shapeOf(shape) as StringShapeModel).enum ?? [];
}

/** Strings of characters from `chars`, `minLength` to `maxLength` long (both in code points). */
export function textOf(chars: readonly string[], minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...chars), { minLength, maxLength }).map((list) => list.join(''));
}
