// Run by scripts/check-pack.js in an ESM project ("type": "module") that installed the packed tarball.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { SageMakerClient, ListImagesCommand, DescribeImageCommand, ResourceNotFound } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages, ImageStore } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient);
mock.seed({ ImageName: 'only' });
const client = new SageMakerClient({ region: 'eu-west-1' });
assert.deepEqual((await client.send(new ListImagesCommand({}))).Images, []);
const east = new SageMakerClient({ region: 'us-east-1' });
assert.equal((await east.send(new ListImagesCommand({}))).Images[0].ImageName, 'only');
await assert.rejects(east.send(new DescribeImageCommand({ ImageName: 'zzz' })), (e) => e instanceof ResourceNotFound);
// import and require give the same classes: no dual-package hazard.
assert.equal(createRequire(import.meta.url)('sagemaker-image-mock').ImageStore, ImageStore);
mock.restore();
const { createRequestHandler } = await import('sagemaker-image-mock');
const { startServer } = await import('sagemaker-image-mock/server');
const server = await startServer({ store: mock.store });
const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
const viaHandler = new SageMakerClient({ region: 'us-east-1', credentials, requestHandler: createRequestHandler(mock.store) });
const viaServer = new SageMakerClient({ region: 'us-east-1', credentials, endpoint: server.url });
assert.deepEqual((await viaHandler.send(new ListImagesCommand({}))).Images, (await viaServer.send(new ListImagesCommand({}))).Images);
await server.close();
console.log('consumer.mjs: ok');
