import { DescribeImageCommand, ListImagesCommand, SageMakerServiceException } from '@aws-sdk/client-sagemaker';
import { ImageStore } from 'sagemaker-image-mock';
import { DOORS, sdkClientMockDoor, useDoor, WIRE_DOORS } from '../support/doors';
import { rejectionOf } from '../support/errors';

// SPEC §15: errors of any code, before anything else a call does; the SDK's own retry rules run on
// the wire doors (a 5xx is retried), and door 1's 5xx is the server's fault.
describe.each(DOORS)('errorNext, $name', (factory) => {
  const ctx = useDoor(factory);

  it('answers the next matching call with the code, message and status given, then the store answers again', async () => {
    ctx.door.store.errorNext({ code: 'AccessDeniedException', message: 'User is not authorized', operation: 'ListImages' });
    const client = ctx.door.client();
    await client.send(new DescribeImageCommand({ ImageName: 'a' })).catch(() => undefined); // another operation: not this one
    const error = (await rejectionOf(client.send(new ListImagesCommand({}))));
    expect(error).toBeInstanceOf(SageMakerServiceException);
    expect([error.name, error.message, error.$fault, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(['AccessDeniedException', 'User is not authorized', 'client', 400, 1]);
    expect((await client.send(new ListImagesCommand({}))).Images).toEqual([]);
  });

  it('comes before validation, as throttling does', async () => {
    ctx.door.store.errorNext({ code: 'AccessDeniedException' });
    const error = await rejectionOf(ctx.door.client().send(new ListImagesCommand({ MaxResults: 0 })));
    expect([error.name, error.message]).toEqual(['AccessDeniedException', 'AccessDeniedException (error injected by the test)']);
  });
});

describe.each(WIRE_DOORS)('errorNext through the SDK’s retries, $name', (factory) => {
  const ctx = useDoor(factory);

  it('a 500 is retried by the SDK: one injected InternalFailure costs one more attempt, and the call succeeds', async () => {
    ctx.door.store.errorNext({ code: 'InternalFailure', count: 1 });
    const out = await ctx.door.client().send(new ListImagesCommand({}));
    expect(out.$metadata.attempts).toBe(2);
  });

  it('more 503s than the SDK attempts: it gives up with the error, after its three attempts', async () => {
    ctx.door.store.errorNext({ code: 'ServiceUnavailable', count: 5 });
    const error = (await rejectionOf(ctx.door.client().send(new ListImagesCommand({}))));
    expect([error.name, error.$fault, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(['ServiceUnavailable', 'server', 503, 3]);
  });

  it('a 400 is not retried', async () => {
    ctx.door.store.errorNext({ code: 'AccessDeniedException', count: 2 });
    const error = (await rejectionOf(ctx.door.client().send(new ListImagesCommand({}))));
    expect(error.$metadata.attempts).toBe(1);
  });

  it('accountId picks the calls of one account (the access key id on the wire)', async () => {
    ctx.door.store.errorNext({ code: 'AccessDeniedException', accountId: '111111111111' });
    expect((await ctx.door.client('us-east-1', '222222222222').send(new ListImagesCommand({}))).Images).toEqual([]);
    expect((await rejectionOf(ctx.door.client('us-east-1', '111111111111').send(new ListImagesCommand({})))).name).toBe('AccessDeniedException');
  });
});

describe('errorNext on door 1', () => {
  const ctx = useDoor(sdkClientMockDoor);

  it('a 5xx carries $fault server and its status; door 1 does not retry', async () => {
    ctx.door.store.errorNext({ code: 'InternalFailure', message: 'boom' });
    const error = (await rejectionOf(ctx.door.client().send(new ListImagesCommand({}))));
    expect([error.name, error.message, error.$fault, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual(['InternalFailure', 'boom', 'server', 500, 1]);
  });
});

describe('errorNext refuses an injection no call can meet', () => {
  it.each([
    [{ code: '' }, /code must be an AWS error code/],
    [{ code: 'X', httpStatus: 200 }, /httpStatus must be a status from 400 to 599/],
    [{ code: 'X', operation: 'ListImage' }, /operation must be one of the operations/],
    [{ code: 'X', count: 0 }, /count must be a whole number/],
    [{ code: 'X', accountId: '12' }, /accountId must be a 12-digit account/],
    [{ code: 'X', status: 500 }, /unknown/i],
  ])('%j', (injection, message) => {
    const store = new ImageStore();
    expect(() => store.errorNext(injection as never)).toThrow(message);
    expect(store.listImages().Images).toEqual([]);
  });
});
