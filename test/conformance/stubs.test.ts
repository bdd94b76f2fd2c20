import {
  CreateUserProfileCommand,
  DescribeUserProfileCommand,
  ListImagesCommand,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import * as sagemaker from '@aws-sdk/client-sagemaker';
import { ImageStore, IMPLEMENTED_OPERATIONS } from 'sagemaker-image-mock';
import { useDoor, WIRE_DOORS } from '../support/doors';
import { rejectionOf } from '../support/errors';

// SPEC §15, decision 0041: canned answers for operations the store does not implement, on the wire
// doors (door 1 keeps mock.stub.on). What no stub answers still fails loudly.
const PROFILE_ARN = 'arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana';
const create = new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' });
const describeProfile = new DescribeUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' });

describe.each(WIRE_DOORS)('stubOperation, $name', (factory) => {
  const ctx = useDoor(factory);

  it('an operation without a stub fails loudly with UnknownOperationException, naming how to stub it', async () => {
    const error = await rejectionOf(ctx.door.client().send(create));
    expect(error).toBeInstanceOf(SageMakerServiceException);
    expect(error.name).toBe('UnknownOperationException');
    expect(error.message).toContain('does not implement the operation CreateUserProfile');
    expect(error.message).toContain('POST /_mock/stubs');
  });

  it('a stub answers with its output, through the SDK’s deserializer (timestamps included), until reset', async () => {
    ctx.door.store.stubOperation(
      { operation: 'CreateUserProfile', output: { UserProfileArn: PROFILE_ARN } },
      { operation: 'DescribeUserProfile', output: { UserProfileName: 'ana', Status: 'InService', CreationTime: new Date('2024-01-02T03:04:05Z') } },
    );
    const client = ctx.door.client();
    for (let i = 0; i < 3; i += 1) expect((await client.send(create)).UserProfileArn).toBe(PROFILE_ARN);
    const described = await client.send(describeProfile);
    expect([described.UserProfileName, described.Status, described.CreationTime]).toEqual(['ana', 'InService', new Date('2024-01-02T03:04:05Z')]);
    ctx.door.store.reset();
    expect((await rejectionOf(client.send(create))).name).toBe('UnknownOperationException');
  });

  it('a stub with an error fails the call with its code, message and status; a 5xx is retried by the SDK', async () => {
    ctx.door.store.stubOperation(
      { operation: 'DescribeUserProfile', output: { UserProfileName: 'ana' } },
      { operation: 'DescribeUserProfile', error: { code: 'InternalFailure', message: 'try again' }, count: 1 },
      { operation: 'CreateUserProfile', error: { code: 'ResourceInUse', message: 'User profile ana exists.' } },
    );
    const client = ctx.door.client();
    const retried = await client.send(describeProfile);
    expect([retried.UserProfileName, retried.$metadata.attempts]).toEqual(['ana', 2]);
    const error = await rejectionOf(client.send(create));
    expect([error.name, error.message, error.$fault, error.$metadata.httpStatusCode]).toEqual(['ResourceInUse', 'User profile ana exists.', 'client', 400]);
  });

  it('the newest stub answers first; one with a count gives way to the one before when its calls are used', async () => {
    ctx.door.store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: `${PROFILE_ARN}-always` } });
    ctx.door.store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: `${PROFILE_ARN}-twice` }, count: 2 });
    const client = ctx.door.client();
    const arns = [];
    for (let i = 0; i < 4; i += 1) arns.push((await client.send(create)).UserProfileArn);
    expect(arns).toEqual([`${PROFILE_ARN}-twice`, `${PROFILE_ARN}-twice`, `${PROFILE_ARN}-always`, `${PROFILE_ARN}-always`]);
  });

  it('a stub of one account answers that account’s calls only (the access key id on the wire)', async () => {
    ctx.door.store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: PROFILE_ARN }, accountId: '111111111111' });
    expect((await ctx.door.client('us-east-1', '111111111111').send(create)).UserProfileArn).toBe(PROFILE_ARN);
    expect((await rejectionOf(ctx.door.client('us-east-1', '222222222222').send(create))).name).toBe('UnknownOperationException');
    ctx.door.store.reset({ accountId: '111111111111' });
    expect((await rejectionOf(ctx.door.client('us-east-1', '111111111111').send(create))).name).toBe('UnknownOperationException');
  });

  it('stubbed calls are throttled and meet errorNext as any call, and are journalled with what arrived', async () => {
    ctx.door.store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: PROFILE_ARN } });
    ctx.door.store.throttleNext(1);
    const out = await ctx.door.client().send(create);
    expect(out.$metadata.attempts).toBe(2);
    await rejectionOf(ctx.door.client().send(describeProfile));
    const calls = ctx.door.store.requests().map((r) => [r.operation, r.status, r.error?.code ?? r.output]);
    expect(calls).toEqual([
      ['CreateUserProfile', 400, 'ThrottlingException'],
      ['CreateUserProfile', 200, { UserProfileArn: PROFILE_ARN }],
      ['DescribeUserProfile', 400, 'UnknownOperationException'],
    ]);
    expect(ctx.door.store.requests({ operation: 'CreateUserProfile' })[1]?.input).toEqual({ DomainId: 'd-1', UserProfileName: 'ana' });
  });

  it('a snapshot keeps the stubs still to answer, and restore brings them back', async () => {
    ctx.door.store.stubOperation({ operation: 'CreateUserProfile', output: { UserProfileArn: PROFILE_ARN }, count: 2 });
    const client = ctx.door.client();
    await client.send(create);
    const picture = JSON.parse(JSON.stringify(ctx.door.store.snapshot())) as never;
    await client.send(create);
    expect((await rejectionOf(client.send(create))).name).toBe('UnknownOperationException');
    ctx.door.store.restore(picture);
    expect((await client.send(create)).UserProfileArn).toBe(PROFILE_ARN);
    expect((await rejectionOf(client.send(create))).name).toBe('UnknownOperationException');
  });

  it('a slip of an implemented operation is told the operation it meant, not how to stub it', () => {
    expect(() => ctx.door.store.callUnimplemented('ListImage', {})).toThrow('sagemaker-image-mock does not implement the operation ListImage: did you mean ListImages?');
  });

  it('the implemented operations are the store’s: a stub cannot shadow them', async () => {
    expect(() => ctx.door.store.stubOperation({ operation: 'ListImages', output: { Images: [] } })).toThrow(/ListImages is answered by the store's own rules/);
    ctx.door.store.seed({ ImageName: 'a' });
    expect((await ctx.door.client().send(new ListImagesCommand({}))).Images).toHaveLength(1);
  });
});

