import { readFileSync } from 'node:fs';
import type { ImageStore } from '../../store/image-store';
import type { ImageSeed } from '../../glossary';

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
 * Seeds from the text of a `--seed` file: a JSON array of seeds, times as ISO strings or epoch
 * milliseconds. All or nothing: anything wrong is an Error naming the file and what is wrong, and
 * the store is left as it was.
 */
export function seedFromJson(store: ImageStore, text: string, file: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`--seed ${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(parsed)) throw new Error(`--seed ${file}: expected a JSON array of seeds`);
  const seeds = parsed.map((seed: unknown) => withDates(seed) as ImageSeed);
  try {
    store.seed(seeds);
  } catch (error) {
    throw new Error(`--seed ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** The same, reading the file first; a file that cannot be read is an Error naming it. */
export function seedFromFile(store: ImageStore, file: string): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`--seed ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
  seedFromJson(store, text, file);
}
