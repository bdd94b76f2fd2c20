import { accessSync, constants, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StoreSnapshot } from '../../glossary';
import type { ImageStore } from '../../store/image-store';
import { readFlagFile } from './seed-file';

// `serve --state FILE`: a snapshot loaded at start when the file exists, written on a clean stop.

/** The snapshot in FILE, or undefined when there is no such file; an unreadable or non-JSON file is an Error naming it. */
export function readState(file: string): StoreSnapshot | undefined {
  if (!existsSync(file)) {
    // Nothing to load, but the stop will write here: find out now, before listening, if it cannot.
    try {
      accessSync(dirname(file), constants.W_OK);
    } catch (error) {
      throw new Error(`--state ${file}: its folder cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
    }
    return undefined;
  }
  const text = readFlagFile('--state', file);
  try {
    return JSON.parse(text) as StoreSnapshot;
  } catch (error) {
    throw new Error(`--state ${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Writes the store's snapshot to FILE atomically: a temporary file beside it, then a rename over it. */
export function writeState(store: ImageStore, file: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new Error(`--state ${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
}
