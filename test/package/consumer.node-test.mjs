// Run by scripts/check-pack.js with node:test, in a project that installed the packed tarball:
// expectServiceError, the arbitraries and snapshots without Jest or Vitest.
import { test, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createRequestHandler, expectServiceError, ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
import { imageSeeds, listImagesRequest } from 'sagemaker-image-mock/arbitraries';

const mock = mockSageMakerImages(SageMakerClient);
const fixture = new ImageStore({ snapshot: (() => {
  const s = new ImageStore();
  s.seed({ ImageName: 'kept' });
  return s.snapshot();
})() }).snapshot();
beforeEach(() => mock.store.restore(fixture));
after(() => mock.restore());

test('expectServiceError through the client mock', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  const error = await expectServiceError(client.send(new DescribeImageCommand({ ImageName: 'ghost' })), 'ResourceNotFound', /does not exist/);
  assert.equal(error.$metadata.httpStatusCode, 400);
  await assert.rejects(expectServiceError(client.send(new DescribeImageCommand({ ImageName: 'kept' })), 'ResourceNotFound'), /but it succeeded/);
});

test('expectServiceError through the requestHandler door', async () => {
  const store = new ImageStore();
  const client = new SageMakerClient({ region: 'us-east-1', requestHandler: createRequestHandler(store), credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  await expectServiceError(client.send(new ListImagesCommand({ MaxResults: 0 })), 'ValidationException', /at 'maxResults'/);
});

test('every listImagesRequest() is answered', async () => {
  const client = new SageMakerClient({ region: 'us-east-1' });
  await fc.assert(
    fc.asyncProperty(imageSeeds({ maxLength: 5 }), listImagesRequest(), async (seeds, request) => {
      mock.store.restore(fixture);
      mock.seed(seeds);
      const page = await client.send(new ListImagesCommand(request));
      assert.ok(page.Images.length <= (request.MaxResults ?? 10));
    }),
    { numRuns: 20 },
  );
});
