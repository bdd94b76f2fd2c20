import { readFileSync } from 'node:fs';
import { flagFileUnreadable, inFlagFile, seedsNotArray, seedsNotJson } from '../../errors/http-problems';
import type { ImageSeed } from '../../glossary';
import type { ImageStore } from '../../store/image-store';

const TIMES = ['CreationTime', 'LastModifiedTime'] as const;

/** A copy of a parsed seed (or version seed) with ISO or epoch-millisecond times as Dates; anything odd is left for the store to name. */
function withDates(seed: unknown): unknown {
  if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) return seed;
  const copy: Record<string, unknown> = { ...seed };
  for (const key of TIMES) if (typeof copy[key] === 'string' || typeof copy[key] === 'number') copy[key] = new Date(copy[key]);
  if (Array.isArray(copy['Versions'])) copy['Versions'] = copy['Versions'].map(withDates);
  return copy;
}

/**
 * Seeds the store from JSON text: an array of seeds, times as ISO strings or epoch milliseconds (a
 * `--seed` file, or the body of `POST /_mock/seed`). All or nothing: anything wrong is an Error
 * saying what, and the store is left as it was. Answers how many images were seeded.
 */
export function seedFromJson(store: ImageStore, text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw seedsNotJson(error);
  }
  return seedFromValue(store, parsed);
}

/** The same from JSON already parsed. */
export function seedFromValue(store: ImageStore, parsed: unknown): number {
  if (!Array.isArray(parsed)) throw seedsNotArray();
  return store.seed(parsed.map((seed: unknown) => withDates(seed) as ImageSeed)).length;
}

/** The text of a file a flag names; one that cannot be read is an Error naming the flag and the file. */
export function readFlagFile(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw flagFileUnreadable(flag, file, error);
  }
}

/** The same from a `--seed` file; every error names the file. */
export function seedFromFile(store: ImageStore, file: string): number {
  const text = readFlagFile('--seed', file);
  try {
    return seedFromJson(store, text);
  } catch (error) {
    throw inFlagFile('--seed', file, error);
  }
}