describe('stubOperation refuses a stub that cannot answer, and plans none of the call’s stubs', () => {
  const good = { operation: 'CreateUserProfile', output: {} };
  it.each([
    [{ operation: 'createUserProfile', output: {} }, /operation must be an operation's name/],
    [{ operation: 'ListImages', output: {} }, /cannot be stubbed/],
    [{ operation: 'CreateUserProfile' }, /output or error must be given, one of the two/],
    [{ operation: 'CreateUserProfile', output: {}, error: { code: 'X' } }, /one of the two/],
    [{ operation: 'CreateUserProfile', output: [] }, /output must be an object/],
    [{ operation: 'CreateUserProfile', output: { A: new Map() } }, /output\.A must be JSON data .* not a Map object/],
    [{ operation: 'CreateUserProfile', output: { A: [1, Number.NaN] } }, /output\.A\[1\] must be JSON data/],
    [{ operation: 'CreateUserProfile', output: { A: () => 1 } }, /not a function/],
    [{ operation: 'CreateUserProfile', error: { code: '' } }, /code must be an AWS error code/],
    [{ operation: 'CreateUserProfile', error: { code: 'X', httpStatus: 302 } }, /httpStatus must be a status from 400 to 599/],
    [{ operation: 'CreateUserProfile', error: { code: 'X', status: 500 } }, /unknown option 'status'/],
    [{ operation: 'CreateUserProfile', output: {}, count: 0 }, /count must be a whole number/],
    [{ operation: 'CreateUserProfile', output: {}, accountId: '1' }, /accountId must be a 12-digit account/],
    [{ operation: 'CreateUserProfile', output: {}, times: 2 }, /unknown option 'times'/],
  ])('%j', (stub, message) => {
    const store = new ImageStore();
    expect(() => store.stubOperation(good, stub as never)).toThrow(message);
    expect(store.snapshot()).toMatchObject({ stubs: [] });
  });

  it('a cycle in the output is refused, not followed', () => {
    const output: Record<string, unknown> = {};
    output['self'] = output;
    expect(() => new ImageStore().stubOperation({ operation: 'CreateUserProfile', output })).toThrow(/nested deeper than 32/);
  });
});

describe('stubOperation takes every operation of the service the mock does not implement', () => {
  it('no SageMaker command of the SDK is refused as a slip of an implemented operation; slips of them are', () => {
    const operations = Object.keys(sagemaker).filter((name) => /^[A-Z]\w*Command$/.test(name)).map((name) => name.slice(0, -'Command'.length));
    expect(operations.length).toBeGreaterThan(300);
    const implemented = new Set<string>(IMPLEMENTED_OPERATIONS);
    const store = new ImageStore();
    for (const operation of operations.filter((name) => !implemented.has(name))) store.stubOperation({ operation, output: {} });
    expect(() => store.stubOperation({ operation: 'ListImage', output: {} })).toThrow("stubOperation(stub): 'ListImage' is not an operation of the mock: did you mean 'ListImages'?");
    expect(() => store.stubOperation({ operation: 'DeleteDomains', output: {} })).toThrow(/did you mean 'DeleteDomain'\?/);
  });
});
