import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stateFolderNotWritable, stateLocked, stateNotJson, stateNotWritten, staleLockTakenOver, staleTemporaryRemoved } from '../../errors/http-problems';
import type { StoreSnapshot } from '../../glossary';
import type { ImageStore } from '../../store/image-store';
import { alive } from './parent-watch';
import { readFlagFile } from './seed-file';

// `serve --state FILE` (decision 0027): before listening, the server takes FILE.lock (refused while
// another live server holds it), which also proves the folder takes new files, removes the
// temporary files of servers killed while writing, and loads FILE when it exists; on a clean stop
// it writes FILE atomically (a temporary file beside it, then a rename) and removes the lock.

/** The state file of one running server, locked until `release()`. */
export interface StateFile {
  /** The snapshot in the file; undefined when there is no file yet. */
  readonly snapshot: StoreSnapshot | undefined;
  /** What was cleaned up on the way (a stale lock, temporary files), for stderr. */
  readonly notes: readonly string[];
  /** Writes the store's snapshot to the file atomically; an Error naming the file when it cannot. */
  write(store: ImageStore): void;
  /** Removes the lock (when it is still this process's). */
  release(): void;
}

const temporaryOf = (file: string, pid: number) => `${file}.${pid}.tmp`;

/** The pid written in a lock, or undefined when it holds none (a server that ended between making it and writing it). */
function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Creates FILE.lock holding this pid (`wx`: it fails when the lock exists); a lock of a process that no longer runs is taken over. */
function takeLock(file: string, lock: string, notes: string[]): void {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw stateFolderNotWritable(file, error);
      const holder = holderOf(lock);
      if (attempt > 0 || (holder !== undefined && alive(holder))) throw stateLocked(file, lock, holder ?? 0);
      rmSync(lock, { force: true });
      notes.push(staleLockTakenOver(lock, holder ?? 0));
    }
  }
}

/** Removes FILE.<pid>.tmp files whose writer no longer runs (a server killed while writing). */
function removeStaleTemporaries(file: string, notes: string[]): void {
  const name = basename(file);
  for (const entry of readdirSync(dirname(file))) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = entry.slice(name.length + 1, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || alive(Number(pid))) continue;
    const temporary = join(dirname(file), entry);
    rmSync(temporary, { force: true });
    notes.push(staleTemporaryRemoved(temporary));
  }
}

/**
 * Opens FILE for a server about to listen: locks it, cleans up after killed servers, and reads the
 * snapshot in it (if it exists). Every failure is an Error naming the file, with the lock released.
 */
export function openState(file: string): StateFile {
  const lock = `${file}.lock`;
  const notes: string[] = [];
  takeLock(file, lock, notes);
  const release = () => {
    if (holderOf(lock) === process.pid) rmSync(lock, { force: true });
  };
  try {
    removeStaleTemporaries(file, notes);
    return { snapshot: readState(file), notes, write: (store) => writeState(store, file), release };
  } catch (error) {
    release();
    throw error;
  }
}

function readState(file: string): StoreSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFlagFile('--state', file);
  try {
    return JSON.parse(text) as StoreSnapshot;
  } catch (error) {
    throw stateNotJson(file, error);
  }
}

function writeState(store: ImageStore, file: string): void {
  const temporary = temporaryOf(file, process.pid);
  try {
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw stateNotWritten(file, error);
  }
}
