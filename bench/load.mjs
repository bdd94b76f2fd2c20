// A keep-alive load generator for bench/run.mjs: `node load.mjs ours|bare <clients> <seconds>`.
// The server runs in a child process of its own, so that the generator and the server each have an
// event loop (on a 2-core machine they share the cores, as in the measurements).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import { fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [kind, clients, seconds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const server = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-server.mjs'), [kind], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.once('message', resolve));
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const body = JSON.stringify({ MaxResults: 10 });
const headers = {
  'content-type': 'application/x-amz-json-1.1',
  'x-amz-target': 'SageMaker.ListImages',
  authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/sagemaker/aws4_request, SignedHeaders=host, Signature=00',
  'content-length': Buffer.byteLength(body),
};

function once() {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let done = 0;
const until = Date.now() + seconds * 1000;
const warm = Date.now() + 300;
let started;
await Promise.all(
  Array.from({ length: clients }, async () => {
    while (Date.now() < until) {
      await once();
      if (Date.now() >= warm) {
        started ??= Date.now();
        done += 1;
      }
    }
  }),
);
const rps = done / ((Date.now() - started) / 1000);
agent.destroy();
server.kill();
console.log(JSON.stringify({ rps }));
