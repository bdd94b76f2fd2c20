import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The server never outlives the process that started it (behaviour §17, decision 0028). An orphan
// is re-parented (to init or a subreaper), so a parent's end shows as a change of its child's
// parent. npx and `npm run` run a bin through `sh -c`, and neither that shell nor npm ends when the
// process that ran npm does: under a package manager the watch follows the chain up to that process.

const POLL_MS = 250;
const SHELLS = new Set(['sh', 'dash', 'bash', 'zsh', 'ksh', 'mksh', 'ash', 'busybox']);

interface ProcessInfo {
  /** The first word of its name: `npm` for npm's `npm exec ...` title. */
  readonly name: string;
  readonly ppid: number;
}

/** Process `pid`'s name and parent from /proc (Linux); undefined when it is gone or there is no /proc. */
function fromProc(pid: number): ProcessInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); // "pid (name) state ppid ..."; the name may hold spaces and ')'
    const end = stat.lastIndexOf(')');
    return { name: stat.slice(stat.indexOf('(') + 1, end).split(' ')[0]!, ppid: Number(stat.slice(end + 2).split(' ')[1]) };
  } catch {
    return undefined;
  }
}

/** The same from ps(1), where there is no /proc (macOS, the BSDs); read at start only. */
function fromPs(pid: number): ProcessInfo | undefined {
  try {
    const line = execFileSync('ps', ['-o', 'ppid=', '-o', 'comm=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5_000 });
    const match = /^\s*(\d+)\s+(\S+)/m.exec(line);
    return match === null ? undefined : { ppid: Number(match[1]), name: match[2]!.split('/').pop()!.replace(/^-/, '') };
  } catch {
    return undefined;
  }
}

/** Whether process `pid` runs (one of another user counts). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process whose parent must stay the one it had at start, and what to say when it changes. */
interface Link {
  readonly pid: number;
  readonly ppid: number;
  readonly ended: string;
}

/** The links above the server's own: under a package manager, its shell, npm, and the process that ran npm. */
function wrapperLinks(parent: number, env: NodeJS.ProcessEnv): Link[] {
  if (env['npm_lifecycle_event'] === undefined) return [];
  const shell = fromProc(parent) ?? fromPs(parent);
  if (shell === undefined || !SHELLS.has(shell.name) || shell.ppid <= 1) return [];
  const npm = fromProc(shell.ppid) ?? fromPs(shell.ppid);
  const links: Link[] = [{ pid: parent, ppid: shell.ppid, ended: `${npm?.name ?? 'the process'} (pid ${shell.ppid}), which ran it through ${shell.name}, ended` }];
  if (npm !== undefined && npm.ppid > 1) links.push({ pid: shell.ppid, ppid: npm.ppid, ended: `the process that ran ${npm.name} (pid ${npm.ppid}) ended` });
  return links;
}

/**
 * Calls `onEnd` once, with what ended, when the process that started the server ends: `parent`
 * (process.ppid, read first thing at start) and, when that parent is a shell run by a package
 * manager (`npm_lifecycle_event` set: npx, npm run, yarn, pnpm), the package manager and the
 * process that ran it. Checks every 250 ms on an unref'd timer; answers the function that stops
 * watching. A parent of 0 or 1 (init, a container's entrypoint) is nobody to outlive.
 */
export function watchParent(parent: number, onEnd: (what: string) => void, env: NodeJS.ProcessEnv = process.env): () => void {
  if (parent <= 1) return () => undefined;
  const links = wrapperLinks(parent, env);
  const ended = (): string | undefined => {
    // The liveness check is for systems that do not re-parent an orphan (Windows).
    if (process.ppid !== parent || !alive(parent)) return `its parent process (pid ${parent}) ended`;
    for (const link of links) {
      const now = fromProc(link.pid); // without /proc, the parent's liveness: a killed one that nobody has reaped yet still counts as alive
      if (now !== undefined ? now.ppid !== link.ppid : !alive(link.ppid)) return link.ended;
    }
    return undefined;
  };
  const timer = setInterval(() => {
    const what = ended();
    if (what === undefined) return;
    clearInterval(timer);
    onEnd(what);
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
