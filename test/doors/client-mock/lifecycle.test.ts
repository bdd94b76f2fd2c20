import {
  CreateImageCommand,
  CreateModelCommand,
  DescribeImageCommand,
  ListImagesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock, ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
import type { SageMakerImagesMock } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';
import { at, image, names } from '../../support/fixtures';
import { rejectionOf } from '../../support/errors';

const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };
const client = () => new SageMakerClient({ region: 'us-east-1', credentials });
const ROLE = 'arn:aws:iam::123456789012:role/r';
const ORIGINAL_SEND = SageMakerClient.prototype.send;

/** Which mock answers this client now: the name of the only image in its store, or 'none' when `send` is the SDK's own. */
async function answeredBy(c: SageMakerClient): Promise<string> {
  if (c.send === ORIGINAL_SEND) return 'none';
  const listed = names((await c.send(new ListImagesCommand({}))).Images);
  return listed.join(',');
}

describe('behaviour §11 door 1 inside a test suite', () => {
  const made: SageMakerImagesMock[] = [];
  const mock = (target: typeof SageMakerClient | SageMakerClient, options = {}) => {
    const m = mockSageMakerImages(target, options);
    made.push(m);
    return m;
  };
  afterEach(() => {
    for (const m of made.splice(0).reverse()) m.restore();
    expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
  });

  describe('reset()', () => {
    it("drops the rules a test added on mock.stub, and the store keeps answering", async () => {
      const m = mock(SageMakerClient);
      m.seed(image('a', 1));
      m.stub.on(ListImagesCommand).resolves({ Images: [] });
      m.stub.on(CreateModelCommand).resolves({ ModelArn: 'arn:model' });
      expect((await client().send(new ListImagesCommand({}))).Images).toEqual([]);
      m.reset();
      m.seed(image('b', 1));
      expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['b']);
      await expect(client().send(new CreateModelCommand({ ModelName: 'm' }))).rejects.toThrow('does not implement CreateModelCommand');
    });

    it('empties the store, the call history, planned failures and throttles', async () => {
      const m = mock(SageMakerClient);
      m.seed(image('a', 1));
      m.failNext({ operation: 'CreateImage', ImageName: 'x' });
      m.store.throttleNext(3);
      m.reset();
      expect(m.stub.calls()).toHaveLength(0);
      await client().send(new CreateImageCommand({ ImageName: 'x', RoleArn: ROLE }));
      expect((await client().send(new DescribeImageCommand({ ImageName: 'x' }))).ImageStatus).toBe('CREATED');
      expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['x']);
      expect(m.stub.calls()).toHaveLength(3);
    });

    it('after restore() it empties the store and history but does not intercept again', async () => {
      const m = mock(SageMakerClient);
      m.seed(image('a', 1));
      await client().send(new ListImagesCommand({}));
      m.restore();
      m.reset();
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
      expect(m.stub.calls()).toHaveLength(0);
      expect(m.store.listImages({}).Images).toEqual([]);
    });
  });

  describe('mocks of one client nest', () => {
    it('the newer mock answers; restoring it brings the older one back, its store and rules too', async () => {
      const outer = mock(SageMakerClient);
      outer.seed(image('outer', 1));
      outer.stub.on(DescribeImageCommand, { ImageName: 'ruled' }).resolves({ ImageName: 'by-rule' });
      const inner = mock(SageMakerClient);
      inner.seed(image('inner', 1));
      expect(await answeredBy(client())).toBe('inner');
      inner.restore();
      expect(await answeredBy(client())).toBe('outer');
      expect((await client().send(new DescribeImageCommand({ ImageName: 'ruled' }))).ImageName).toBe('by-rule');
      expect(outer.stub.commandCalls(DescribeImageCommand)).toHaveLength(1);
    });

    it('restoring the older one first leaves the newer one answering, and both restored leave the SDK alone', async () => {
      const outer = mock(SageMakerClient);
      outer.seed(image('outer', 1));
      const inner = mock(SageMakerClient);
      inner.seed(image('inner', 1));
      outer.restore();
      expect(await answeredBy(client())).toBe('inner');
      inner.restore();
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it('mocking one instance keeps the class mocked for every other instance', async () => {
      const cls = mock(SageMakerClient);
      cls.seed(image('class', 1));
      const mine = client();
      const own = mock(mine);
      own.seed(image('instance', 1));
      expect(await answeredBy(mine)).toBe('instance');
      expect(await answeredBy(client())).toBe('class');
      own.restore();
      expect(await answeredBy(mine)).toBe('class');
      expect(Object.prototype.hasOwnProperty.call(mine, 'send')).toBe(false);
    });

    it('reset() of a mock under a newer one renews its rules without taking over', async () => {
      const outer = mock(SageMakerClient);
      outer.seed(image('outer', 1));
      outer.stub.on(ListImagesCommand).resolves({ Images: [] });
      const inner = mock(SageMakerClient);
      inner.seed(image('inner', 1));
      outer.reset();
      outer.seed(image('outer2', 1));
      expect(await answeredBy(client())).toBe('inner');
      inner.restore();
      expect(await answeredBy(client())).toBe('outer2');
    });

    it('mock.stub.restore() is the same as mock.restore()', async () => {
      const outer = mock(SageMakerClient);
      outer.seed(image('outer', 1));
      const inner = mock(SageMakerClient);
      inner.stub.restore();
      expect(await answeredBy(client())).toBe('outer');
    });

    it('property: whatever the sequence of mocks, resets and restores, a live mock always answers and none leaves the SDK reachable', async () => {
      type Step = { kind: 'mock'; target: 'class' | 'instance' } | { kind: 'restore' | 'reset'; which: number };
      const step: fc.Arbitrary<Step> = fc.oneof(
        fc.constantFrom<'class' | 'instance'>('class', 'instance').map((target) => ({ kind: 'mock' as const, target })),
        fc.tuple(fc.constantFrom<'restore' | 'reset'>('restore', 'reset'), fc.nat({ max: 5 })).map(([kind, which]) => ({ kind, which })),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
          const instance = client();
          const live: { mock: SageMakerImagesMock; target: 'class' | 'instance'; name: string }[] = [];
          const all: SageMakerImagesMock[] = [];
          try {
            for (const [i, s] of steps.entries()) {
              if (s.kind === 'mock') {
                const m = mockSageMakerImages(s.target === 'class' ? SageMakerClient : instance);
                const name = `m${i}`;
                m.seed({ ImageName: name });
                live.push({ mock: m, target: s.target, name });
                all.push(m);
              } else if (all.length > 0) {
                const m = all[s.which % all.length]!;
                if (s.kind === 'restore') {
                  m.restore();
                  const index = live.findIndex((l) => l.mock === m);
                  if (index >= 0) live.splice(index, 1);
                } else {
                  const entry = live.find((l) => l.mock === m);
                  m.reset();
                  if (entry !== undefined) m.seed({ ImageName: entry.name });
                }
              }
              const newest = (target: 'class' | 'instance') => [...live].reverse().find((l) => l.target === target)?.name;
              expect(await answeredBy(client())).toBe(newest('class') ?? 'none');
              const forInstance = newest('instance') ?? newest('class');
              if (forInstance === undefined) expect(instance.send).toBe(ORIGINAL_SEND);
              else expect(await answeredBy(instance)).toBe(forInstance);
            }
          } finally {
            for (const m of all.reverse()) m.restore();
          }
          expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
          expect(Object.prototype.hasOwnProperty.call(instance, 'send')).toBe(false);
        }),
        { numRuns: 50 },
      );
    });
  });

  describe('the answer is decided when send() is called', () => {
    it('the clock is read at send(), not when the promise is awaited', async () => {
      const clock = createManualClock(at(0));
      mock(SageMakerClient, { clock });
      const c = client();
      const creating = c.send(new CreateImageCommand({ ImageName: 'a', RoleArn: ROLE }));
      clock.advance(60_000);
      await creating;
      expect((await c.send(new DescribeImageCommand({ ImageName: 'a' }))).CreationTime).toEqual(at(0));
    });

    it('changing the input after send() changes nothing', async () => {
      const m = mock(SageMakerClient);
      m.seed(image('a', 1), image('b', 2));
      const input = { NameContains: 'a' };
      const listing = client().send(new ListImagesCommand(input));
      input.NameContains = 'b';
      expect(names((await listing).Images)).toEqual(['a']);
    });

    it('with a region from a provider, the time of the call is still the time of send()', async () => {
      const clock = createManualClock(at(0));
      mock(SageMakerClient, { clock });
      const c = new SageMakerClient({ region: () => Promise.resolve('us-east-1'), credentials });
      const creating = c.send(new CreateImageCommand({ ImageName: 'a', RoleArn: ROLE }));
      clock.advance(60_000);
      await creating;
      expect((await c.send(new DescribeImageCommand({ ImageName: 'a' }))).CreationTime).toEqual(at(0));
    });
  });

  describe('mistakes in the test are a TypeError at once', () => {
    it.each([
      [{ acountId: '123456789012' }, "mockSageMakerImages: unknown option 'acountId' (did you mean 'accountId'?)"],
      [{ lifecycle: { create: 1000 } }, "option lifecycle: unknown option 'create' (did you mean 'creating'?)"],
      [{ limits: { image: 2 } }, "option limits: unknown option 'image' (did you mean 'images'?)"],
      [{ store: new ImageStore(), region: 'eu-west-1' }, 'option store comes with its own options; region would be ignored'],
      [{ clock: Date }, 'option clock must have a now() method'],
    ])('the options %p', (options, message) => {
      expect(() => mockSageMakerImages(SageMakerClient, options as never)).toThrow(new TypeError(message).message);
      expect(() => mockSageMakerImages(SageMakerClient, options as never)).toThrow(TypeError);
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it('a client that is not a SageMakerClient', () => {
      expect(() => mockSageMakerImages({} as never)).toThrow(TypeError);
      expect(() => mockSageMakerImages(undefined as never)).toThrow('needs SageMakerClient (the class) or a SageMakerClient instance');
    });

    it.each([
      [{ operation: 'DescribeImage', ImageName: 'a' }, 'operation "DescribeImage" cannot be made to fail'],
      [{ operation: 'CreateImage', ImageName: 'bad name' }, 'no image can match'],
      [{ operation: 'CreateImage' }, 'ImageName is required'],
      [{ operation: 'CreateImage', ImageName: 'a', Version: 1 }, 'Version only applies to CreateImageVersion and DeleteImageVersion'],
      [{ operation: 'DeleteImageVersion', ImageName: 'a', Version: 0 }, 'Version must be a whole number >= 1'],
      [{ operation: 'CreateImage', ImageName: 'a', FailureReason: 'x'.repeat(1025) }, 'FailureReason'],
      [{ operation: 'CreateImage', ImageName: 'a', Imagename: 'b' }, "unknown option 'Imagename' (did you mean 'ImageName'?)"],
      [{ operation: 'CreateImage', ImageName: 'a', region: 'Mars' }, "region 'Mars' is not a region"],
    ])('failNext(%p)', (injection, message) => {
      const m = mock(SageMakerClient);
      expect(() => m.failNext(injection as never)).toThrow(TypeError);
      expect(() => m.failNext(injection as never)).toThrow(message);
    });
  });

  it('with the class mocked, a client pointed at the HTTP server is answered by door 1; mock an instance to keep the two apart', async () => {
    const server = await startServer();
    try {
      server.store.seed(image('on-server', 1));
      const m = mock(SageMakerClient);
      m.seed(image('in-door-1', 1));
      const toServer = () => new SageMakerClient({ region: 'us-east-1', credentials, endpoint: server.url });
      expect(await answeredBy(toServer())).toBe('in-door-1');
      m.restore();
      const mine = client();
      mock(mine).seed(image('in-door-1', 1));
      expect(names((await toServer().send(new ListImagesCommand({}))).Images)).toEqual(['on-server']);
      expect(await answeredBy(mine)).toBe('in-door-1');
    } finally {
      await server.close();
    }
  });

  it('an unknown command still fails loudly after the stub is reset', async () => {
    const m = mock(SageMakerClient);
    m.stub.reset();
    const error = await rejectionOf(client().send(new CreateModelCommand({ ModelName: 'm' })));
    expect(error.name).toBe('UnsupportedCommandError');
  });
});
