import { CreateImageCommand, DeleteImageVersionCommand, DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { expect as jestExpect } from '@jest/globals';
import { AssertionError } from 'node:assert';
import fc from 'fast-check';
import { expectReceived, ImageStore } from 'sagemaker-image-mock';
import type { JournalRecord } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';
import 'sagemaker-image-mock/jest';
import { DOORS, useDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';

// SPEC §15, decision 0042: the journal's matchers, on every door, with failure output listing what
// the store received.

function failureOf(assertion: () => unknown): string | undefined {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

describe.each(DOORS)('the journal matchers, $name', (factory) => {
  const ctx = useDoor(factory);

  beforeEach(async () => {
    ctx.door.store.seed({ ImageName: 'img', Versions: [{ BaseImage: 'repo/img:1' }, { BaseImage: 'repo/img:2' }] });
    const client = ctx.door.client();
    await client.send(new ListImagesCommand({ MaxResults: 5 }));
    await client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 1 }));
    await rejectionOf(client.send(new DeleteImageVersionCommand({ ImageName: 'img', Version: 9 })));
    await client.send(new ListImagesCommand({}));
  });

  it('pass on what the store received: an operation, a count, an input (partial, asymmetric matchers too), the nth call', () => {
    const { store } = ctx.door;
    expect(store).toHaveReceivedRequest('ListImages');
    expect(store).toHaveReceivedRequest(DeleteImageVersionCommand);
    expect(store).toHaveReceivedRequestTimes('ListImages', 2);
    expect(store).toHaveReceivedRequestTimes(CreateImageCommand, 0);
    expect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: 'img', Version: 1 });
    expect(store).toHaveReceivedRequestWith('ListImages', { MaxResults: expect.any(Number) as number });
    expect(store).toHaveReceivedNthRequestWith(DeleteImageVersionCommand, 2, { Version: 9 });
    expect(store).not.toHaveReceivedRequestWith(DeleteImageVersionCommand, { Version: 2 });
    expect(store).not.toHaveReceivedRequest('DescribeImage');
  });

  it('take asymmetric matchers as @jest/globals types them, and print them as they name themselves', () => {
    const { store } = ctx.door;
    jestExpect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: jestExpect.stringMatching(/^im/), Version: jestExpect.any(Number) });
    const message = failureOf(() => jestExpect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: jestExpect.stringMatching(/^zz/), Version: jestExpect.any(Number) }));
    expect(message).toMatch(/^expected DeleteImageVersion with \{"ImageName":StringMatching \/\^zz\/,"Version":Any<Number>\} to have been received \(found 0 matching\)/);
  });

  it('take the store, the journal itself, or a filtered journal', () => {
    const { store } = ctx.door;
    expect(store.requests()).toHaveReceivedRequestTimes('DeleteImageVersion', 2);
    expect(store.requests({ code: 'ResourceNotFound' })).toHaveReceivedRequestWith('DeleteImageVersion', { Version: 9 });
    expect({ requests: JSON.parse(JSON.stringify(store.requests())) as JournalRecord[] }).toHaveReceivedRequestTimes('ListImages', 2);
  });

  it('fail with what was expected and a numbered list of the calls received, their inputs and answers', () => {
    const message = failureOf(() => expect(ctx.door.store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { Version: 2 }));
    expect(message).toBe(
      [
        'expected DeleteImageVersion with {"Version":2} to have been received (found 0 matching)',
        'received 4 calls:',
        '  1. ListImages {"MaxResults":5} -> 200',
        '  2. DeleteImageVersion {"ImageName":"img","Version":1} -> 200',
        '  3. DeleteImageVersion {"ImageName":"img","Version":9} -> 400 ResourceNotFound',
        '  4. ListImages {} -> 200',
      ].join('\n'),
    );
    expect(failureOf(() => expect(ctx.door.store).toHaveReceivedRequestTimes('ListImages', 1))).toMatch(/^expected ListImages to have been received 1 time \(found 2 matching\)\nreceived 4 calls:/);
    expect(failureOf(() => expect(ctx.door.store).toHaveReceivedNthRequestWith('DeleteImageVersion', 3, {}))).toMatch(/^expected call 3 of DeleteImageVersion to have been made with \{\} \(found 2 calls of DeleteImageVersion\)/);
    expect(failureOf(() => expect(ctx.door.store).not.toHaveReceivedRequest('ListImages'))).toMatch(/^expected ListImages not to have been received \(found 2 matching\)/);
  });

  it('expectReceived is the same check for any runner: the matching calls, or an AssertionError with the same report', () => {
    const [call] = expectReceived(ctx.door.store, DeleteImageVersionCommand, { input: { Version: 9 } });
    expect(call).toMatchObject({ status: 400, error: { code: 'ResourceNotFound' } });
    expect(expectReceived(ctx.door.store, 'ListImages', { times: 2 })).toHaveLength(2);
    let thrown: unknown;
    try {
      expectReceived(ctx.door.store, 'ListImages', { nth: 1, input: { MaxResults: 6 } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AssertionError);
    expect((thrown as Error).message).toMatch(/^expected call 1 of ListImages to have been made with \{"MaxResults":6\} \(found 2 calls of ListImages\)\nreceived 4 calls:\n {2}1\. ListImages \{"MaxResults":5\} -> 200/);
  });
});

