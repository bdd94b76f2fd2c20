// The built server (dist), started as users run it, for the bench scripts: its process and its URL.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist/doors/http-server/cli.js');

/** Starts `serve --port 0 --quiet`; `listening` resolves its URL, or rejects if it exits first or takes 30 s. */
export function startBuiltServer() {
  const server = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const found = /listening on (\S+)/.exec(out);
      if (found) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    setTimeout(() => reject(new Error('the server did not listen within 30 s')), 30_000).unref();
  });
  return { server, listening };
}
