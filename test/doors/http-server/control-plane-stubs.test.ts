import { CreateUserProfileCommand } from '@aws-sdk/client-sagemaker';
import { rejectionOf } from '../../support/errors';
import { useSharedServer } from '../../support/shared-server';

// SPEC §15, decision 0041: POST /_mock/stubs, the wire's way to stubOperation.
const A = '111111111111';
const B = '222222222222';
const ARN = 'arn:aws:sagemaker:us-east-1:111111111111:user-profile/d-1/ana';
const create = new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' });

const { control, worker } = useSharedServer();

describe('POST /_mock/stubs', () => {
  it('takes one stub or a list; an error’s `status` is its HTTP status', async () => {
    expect(await control('POST', 'stubs', { operation: 'CreateUserProfile', output: { UserProfileArn: ARN } })).toEqual({ status: 200, json: { stubbed: 1 } });
    expect(await control('POST', 'stubs', [{ operation: 'CreateUserProfile', error: { code: 'ServiceUnavailable', message: 'busy', status: 503 }, count: 1 }])).toEqual({ status: 200, json: { stubbed: 1 } });
    const error = await rejectionOf(worker(A).send(create));
    expect([error.name, error.message, error.$metadata.httpStatusCode, error.$fault]).toEqual(['ServiceUnavailable', 'busy', 503, 'server']);
    expect((await worker(A).send(create)).UserProfileArn).toBe(ARN);
  });

  it('?account= plans the stub for that account alone, and a scoped reset drops it', async () => {
    await control('POST', `stubs?account=${A}`, { operation: 'CreateUserProfile', output: { UserProfileArn: ARN } });
    expect((await worker(A).send(create)).UserProfileArn).toBe(ARN);
    expect((await rejectionOf(worker(B).send(create))).name).toBe('UnknownOperationException');
    const refused = await control('POST', `stubs?account=${A}`, { operation: 'CreateUserProfile', output: {}, accountId: B });
    expect(refused.status).toBe(400);
    await control('POST', `reset?account=${A}`);
    expect((await rejectionOf(worker(A).send(create))).name).toBe('UnknownOperationException');
  });

  it('a stub that cannot answer is a 400 InvalidStub naming the problem, and none of the list is planned', async () => {
    const refused = await control('POST', 'stubs', [
      { operation: 'CreateUserProfile', output: { UserProfileArn: ARN } },
      { operation: 'ListImages', output: { Images: [] } },
    ]);
    expect(refused).toEqual({ status: 400, json: { error: 'InvalidStub', message: expect.stringContaining("ListImages is answered by the store's own rules") as unknown } });
    expect((await rejectionOf(worker(A).send(create))).name).toBe('UnknownOperationException');
    expect((await control('POST', 'stubs', { operation: 'CreateUserProfile' })).json).toEqual({ error: 'InvalidStub', message: expect.stringContaining('output or error must be given') as unknown });
    expect((await control('POST', 'stubs', 'nope')).json).toEqual({ error: 'InvalidStub', message: expect.stringContaining('must be an object') as unknown });
    expect((await control('POST', 'stubs', { operation: 'CreateUserProfile', error: { code: 'X', status: 500, httpStatus: 503 } })).json).toEqual({ error: 'InvalidStub', message: expect.stringContaining('give status or httpStatus, not both') as unknown });
    expect((await control('POST', 'error-next', { code: 'X', status: 500, httpStatus: 503 })).json).toEqual({ error: 'InvalidInjection', message: expect.stringContaining('give status or httpStatus, not both') as unknown });
  });

  it('the journal shows the stubbed calls, filtered by account', async () => {
    await control('POST', 'stubs', { operation: 'CreateUserProfile', output: { UserProfileArn: ARN } });
    await worker(A).send(create);
    await worker(B).send(create);
    const { json } = await control('GET', `requests?account=${A}`);
    expect(json['requests']).toEqual([
      expect.objectContaining({ operation: 'CreateUserProfile', account: A, input: { DomainId: 'd-1', UserProfileName: 'ana' }, status: 200, output: { UserProfileArn: ARN } }),
    ]);
  });
});
