// The server under load for bench/load.mjs: `ours` (door 3 over 10,000 images) or `bare` (node:http
// answering the same page as constant bytes). Sends its port to the parent.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import http from 'node:http';
import { ImageStore } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';

const BASE = Date.UTC(2024, 0, 1);
const store = new ImageStore();
store.seed(Array.from({ length: 10_000 }, (_, i) => ({ ImageName: `image-${i}`, CreationTime: new Date(BASE + ((i * 7919) % 10_000) * 1000) })));
if (process.argv[2] === 'ours') {
  const server = await startServer({ store });
  process.send(Number(new URL(server.url).port));
} else {
  const page = store.listImages({ MaxResults: 10 });
  const body = Buffer.from(
    JSON.stringify(page, function (key, value) {
      return this[key] instanceof Date ? this[key].getTime() / 1000 : value;
    }),
  );
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'constant', 'content-length': body.length });
      res.end(body);
    });
  });
  server.listen(0, '127.0.0.1', () => process.send(server.address().port));
}
