import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { startServer } from 'sagemaker-image-mock/server';
import type { RunningServer } from 'sagemaker-image-mock/server';

const JSON_HEADERS = { 'content-type': 'application/x-amz-json-1.1' };

describe('the HTTP server survives bad HTTP with a clear 4xx', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ maxBodyBytes: 64 * 1024 });
    server.store.seed({ ImageName: 'alive' });
  });
  afterAll(() => server.close());

  async function stillServing(): Promise<void> {
    const client = new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    expect((await client.send(new DescribeImageCommand({ ImageName: 'alive' }))).ImageName).toBe('alive');
  }

  async function call(init: RequestInit & { path?: string }) {
    const response = await fetch(server.url + (init.path ?? '/'), init);
    return { status: response.status, headers: response.headers, body: (await response.json()) as { __type: string; message: string } };
  }

  it('binds to 127.0.0.1 on a free port by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('a wrong method is 405 with Allow: POST', async () => {
    const answer = await call({ method: 'GET' });
    expect([answer.status, answer.headers.get('allow'), answer.body.__type]).toEqual([405, 'POST', 'MethodNotAllowed']);
    await stillServing();
  });

  it.each(['--', '', 'us-east-1x', 'a'.repeat(500)])('a SigV4 scope whose region is %p is a 400, with no ARN made from it', async (region) => {
    const answer = await call({
      method: 'POST',
      headers: {
        ...JSON_HEADERS,
        'x-amz-target': 'SageMaker.CreateImage',
        authorization: `AWS4-HMAC-SHA256 Credential=AKID/20240101/${region}/sagemaker/aws4_request, SignedHeaders=host, Signature=00`,
      },
      body: JSON.stringify({ ImageName: 'made', RoleArn: 'arn:aws:iam::123456789012:role/r' }),
    });
    expect([answer.status, answer.body.__type]).toEqual([400, 'InvalidSignatureException']);
    expect(answer.body.message).toMatch(/^Credential should be scoped to a valid region: '.*' is not a region \(such as us-east-1\)\.$/);
    expect(server.store.listImages({}).Images?.map((i) => i.ImageName)).toEqual(['alive']);
    await stillServing();
  });

  it('a wrong path is 404', async () => {
    const answer = await call({ method: 'POST', path: '/images', headers: JSON_HEADERS, body: '{}' });
    expect([answer.status, answer.body.__type]).toEqual([404, 'NotFound']);
    await stillServing();
  });

  it('a body over the limit is 413', async () => {
    const answer = await call({
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.ListImages' },
      body: JSON.stringify({ NameContains: 'x'.repeat(70 * 1024) }),
    });
    expect([answer.status, answer.body.__type]).toEqual([413, 'RequestEntityTooLarge']);
    await stillServing();
  });

  /** A ListImages body of exactly `bytes` bytes (its NameContains too long: a 400 once read). */
  const bodyOf = (bytes: number) => `{"NameContains":"${'x'.repeat(bytes - '{"NameContains":""}'.length)}"}`;

  it('the body limit is exact: a body of the limit is read (a 400 from the service), one byte more is a 413', async () => {
    const limit = 64 * 1024;
    const headers = { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.ListImages' };
    expect(Buffer.byteLength(bodyOf(limit))).toBe(limit);
    const atLimit = await call({ method: 'POST', headers, body: bodyOf(limit) });
    expect([atLimit.status, atLimit.body.__type]).toEqual([400, 'ValidationException']);
    const over = await call({ method: 'POST', headers, body: bodyOf(limit + 1) });
    expect([over.status, over.body]).toEqual([413, { __type: 'RequestEntityTooLarge', message: `The request body is over ${limit} bytes.` }]);
    await stillServing();
  });

  it('the default body limit is 1 MiB, exactly', async () => {
    const other = await startServer();
    try {
      const send = async (bytes: number) => (await fetch(other.url, { method: 'POST', headers: { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.ListImages' }, body: bodyOf(bytes) })).status;
      expect(await send(1024 * 1024)).toBe(400);
      expect(await send(1024 * 1024 + 1)).toBe(413);
    } finally {
      await other.close();
    }
  });

  it('a request with thousands of violations answers a bounded 400: 100 listed and how many more (decision 0031)', async () => {
    const body = JSON.stringify({ ImageName: 'alive', DeleteProperties: Array.from({ length: 5_000 }, () => 'x') });
    const response = await fetch(server.url, { method: 'POST', headers: { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.UpdateImage' }, body });
    const text = await response.text();
    expect(response.status).toBe(400);
    const { __type, message } = JSON.parse(text) as { __type: string; message: string };
    expect(__type).toBe('ValidationException');
    expect(message).toMatch(/^5001 validation errors detected: .*; and 4901 more$/);
    expect(text.length).toBeLessThan(2 * body.length); // every one listed would be 700 KB for these 25 KB
    await stillServing();
  });

  it('broken JSON is 400 SerializationException', async () => {
    const answer = await call({ method: 'POST', headers: { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.ListImages' }, body: '{"MaxResults": ' });
    expect([answer.status, answer.body.__type]).toEqual([400, 'SerializationException']);
    expect(answer.body.message).toMatch(/^The request body is not valid JSON: /);
    await stillServing();
  });

  it.each([
    ['an operation not implemented, without a stub', 'SageMaker.CreateModel', expect.stringMatching(/^sagemaker-image-mock does not implement the operation CreateModel\. Give it a canned answer: POST \/_mock\/stubs/) as unknown],
    ['another service', 'DynamoDB_20120810.ListTables', 'sagemaker-image-mock does not implement the operation DynamoDB_20120810.ListTables.'],
    ['no target', undefined, 'Missing X-Amz-Target header: expected SageMaker.<Operation>.'],
  ])('%s is 400 UnknownOperationException', async (_, target, message) => {
    const answer = await call({ method: 'POST', headers: { ...JSON_HEADERS, ...(target && { 'x-amz-target': target }) }, body: '{}' });
    expect([answer.status, answer.body]).toEqual([400, { __type: 'UnknownOperationException', message }]);
    expect(answer.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers with epoch-second timestamps and no null members', async () => {
    server.store.seed({ ImageName: 'timed', CreationTime: new Date(1700000000500) });
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'x-amz-target': 'SageMaker.DescribeImage' },
      body: '{"ImageName":"timed"}',
    });
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      CreationTime: 1700000000.5,
      ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/timed',
      ImageName: 'timed',
      ImageStatus: 'CREATED',
      LastModifiedTime: 1700000000.5,
    });
    expect(text).not.toContain('null');
  });

  it('without a SigV4 scope or SageMaker host the store default region is used', async () => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'x-amz-target': 'SageMaker.ListImages' }, body: '' });
    expect(((await response.json()) as { Images: unknown[] }).Images.length).toBeGreaterThan(0);
  });

  it('close() stops the server', async () => {
    const other = await startServer();
    await other.close();
    await expect(fetch(other.url, { method: 'POST' })).rejects.toThrow();
  });
});
