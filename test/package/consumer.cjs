// Run by scripts/check-pack.js in a plain CommonJS project that installed the packed tarball.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const assert = require('node:assert/strict');
const { SageMakerClient, ListImagesCommand, DescribeImageCommand, ResourceNotFound } = require('@aws-sdk/client-sagemaker');
const { mockSageMakerImages, createManualClock, ImageStore } = require('sagemaker-image-mock');

(async () => {
  const mock = mockSageMakerImages(SageMakerClient, { clock: createManualClock(new Date('2024-01-01T00:00:00Z')) });
  mock.seed({ ImageName: 'a' }, { ImageName: 'b', CreationTime: new Date('2024-01-02T00:00:00Z') });
  const client = new SageMakerClient({ region: 'us-east-1' });
  const page = await client.send(new ListImagesCommand({}));
  assert.deepEqual(page.Images.map((i) => i.ImageName), ['b', 'a']);
  await assert.rejects(client.send(new DescribeImageCommand({ ImageName: 'zzz' })), (e) => e instanceof ResourceNotFound);
  assert.ok(mock.store instanceof ImageStore);
  mock.restore();
  const { startServer } = require('sagemaker-image-mock/server');
  const server = await startServer();
  server.store.seed({ ImageName: 'over-http' });
  const http = new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  assert.deepEqual((await http.send(new ListImagesCommand({}))).Images.map((i) => i.ImageName), ['over-http']);
  await server.close();
  console.log('consumer.cjs: ok');
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