describe('the journal matchers, sources and arguments', () => {
  it('read the mock and a running server as their store', async () => {
    const server = await startServer();
    try {
      server.store.seed({ ImageName: 'a' });
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'SageMaker.DescribeImage' },
        body: JSON.stringify({ ImageName: 'a' }),
      });
      expect(server).toHaveReceivedRequestWith(DescribeImageCommand, { ImageName: 'a' });
      const journal = (await (await fetch(`${server.url}/_mock/requests`)).json()) as { requests: JournalRecord[] };
      expect(journal).toHaveReceivedRequestTimes('DescribeImage', 1);
    } finally {
      await server.close();
    }
  });

  it('show each call’s account when the journal holds several', () => {
    const store = new ImageStore();
    store.listImages({}, { accountId: '111111111111' });
    store.listImages({}, { accountId: '222222222222' });
    expect(failureOf(() => expect(store).toHaveReceivedRequest('DeleteImage'))).toContain('  2. ListImages {} -> 200 (account 222222222222)');
  });

  it('list the newest 20 calls of a long journal, and say how many are not shown', () => {
    const store = new ImageStore();
    for (let i = 0; i < 25; i += 1) store.listImages({ MaxResults: i + 1 });
    const message = failureOf(() => expect(store).toHaveReceivedRequest('DeleteImage'))!;
    expect(message).toContain('received 25 calls:\n  (5 earlier not shown)\n  6. ListImages {"MaxResults":6} -> 200');
    expect(message.split('\n')).toHaveLength(23);
  });

  it('refuse what they cannot read, naming what they take', () => {
    const store = new ImageStore();
    expect(() => expect({}).toHaveReceivedRequest('ListImages')).toThrow(/expected an ImageStore, the mock .*, a running server .*, or the journal itself/);
    expect(() => expect(store).toHaveReceivedRequest('listImages')).toThrow(/the operation must be its name \('DeleteImageVersion'\) or the SDK's command class/);
    expect(() => expect(store).toHaveReceivedRequestTimes('ListImages', -1)).toThrow(/times must be a whole number, not -1/);
    // A slip of an implemented operation would make `.not` and Times(0) pass on nothing: refused.
    expect(() => expect(store).not.toHaveReceivedRequest('ListImage')).toThrow("toHaveReceivedRequest: 'ListImage' is not an operation of the mock: did you mean 'ListImages'?");
    expect(() => expectReceived(store, 'DescribeImages', { times: 0 })).toThrow(/did you mean 'DescribeImage'\?/);
    // An operation the mock does not implement (stubbed on the wire doors) is taken.
    expect(store).toHaveReceivedRequestTimes('DeleteApp', 0);
    expect(() => expect(store).toHaveReceivedNthRequestWith('ListImages', 0, {})).toThrow(/n must be a whole number, 1 or more, not 0/);
    // What would otherwise pass on nothing, or be ignored, is refused.
    expect(() => (expect(store).toHaveReceivedRequestTimes as (op: string) => void)('ListImages')).toThrow(/times must be a whole number, not NaN/);
    expect(() => expect(store).toHaveReceivedRequestWith('ListImages', null as never)).toThrow("toHaveReceivedRequestWith: the input must be an object of the members to match (e.g. { ImageName: 'img' }), not null");
    expect(() => expect(store).toHaveReceivedRequestWith('ListImages', [] as never)).toThrow(/not an array/);
    expect(() => expectReceived(store, 'ListImages', { nth: 1, times: 5 })).toThrow('expectReceived: give times or nth, not both');
  });
});

describe('the journal matchers, a law', () => {
  const call = fc.record({ operation: fc.constantFrom('DescribeImage', 'DeleteImage'), ImageName: fc.constantFrom('a', 'b', 'c') });

  it('pass exactly when the calls made say so: Times counts them, With finds an input, Nth is the nth call', () => {
    fc.assert(
      fc.property(fc.array(call, { maxLength: 12 }), call, fc.nat({ max: 13 }), (made, probe, n) => {
        const store = new ImageStore();
        for (const { operation, ImageName } of made) {
          try {
            store.call(operation, { ImageName });
          } catch {
            // not found: journalled all the same
          }
        }
        const ofOperation = made.filter((m) => m.operation === probe.operation);
        const passes = (assertion: () => unknown) => failureOf(assertion) === undefined;
        expect(passes(() => expect(store).toHaveReceivedRequestTimes(probe.operation, ofOperation.length))).toBe(true);
        expect(passes(() => expect(store).toHaveReceivedRequestTimes(probe.operation, ofOperation.length + 1))).toBe(false);
        expect(passes(() => expect(store).toHaveReceivedRequest(probe.operation))).toBe(ofOperation.length > 0);
        expect(passes(() => expect(store).toHaveReceivedRequestWith(probe.operation, { ImageName: probe.ImageName }))).toBe(ofOperation.some((m) => m.ImageName === probe.ImageName));
        expect(passes(() => expect(store).not.toHaveReceivedRequestWith(probe.operation, { ImageName: probe.ImageName }))).toBe(!ofOperation.some((m) => m.ImageName === probe.ImageName));
        if (n >= 1) expect(passes(() => expect(store).toHaveReceivedNthRequestWith(probe.operation, n, { ImageName: probe.ImageName }))).toBe(ofOperation[n - 1]?.ImageName === probe.ImageName);
        expect(expectReceived(store.requests(), probe.operation, { times: ofOperation.length }).map((c) => c.input)).toEqual(ofOperation.map(({ ImageName }) => ({ ImageName })));
      }),
    );
  });
});
