import { CreateImageCommand, CreateImageVersionCommand, DescribeImageCommand, DescribeImageVersionCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import type { RunningServer, ServerOptions } from 'sagemaker-image-mock/server';
import { startServer } from 'sagemaker-image-mock/server';

// SPEC §15: POST /_mock/clock moves a manual clock (so a suite in any language waits for a lifecycle
// without real minutes), and startServer() takes ImageStore's options beside its own.

const ROLE = 'arn:aws:iam::123456789012:role/r';
const START = '2024-01-01T00:00:00.000Z';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function control(body?: unknown, method = 'POST') {
  const response = await fetch(`${server!.url}/_mock/clock`, {
    method,
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const client = () => new SageMakerClient({ region: 'us-east-1', endpoint: server!.url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
const status = async (ImageName: string) => (await client().send(new DescribeImageCommand({ ImageName }))).ImageStatus;

describe('POST /_mock/clock', () => {
  it('answers the time; { advance } and { set } move a manual clock and answer the new time', async () => {
    server = await startServer({ clock: createManualClock(new Date(START)) });
    expect(await control()).toEqual({ status: 200, json: { now: START } });
    expect(await control({})).toEqual({ status: 200, json: { now: START } });
    expect(await control({ advance: 90_000 })).toEqual({ status: 200, json: { now: '2024-01-01T00:01:30.000Z' } });
    expect(await control({ set: '2030-06-01T12:00:00Z' })).toEqual({ status: 200, json: { now: '2030-06-01T12:00:00.000Z' } });
    expect(await control({ advance: -1_000 })).toEqual({ status: 200, json: { now: '2030-06-01T11:59:59.000Z' } });
    expect(server.store.options.clock.now()).toEqual(new Date('2030-06-01T11:59:59Z'));
  });

  it('transitions due by the new time finish at the next call: CreateImage is CREATING, then CREATED once the clock has moved past it', async () => {
    server = await startServer({ clock: createManualClock(new Date(START)), lifecycle: { creating: 60_000 } });
    await client().send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    expect(await status('img')).toBe('CREATING');
    await control({ advance: 59_999 });
    expect(await status('img')).toBe('CREATING');
    await control({ advance: 1 });
    expect(await status('img')).toBe('CREATED');
    await client().send(new CreateImageVersionCommand({ ImageName: 'img', BaseImage: 'repo/img:1', ClientToken: 't' }));
    expect((await client().send(new DescribeImageVersionCommand({ ImageName: 'img' }))).ImageVersionStatus).toBe('CREATING');
    await control({ set: '2024-01-01T01:00:00Z' });
    expect((await client().send(new DescribeImageVersionCommand({ ImageName: 'img' }))).ImageVersionStatus).toBe('CREATED');
  });

  it('a clock that is not manual is read, not moved: a 409 in the control plane shape saying to start with --clock manual', async () => {
    server = await startServer();
    const read = await control();
    expect(read.status).toBe(200);
    expect(Math.abs(Date.parse(read.json['now'] as string) - Date.now())).toBeLessThan(60_000);
    for (const body of [{ advance: 1 }, { set: START }]) {
      const moved = await control(body);
      expect(moved.status).toBe(409);
      expect(moved.json).toEqual({ error: 'ClockNotManual', message: expect.stringContaining('start it with --clock manual') });
    }
  });

  const bad: [string, unknown, string][] = [
    ['not JSON', '{"advance": ', 'InvalidJson'],
    ['not an object', [1], 'InvalidClock'],
    ['a misspelt member', { advanc: 1 }, "unknown 'advanc', did you mean 'advance'?"],
    ['advance that is not a number', { advance: '5s' }, 'advance "5s" is not a number of milliseconds'],
    ['set that is not a time', { set: 'tomorrow' }, 'set "tomorrow" is not an ISO time'],
    ['both', { advance: 1, set: START }, 'advance and set are given together'],
  ];

  it.each(bad)('a body that is %s is a 400 naming it, and moves nothing', async (_what, body, text) => {
    server = await startServer({ clock: createManualClock(new Date(START)) });
    const refused = await control(body);
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.json)).toEqual(['error', 'message']);
    expect(`${String(refused.json['error'])} ${String(refused.json['message'])}`).toContain(text);
    expect(await control()).toEqual({ status: 200, json: { now: START } });
  });

  it('takes POST only: GET is a 405 naming it', async () => {
    server = await startServer();
    expect(await control(undefined, 'GET')).toMatchObject({ status: 405, json: { error: 'MethodNotAllowed' } });
  });
});

describe('startServer(options): the store options beside the server options', () => {
  /** Options as a user may write them (the deprecated storeOptions, or a mistake), unchecked by the compiler. */
  const untyped = (options: object) => options as ServerOptions;

  it('makes its store with them', async () => {
    const clock = createManualClock(new Date(START));
    server = await startServer({ clock, lifecycle: { creating: 5_000 }, nameContains: 'case-insensitive', limits: { images: 3 }, region: 'eu-west-1', onRequest: () => undefined });
    expect(server.store.options).toMatchObject({ clock, lifecycle: { creating: 5_000 }, nameContains: 'case-insensitive', region: 'eu-west-1' });
    expect(server.store.options.limits.images).toBe(3);
    await client().send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    expect(await status('img')).toBe('CREATING');
    clock.advance(5_000);
    expect(await status('img')).toBe('CREATED');
  });

  it('storeOptions (the older spelling) still makes the store', async () => {
    server = await startServer(untyped({ storeOptions: { nameContains: 'case-insensitive' } }));
    expect(server.store.options.nameContains).toBe('case-insensitive');
  });

  const refused: [string, () => ServerOptions, RegExp][] = [
    ['a misspelt store option', () => ({ lifecyle: { creating: 5_000 } }) as ServerOptions, /^startServer options: unknown option 'lifecyle' \(did you mean 'lifecycle'\?\)/],
    ['a misspelt server option', () => ({ prot: 4580 }) as ServerOptions, /^startServer options: unknown option 'prot' \(did you mean 'port'\?\)/],
    ['store beside store options', () => ({ store: new ImageStore(), lifecycle: 'instant' }), /^option store comes with its own options; lifecycle would be ignored/],
    ['store beside storeOptions', () => untyped({ store: new ImageStore(), storeOptions: {} }), /^option store comes with its own options; storeOptions would be ignored/],
    ['storeOptions beside store options', () => untyped({ storeOptions: { region: 'eu-west-1' }, clock: createManualClock() }), /^option storeOptions comes beside clock: give every store option at the top level/],
    ['a bad store option', () => ({ listPaging: 'sloppy' }) as unknown as ServerOptions, /^option listPaging must be one of 'exact', 'limit-before-filter'/],
    ['a store that is not one', () => ({ store: {} }) as unknown as ServerOptions, /^option store must be an ImageStore/],
  ];

  it.each(refused)('refuses %s with a TypeError naming it, before listening', async (_what, options, message) => {
    const started = startServer(options());
    await expect(started).rejects.toThrow(TypeError);
    await expect(started).rejects.toThrow(message);
  });

  it('a server given its store serves that store, its clock moved by POST /_mock/clock', async () => {
    const store = new ImageStore({ clock: createManualClock(new Date(START)), lifecycle: { creating: 1_000 } });
    server = await startServer({ store, port: 0 });
    expect(server.store).toBe(store);
    expect(await control({ advance: 1_000 })).toEqual({ status: 200, json: { now: '2024-01-01T00:00:01.000Z' } });
  });
});
