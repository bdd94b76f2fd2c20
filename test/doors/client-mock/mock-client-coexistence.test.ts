import { CreateModelCommand, DescribeImageCommand, ListImagesCommand, ListModelsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import sinon from 'sinon';
import { mockSageMakerImages } from 'sagemaker-image-mock';
import type { SageMakerImagesMock } from 'sagemaker-image-mock';
import v8 from 'node:v8';
import vm from 'node:vm';
import { image, names } from '../../support/fixtures';

// Decision 0029. Clients get a credentials provider that fails at once with REACHED, so a call that
// gets past every mock to the SDK shows as 'the SDK' (and never touches the network).
const REACHED = 'the call reached the SDK';
const ORIGINAL_SEND = SageMakerClient.prototype.send;
const client = () => new SageMakerClient({ region: 'us-east-1', credentials: () => Promise.reject(new Error(REACHED)) });

const CLASS_REFUSED =
  "aws-sdk-client-mock's mockClient cannot stub SageMakerClient or one of its instances while mockSageMakerImages(SageMakerClient) " +
  'answers through its send: the image operations would answer undefined. Call mockClient(SageMakerClient) before ' +
  'mockSageMakerImages(SageMakerClient) (both then share one stub: the store answers the image operations, your rules the rest, ' +
  'and mock.reset() resets both), or add your rules with mock.stub.on(...). The reset() of a mockClient stub calls mockClient ' +
  'again: use mock.reset() or mock.stub.reset().';
const INSTANCE_REFUSED =
  "aws-sdk-client-mock's mockClient cannot stub this client while mockSageMakerImages(client) answers through its send: " +
  'the image operations would answer undefined. Call mockClient(client) before mockSageMakerImages(client) (both then share ' +
  'one stub: the store answers the image operations, your rules the rest, and mock.reset() resets both), or add your rules ' +
  'with mock.stub.on(...). The reset() of a mockClient stub calls mockClient again: use mock.reset() or mock.stub.reset().';

/** What a call answered: `read` of the output, 'undefined', an error's name, or 'the SDK'. */
async function answer<T>(sent: Promise<T>, read: (output: T) => string): Promise<string> {
  try {
    const output = await sent;
    return output === undefined ? 'undefined' : read(output);
  } catch (error) {
    const { name, message } = error as Error;
    return message === REACHED ? 'the SDK' : name;
  }
}
const listImages = (c = client()) => answer(c.send(new ListImagesCommand({})), (out) => names(out.Images).join(','));
const listModels = (c = client()) => answer(c.send(new ListModelsCommand({})), (out) => (out.Models ?? []).map((m) => m.ModelName).join(','));
/** A full garbage collection, for the no-leak tests (V8's gc, reached without a command-line flag). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
const models = (name: string) => ({ Models: [{ ModelName: name, ModelArn: `arn:aws:sagemaker:us-east-1:123456789012:model/${name}`, CreationTime: new Date(0) }] });

describe("behaviour §17 aws-sdk-client-mock's own mockClient beside mockSageMakerImages", () => {
  const mocks: SageMakerImagesMock[] = [];
  const stubs: AwsClientStub<SageMakerClient>[] = [];
  const mock = (target: typeof SageMakerClient | SageMakerClient = SageMakerClient) => {
    const m = mockSageMakerImages(target);
    mocks.push(m);
    return m;
  };
  const sdkMock = (target: typeof SageMakerClient | SageMakerClient = SageMakerClient) => {
    const sm = mockClient(target);
    stubs.push(sm);
    return sm;
  };
  afterEach(() => {
    for (const m of mocks.splice(0).reverse()) m.restore();
    // Each aws-sdk-client-mock stub once, newest first: sinon's restore of a stub taken off before deletes whatever `send` is there.
    const newest = stubs.splice(0).at(-1);
    if (newest !== undefined && SageMakerClient.prototype.send === newest.send) newest.restore();
    expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
  });

  describe('mockClient first: the two share one stub', () => {
    it('the store answers the image operations, the mockClient rules the rest', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('from-mockClient'));
      const m = mock();
      m.seed(image('a', 1));
      expect(await listImages()).toBe('a');
      expect(await listModels()).toBe('from-mockClient');
      expect(m.stub.send).toBe(sm.send);
    });

    it('rules added afterwards on either stub answer, and a rule for an image operation wins over the store', async () => {
      const sm = sdkMock();
      const m = mock();
      m.seed(image('a', 1));
      sm.on(ListModelsCommand).resolves(models('via-sm'));
      m.stub.on(DescribeImageCommand, { ImageName: 'ruled' }).resolves({ ImageName: 'from-rule' });
      expect(await listModels()).toBe('via-sm');
      expect((await client().send(new DescribeImageCommand({ ImageName: 'ruled' }))).ImageName).toBe('from-rule');
      expect((await client().send(new DescribeImageCommand({ ImageName: 'a' }))).ImageName).toBe('a');
    });

    it('a command with neither a rule nor a store answer still fails loudly', async () => {
      sdkMock();
      mock();
      expect(await answer(client().send(new CreateModelCommand({ ModelName: 'm' })), () => 'answered')).toBe('UnsupportedCommandError');
    });

    it('both stubs record every call', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      await listImages();
      await listModels();
      expect(sm.commandCalls(ListImagesCommand)).toHaveLength(1);
      expect(m.stub.commandCalls(ListModelsCommand)).toHaveLength(1);
    });

    it('mock.reset() empties the store and drops the rules and calls of both; rules added afterwards on either stub answer', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('before'));
      sm.onAnyCommand().resolves({});
      const m = mock();
      m.seed(image('a', 1));
      await listModels();
      m.reset();
      expect(sm.calls()).toHaveLength(0);
      expect(await listImages()).toBe('');
      expect(await listModels()).toBe('UnsupportedCommandError');
      sm.on(ListModelsCommand).resolves(models('after'));
      m.seed(image('b', 1));
      expect(await listModels()).toBe('after');
      expect(await listImages()).toBe('b');
    });

    it("mock.stub.reset() drops the rules of both and keeps the store's images", async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      m.seed(image('a', 1));
      m.stub.reset();
      expect(await listModels()).toBe('UnsupportedCommandError');
      expect(await listImages()).toBe('a');
    });

    it("mock.restore() gives the stub back to mockClient: its rules answer, and the image operations answer as with mockClient alone", async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      m.restore();
      expect(await listModels()).toBe('m');
      expect(await listImages()).toBe('undefined');
      sm.restore();
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it("sm.restore() takes mockClient's rules away; the mock goes on answering through a stub of its own", async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      m.seed(image('a', 1));
      sm.restore();
      expect(await listModels()).toBe('UnsupportedCommandError');
      expect(await listImages()).toBe('a');
      expect(m.stub.commandCalls(ListImagesCommand)).toHaveLength(1);
      m.restore();
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it('sm.reset() throws a TypeError that says what to do, and the mock goes on answering', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      m.seed(image('a', 1));
      expect(() => sm.reset()).toThrow(new TypeError(CLASS_REFUSED));
      expect(await listImages()).toBe('a');
      // Nothing changed: the stub is still shared, its rules and history kept, new rules answer.
      expect(m.stub.send).toBe(sm.send);
      expect(await listModels()).toBe('m');
      sm.on(ListModelsCommand).resolves(models('n'));
      expect(await listModels()).toBe('n');
      expect(sm.calls().length).toBeGreaterThan(0);
    });

    it('once the mock is restored, sm.reset() works as with mockClient alone', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      mock().restore();
      sm.reset();
      expect(await listModels()).toBe('undefined');
      sm.on(ListModelsCommand).resolves(models('again'));
      expect(await listModels()).toBe('again');
    });

    it('sinon.reset() and the stub\'s own reset() keep the store as its default behaviour', async () => {
      const sm = sdkMock();
      const m = mock();
      m.seed(image('a', 1));
      sm.send.reset();
      expect(await listImages()).toBe('a');
      sinon.reset();
      expect(await listImages()).toBe('a');
    });

    it('a newer mock answers alone; restoring it brings the shared stub back', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const outer = mock();
      outer.seed(image('outer', 1));
      const inner = mock();
      inner.seed(image('inner', 1));
      expect(await listImages()).toBe('inner');
      expect(await listModels()).toBe('UnsupportedCommandError');
      inner.restore();
      expect(await listImages()).toBe('outer');
      expect(await listModels()).toBe('m');
    });

    it('the shared mock restored under a newer one: mockClient has its stub back once the newer one ends', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const outer = mock();
      const inner = mock();
      inner.seed(image('inner', 1));
      outer.restore();
      expect(await listImages()).toBe('inner');
      inner.restore();
      expect(await listModels()).toBe('m');
      expect(SageMakerClient.prototype.send).toBe(sm.send);
    });

    it('sm.restore() while its stub waits under a newer mock: it is not put back when that one ends', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const outer = mock();
      const inner = mock();
      outer.restore();
      sm.restore();
      inner.restore();
      expect(await listModels()).toBe('the SDK');
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it("mock.reset() after mock.restore() leaves mockClient's rules and calls alone", async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const m = mock();
      await listModels();
      m.restore();
      m.reset();
      expect(await listModels()).toBe('m');
      expect(sm.commandCalls(ListModelsCommand)).toHaveLength(2);
    });

    it('sm.restore() under a newer mock: that one answers, then the older one alone', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const outer = mock();
      outer.seed(image('outer', 1));
      const inner = mock();
      inner.seed(image('inner', 1));
      sm.restore();
      expect(await listImages()).toBe('inner');
      inner.restore();
      expect(await listImages()).toBe('outer');
      expect(await listModels()).toBe('UnsupportedCommandError');
    });
  });

  describe('mockClient after: a TypeError at the mockClient call', () => {
    it('mockClient(SageMakerClient) throws, and the mock keeps its store, rules and calls', async () => {
      const m = mock();
      m.seed(image('a', 1));
      m.stub.on(ListModelsCommand).resolves(models('rule'));
      await listImages();
      expect(() => mockClient(SageMakerClient)).toThrow(new TypeError(CLASS_REFUSED));
      expect(await listImages()).toBe('a');
      expect(await listModels()).toBe('rule');
      expect(m.stub.commandCalls(ListImagesCommand)).toHaveLength(2);
    });

    it('mockClient(client) while the class is mocked throws, and the class stays mocked', async () => {
      const m = mock();
      m.seed(image('a', 1));
      const c = client();
      expect(() => mockClient(c)).toThrow(new TypeError(CLASS_REFUSED));
      expect(await listImages(c)).toBe('a');
      expect(await listImages()).toBe('a');
    });

    it('mockClient(client) after mockSageMakerImages(client) throws', async () => {
      const c = client();
      mock(c).seed(image('a', 1));
      expect(() => mockClient(c)).toThrow(new TypeError(INSTANCE_REFUSED));
      expect(await listImages(c)).toBe('a');
    });

    it('sinon.stub on the mocked send throws the same TypeError', () => {
      mock();
      expect(() => sinon.stub(SageMakerClient.prototype, 'send')).toThrow(new TypeError(CLASS_REFUSED));
    });

    it('once the mock is restored, mockClient stubs the client as usual', async () => {
      mock().restore();
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      expect(await listModels()).toBe('m');
    });
  });

  describe('an instance and its class are separate targets', () => {
    it('mockClient(client) then mockSageMakerImages(client) share the instance\'s stub', async () => {
      const c = client();
      const sm = sdkMock(c);
      sm.on(ListModelsCommand).resolves(models('m'));
      mock(c).seed(image('a', 1));
      expect(await listImages(c)).toBe('a');
      expect(await listModels(c)).toBe('m');
      expect(await listImages()).toBe('the SDK');
    });

    it('mockSageMakerImages(client) then mockClient(SageMakerClient): the instance is the mock\'s, every other instance mockClient\'s', async () => {
      const c = client();
      mock(c).seed(image('a', 1));
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      expect(await listImages(c)).toBe('a');
      expect(await listModels(c)).toBe('UnsupportedCommandError');
      expect(await listModels()).toBe('m');
    });

    it('mockClient(SageMakerClient) then mockSageMakerImages(client): the same', async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      const c = client();
      const m = mock(c);
      m.seed(image('a', 1));
      expect(await listImages(c)).toBe('a');
      expect(await listModels()).toBe('m');
      m.restore();
      expect(await listModels(c)).toBe('m');
      expect(Object.prototype.hasOwnProperty.call(c, 'send')).toBe(false);
    });

    it("mockClient(client) then mockSageMakerImages(SageMakerClient): the instance keeps mockClient's own stub, which shadows its class", async () => {
      const c = client();
      const sm = sdkMock(c);
      sm.on(ListModelsCommand).resolves(models('m'));
      mock().seed(image('a', 1));
      expect(await listImages()).toBe('a');
      expect(await listModels(c)).toBe('m');
      expect(await listImages(c)).toBe('undefined');
      sm.restore();
      expect(await listImages(c)).toBe('a');
    });
  });

  describe("sinon's own routes to the stub", () => {
    // sinon.restore() restores every stub in sinon's default sandbox, also aws-sdk-client-mock stubs
    // that were replaced long ago, and sinon's restore of those deletes whatever `send` is installed
    // (with or without this mock). Start from an empty sandbox, so that only the mock's stubs are in it.
    beforeEach(() => sinon.restore());

    it('sinon.restore() leaves a live mock answering, and restoring the mock later still restores the client', async () => {
      const m = mock();
      m.seed(image('a', 1));
      m.stub.on(ListModelsCommand).resolves(models('rule'));
      sinon.restore();
      expect(await listImages()).toBe('a');
      expect(await listModels()).toBe('rule');
      m.restore();
      expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
    });

    it("an old stub of the mock's, restored from outside, leaves a newer mock in place", async () => {
      const old = mock();
      const oldSend = old.stub.send;
      old.restore();
      mock().seed(image('new', 1));
      oldSend.restore();
      sinon.restore();
      expect(await listImages()).toBe('new');
    });

    it("sinon.restore() with the stubs shared takes mockClient's rules away; the mock goes on answering", async () => {
      const sm = sdkMock();
      sm.on(ListModelsCommand).resolves(models('m'));
      mock().seed(image('a', 1));
      sinon.restore();
      expect(await listImages()).toBe('a');
      expect(await listModels()).toBe('UnsupportedCommandError');
    });
  });

  it.each([
    ['its own stub', () => undefined],
    ['a stub shared with mockClient', () => sdkMock()],
  ])('mock.reset() lets go of the rules it drops, on %s', async (_, before) => {
    before();
    const m = mock();
    const held = ((input) => {
      m.stub.on(DescribeImageCommand, input).resolves({ ImageName: 'from-rule' });
      return new WeakRef(input);
    })({ ImageName: 'ruled' });
    m.reset();
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(held.deref()).toBeUndefined();
  });

  it('property: in any sequence of mockClient, mockSageMakerImages, rules, resets and restores, a live mock answers the image operations, and a live mockClient rule answers while its stub is on top', async () => {
    // The model, for SageMakerClient: `live` are the mocks not restored, oldest first (the last one answers).
    // `sm` is the newest mockClient stub: 'installed' (no mock live), 'shared' (with the bottom mock, which is on top),
    // 'buried' ('shared' once, or given back while a newer mock is live), 'gone' (restored or replaced).
    type Step =
      | { kind: 'mockClient' | 'mockImages' | 'smOn' | 'smReset' | 'smRestore' }
      | { kind: 'reset' | 'restore'; which: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      ...(['mockClient', 'mockImages', 'smOn', 'smReset', 'smRestore'] as const).map((kind) => fc.constant<Step>({ kind })),
      ...(['reset', 'restore'] as const).map((kind) => fc.nat({ max: 5 }).map<Step>((which) => ({ kind, which }))),
    );
    interface Mocked { readonly mock: SageMakerImagesMock; readonly name: string; live: boolean; shares: boolean }
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const all: Mocked[] = [];
        const live = () => all.filter((m) => m.live);
        let sm: { stub: AwsClientStub<SageMakerClient>; state: 'installed' | 'shared' | 'buried' | 'gone'; rule?: string } | undefined;
        /** mockClient (also inside sm.reset()) while a mock is live: refused, and nothing changes (a shared stub stays shared). */
        const refused = (call: () => unknown) => {
          expect(call).toThrow(new TypeError(CLASS_REFUSED));
        };
        try {
          for (const [i, s] of steps.entries()) {
            const some = live().length > 0;
            if (s.kind === 'mockClient') {
              if (some) refused(() => mockClient(SageMakerClient));
              else sm = { stub: mockClient(SageMakerClient), state: 'installed' };
            } else if (s.kind === 'mockImages') {
              const m = mockSageMakerImages(SageMakerClient);
              m.seed({ ImageName: `m${i}` });
              const shares = !some && sm?.state === 'installed';
              if (shares) sm!.state = 'shared';
              all.push({ mock: m, name: `m${i}`, live: true, shares });
            } else if (sm === undefined) {
              continue;
            } else if (s.kind === 'smOn') {
              sm.stub.on(ListModelsCommand).resolves(models(`r${i}`));
              sm.rule = `r${i}`;
            } else if (s.kind === 'smReset') {
              if (some) refused(() => sm!.stub.reset());
              else {
                sm.stub.reset();
                sm = { stub: sm.stub, state: 'installed' };
              }
            } else if (s.kind === 'smRestore') {
              // sinon's restore of a stub already restored deletes whatever `send` is installed: outside the invariant.
              if (sm.state === 'gone') continue;
              sm.stub.restore();
              const sharer = all.find((m) => m.shares);
              if (sharer !== undefined) sharer.shares = false;
              sm.state = 'gone';
            }
            if (s.kind === 'reset' || s.kind === 'restore') {
              const m = all[s.which % Math.max(all.length, 1)];
              if (m === undefined) continue;
              if (s.kind === 'reset') {
                m.mock.reset();
                if (m.live) m.mock.seed({ ImageName: m.name });
                if (m.live && m.shares) delete sm!.rule;
              } else if (m.live) {
                m.mock.restore();
                m.live = false;
                if (m.shares) {
                  m.shares = false;
                  sm!.state = 'buried';
                }
                if (live().length === 0 && sm?.state === 'buried') sm.state = 'installed';
              }
            }
            const top = live().at(-1);
            const shared = top?.shares === true;
            expect(await listImages()).toBe(top?.name ?? (sm?.state === 'installed' ? 'undefined' : 'the SDK'));
            const ruled = sm?.rule ?? (shared ? 'UnsupportedCommandError' : 'undefined');
            expect(await listModels()).toBe(top === undefined ? (sm?.state === 'installed' ? ruled : 'the SDK') : shared ? ruled : 'UnsupportedCommandError');
          }
        } finally {
          for (const m of all.reverse()) m.mock.restore();
          if (sm !== undefined && SageMakerClient.prototype.send === sm.stub.send) sm.stub.restore();
        }
        expect(SageMakerClient.prototype.send).toBe(ORIGINAL_SEND);
      }),
    );
  });
});
