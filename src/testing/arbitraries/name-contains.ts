import type fc from 'fast-check';
import { ALPHANUMERIC, lengthOf, textOf } from './text';

/** Valid ListImages NameContains values (`^[a-zA-Z0-9\-.]+$`, up to the model's 63 characters). */
export function nameContains(): fc.Arbitrary<string> {
  return textOf([...ALPHANUMERIC, '-', '.'], 1, lengthOf('ImageNameContains').max);
}
