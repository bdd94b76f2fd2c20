import { CreateImageCommand, DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { RequestLogEntry, RunningServer } from 'sagemaker-image-mock/server';
import { startServer } from 'sagemaker-image-mock/server';
import 'sagemaker-image-mock/jest';

// Behaviour §13: the control plane beside the AWS protocol (decision 0027).

let server: RunningServer;
let log: RequestLogEntry[];
beforeEach(async () => {
  log = [];
  server = await startServer({ onRequest: (entry) => log.push(entry) });
});
afterEach(() => server.close());

async function control(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) {
  const response = await fetch(`${server.url}/_mock/${path}`, {
    method,
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

const client = () => new SageMakerClient({ region: 'us-east-1', endpoint: server.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
const names = async () => ((await client().send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' }))).Images ?? []).map((i) => i.ImageName);

describe('the control plane, /_mock/*', () => {
  it('GET health answers ok, as JSON', async () => {
    const health = await control('GET', 'health');
    expect(health).toMatchObject({ status: 200, json: { status: 'ok' } });
    expect(health.headers.get('content-type')).toBe('application/json');
  });

  it('POST seed takes a JSON array of seeds, as --seed does (ISO times, versions), and answers how many', async () => {
    const seeded = await control('POST', 'seed', [{ ImageName: 'b', CreationTime: '2024-01-01T00:00:00Z' }, { ImageName: 'a', Versions: [{ BaseImage: 'x' }] }]);
    expect(seeded).toMatchObject({ status: 200, json: { seeded: 2 } });
    expect(await names()).toEqual(['a', 'b']);
    expect((await client().send(new DescribeImageCommand({ ImageName: 'b' }))).CreationTime).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it.each([
    ['an invalid seed', [{ ImageName: 'ok' }, { ImageName: 'bad name' }], 'InvalidSeed', /^Invalid seed #2: ImageName: /],
    ['a repeated name', [{ ImageName: 'kept' }], 'InvalidSeed', /^Invalid seed #1: ImageName: an image named 'kept' already exists/],
    ['a value that is not an array', { ImageName: 'a' }, 'InvalidSeed', /^expected a JSON array of seeds$/],
    ['a body that is not JSON', '[{"ImageName": ', 'InvalidJson', /^The body must be JSON: /],
  ])('POST seed with %s is a 400 naming it, and stores nothing', async (_, body, error, message) => {
    await control('POST', 'seed', [{ ImageName: 'kept' }]);
    const refused = await control('POST', 'seed', body);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ error, message: expect.stringMatching(message) });
    expect(await names()).toEqual(['kept']);
  });

  it('POST reset empties the store', async () => {
    await control('POST', 'seed', [{ ImageName: 'a' }]);
    expect(await control('POST', 'reset')).toMatchObject({ status: 200, json: { reset: true } });
    expect(await names()).toEqual([]);
  });

  it('GET snapshot and POST restore bring a store back exactly', async () => {
    await control('POST', 'seed', [{ ImageName: 'a', Tags: [{ Key: 'k', Value: 'v' }], Versions: [{ BaseImage: 'x', Aliases: ['stable'] }] }]);
    const picture = (await control('GET', 'snapshot')).json;
    expect(picture).toMatchObject({ format: 'sagemaker-image-mock/store-snapshot', version: 2 });
    await control('POST', 'reset');
    await control('POST', 'seed', [{ ImageName: 'other' }]);
    expect(await control('POST', 'restore', picture)).toMatchObject({ status: 200, json: { restored: true } });
    expect(await names()).toEqual(['a']);
    expect((await control('GET', 'snapshot')).json).toEqual(picture);
  });

  it('POST restore of a damaged snapshot is a 400 naming the damage, and changes nothing', async () => {
    await control('POST', 'seed', [{ ImageName: 'kept' }]);
    const picture = (await control('GET', 'snapshot')).json;
    const refused = await control('POST', 'restore', { ...picture, revision: 'x' });
    expect(refused).toMatchObject({ status: 400, json: { error: 'InvalidSnapshot', message: 'sagemaker-image-mock: cannot restore the snapshot: snapshot.revision: expected a whole number' } });
    expect((await control('POST', 'restore', { format: 'other' })).json).toMatchObject({ error: 'InvalidSnapshot' });
    expect(await names()).toEqual(['kept']);
  });

  it('POST fail-next plans a failed transition; a misspelt injection is a 400', async () => {
    expect(await control('POST', 'fail-next', { operation: 'CreateImage', ImageName: 'doomed', FailureReason: 'no capacity' })).toMatchObject({ status: 200, json: { planned: true } });
    await client().send(new CreateImageCommand({ ImageName: 'doomed', RoleArn: 'arn:aws:iam::123456789012:role/r' }));
    expect(await client().send(new DescribeImageCommand({ ImageName: 'doomed' }))).toMatchObject({ ImageStatus: 'CREATE_FAILED', FailureReason: 'no capacity' });
    const refused = await control('POST', 'fail-next', { operation: 'DescribeImage', ImageName: 'a' });
    expect(refused).toMatchObject({ status: 400, json: { error: 'InvalidInjection' } });
    expect(refused.json['message']).toMatch(/DescribeImage/);
  });

  it('POST throttle-next answers the next calls with ThrottlingException: one by default, or { calls }', async () => {
    expect(await control('POST', 'throttle-next')).toMatchObject({ status: 200, json: { throttled: 1 } });
    await expect(names()).rejects.toThrowServiceError('ThrottlingException', 'Rate exceeded');
    expect(await names()).toEqual([]);
    await control('POST', 'throttle-next', { calls: 2 });
    await expect(names()).rejects.toThrowServiceError('ThrottlingException');
    await expect(names()).rejects.toThrowServiceError('ThrottlingException');
    expect(await names()).toEqual([]);
    expect(await control('POST', 'throttle-next', '1')).toMatchObject({ status: 200, json: { throttled: 1 } });
    await expect(names()).rejects.toThrowServiceError('ThrottlingException');
    expect(await names()).toEqual([]);
  });

  it.each([[{ calls: -1 }], [{ calls: 'two' }], [{ times: 2 }], [[2]], ['1.5'], ['"x"']])('POST throttle-next with %j is a 400', async (body) => {
    expect(await control('POST', 'throttle-next', body)).toMatchObject({ status: 400, json: { error: 'InvalidThrottle' } });
  });

  it('an unknown control path is a 404 listing the operations; a wrong method a 405 with Allow', async () => {
    const missing = await control('POST', 'frobnicate');
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ error: 'NotFound', message: expect.stringContaining('POST /_mock/reset') });
    const wrong = await control('POST', 'health');
    expect(wrong).toMatchObject({ status: 405, json: { error: 'MethodNotAllowed', message: '/_mock/health takes GET, not POST.' } });
    expect(wrong.headers.get('allow')).toBe('GET');
    expect((await control('PUT', 'reset')).status).toBe(405);
  });

  const ROUTES = { health: 'GET', snapshot: 'GET', reset: 'POST', seed: 'POST', restore: 'POST', 'fail-next': 'POST', 'throttle-next': 'POST' } as const;
  const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const;
  const wrongMethods = Object.entries(ROUTES).flatMap(([path, allowed]) => METHODS.filter((m) => m !== allowed).map((method) => [method, path, allowed] as const));

  it.each(wrongMethods)('%s /_mock/%s is a 405 in the control plane\'s shape, with Allow: %s, and changes nothing', async (method, path, allowed) => {
    await control('POST', 'seed', [{ ImageName: 'kept' }]);
    const response = await fetch(`${server.url}/_mock/${path}`, { method, ...(method !== 'GET' && { body: '[]' }) });
    expect([response.status, response.headers.get('allow'), response.headers.get('content-type')]).toEqual([405, allowed, 'application/json']);
    expect(await response.json()).toEqual({ error: 'MethodNotAllowed', message: `/_mock/${path} takes ${allowed}, not ${method}.` });
    expect(await names()).toEqual(['kept']);
  });

  it.each(['HEAD', 'PUT', 'DELETE'])('%s on an unknown /_mock/ path is a 404 in the control plane\'s shape', async (method) => {
    const response = await fetch(`${server.url}/_mock/frobnicate`, { method });
    expect([response.status, response.headers.get('content-type')]).toEqual([404, 'application/json']);
    if (method !== 'HEAD') expect(await response.json()).toEqual({ error: 'NotFound', message: expect.stringContaining(`There is no control operation ${method} /_mock/frobnicate`) });
  });

  it('the AWS protocol path is the service\'s as before: GET / is a 405 in the awsJson error shape', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(405);
    expect(await response.json()).toEqual({ __type: 'MethodNotAllowed', message: 'The awsJson1_1 protocol only takes POST /, not GET.' });
  });

  it('reports each request to onRequest: operation, status, milliseconds, and the error code of a failure', async () => {
    await names();
    await client().send(new DescribeImageCommand({ ImageName: 'ghost' })).catch(() => undefined);
    await control('POST', 'reset');
    await control('POST', 'seed', 'nope');
    expect(log.map(({ method, operation, status, error }) => ({ method, operation, status, error }))).toEqual([
      { method: 'POST', operation: 'ListImages', status: 200, error: undefined },
      { method: 'POST', operation: 'DescribeImage', status: 400, error: 'ResourceNotFound' },
      { method: 'POST', operation: '/_mock/reset', status: 200, error: undefined },
      { method: 'POST', operation: '/_mock/seed', status: 400, error: 'InvalidJson' },
    ]);
    for (const entry of log) {
      expect(entry.ms).toBeGreaterThanOrEqual(0);
      expect(entry.time).toBeInstanceOf(Date);
    }
  });
});
