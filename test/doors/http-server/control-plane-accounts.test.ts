import { CreateImageCommand, DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { useSharedServer } from '../../support/shared-server';

// SPEC §15, decision 0038: every control-plane call takes `?account=`, and acts on that account
// alone; a worker signs its calls with its account as the access key id (decision 0036).
const A = '111111111111';
const B = '222222222222';
const ROLE = 'arn:aws:iam::123456789012:role/r';

const { control, worker } = useSharedServer();
const names = async (account: string) => ((await worker(account).send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING' }))).Images ?? []).map((i) => i.ImageName);

describe('the control plane, one account at a time (?account=)', () => {
  beforeEach(async () => {
    await control('POST', `seed?account=${A}`, [{ ImageName: 'a1' }, { ImageName: 'a2' }]);
    await control('POST', `seed?account=${B}`, [{ ImageName: 'b1' }]);
  });

  it('seed puts the seeds in that account; reset empties that account alone', async () => {
    expect([await names(A), await names(B)]).toEqual([['a1', 'a2'], ['b1']]);
    expect(await control('POST', `reset?account=${A}`)).toEqual({ status: 200, json: { reset: true } });
    expect([await names(A), await names(B)]).toEqual([[], ['b1']]);
  });

  it('snapshot pictures that account alone, and restore puts it back without touching the others', async () => {
    const { json: picture } = await control('GET', `snapshot?account=${A}`);
    expect((picture['namespaces'] as { accountId: string }[]).map((ns) => ns.accountId)).toEqual([A]);
    await worker(A).send(new CreateImageCommand({ ImageName: 'a3', RoleArn: ROLE }));
    await worker(B).send(new CreateImageCommand({ ImageName: 'b2', RoleArn: ROLE }));
    expect(await control('POST', `restore?account=${A}`, picture)).toEqual({ status: 200, json: { restored: true } });
    expect([await names(A), await names(B)]).toEqual([['a1', 'a2'], ['b1', 'b2']]);
  });

  it('restore into one account refuses a snapshot of another, and changes nothing', async () => {
    const { json: picture } = await control('GET', `snapshot?account=${B}`);
    const refused = await control('POST', `restore?account=${A}`, picture);
    expect(refused).toMatchObject({ status: 400, json: { error: 'InvalidSnapshot', message: expect.stringContaining('snapshot.namespaces[0].accountId: pictures another account') } });
    expect([await names(A), await names(B)]).toEqual([['a1', 'a2'], ['b1']]);
  });

  it('fail-next and throttle-next act on calls of that account alone', async () => {
    expect(await control('POST', `fail-next?account=${A}`, { operation: 'CreateImage', ImageName: 'x', FailureReason: 'planned' })).toMatchObject({ status: 200 });
    await worker(B).send(new CreateImageCommand({ ImageName: 'x', RoleArn: ROLE }));
    await worker(A).send(new CreateImageCommand({ ImageName: 'x', RoleArn: ROLE }));
    expect((await worker(B).send(new DescribeImageCommand({ ImageName: 'x' }))).ImageStatus).toBe('CREATED');
    expect((await worker(A).send(new DescribeImageCommand({ ImageName: 'x' }))).ImageStatus).toBe('CREATE_FAILED');
    expect(await control('POST', `throttle-next?account=${A}`, { calls: 1 })).toEqual({ status: 200, json: { throttled: 1 } });
    expect(await names(B)).toEqual(['b1', 'x']);
    await expectServiceError(worker(A).send(new ListImagesCommand({})), 'ThrottlingException');
    expect(await names(A)).toEqual(['a1', 'a2', 'x']);
  });

  it('a seed or injection naming another account is refused, and stores nothing', async () => {
    const seed = await control('POST', `seed?account=${A}`, [{ ImageName: 'ok' }, { ImageName: 'theirs', accountId: B }]);
    expect(seed).toMatchObject({ status: 400, json: { error: 'InvalidSeed', message: `a seed names account '${B}', but the request acts on account ${A} alone` } });
    const injection = await control('POST', `fail-next?account=${A}`, { operation: 'CreateImage', ImageName: 'x', accountId: B });
    expect(injection).toMatchObject({ status: 400, json: { error: 'InvalidInjection' } });
    expect(await names(A)).toEqual(['a1', 'a2']);
  });

  it.each([
    ['an account that is not 12 digits', 'reset?account=1234', "account '1234' is not 12 digits"],
    ['an unknown query parameter', 'reset?acount=111111111111', "Unknown query parameter 'acount'"],
    ['account twice', `reset?account=${A}&account=${B}`, 'account is given more than once'],
  ])('%s is a 400 InvalidQuery that changes nothing', async (_, path, message) => {
    expect(await control('POST', path)).toMatchObject({ status: 400, json: { error: 'InvalidQuery', message: expect.stringContaining(message) } });
    expect([await names(A), await names(B)]).toEqual([['a1', 'a2'], ['b1']]);
  });
});

describe('POST /_mock/error-next', () => {
  it('plans an error of any code and status (`status` for `httpStatus`), for one account with ?account=', async () => {
    expect(await control('POST', `error-next?account=${A}`, { code: 'InternalFailure', message: 'boom', status: 500, operation: 'ListImages' })).toEqual({ status: 200, json: { planned: true } });
    expect(await names(B)).toEqual([]);
    const error = await worker(A).send(new ListImagesCommand({})).catch((e: unknown) => e as { name: string; $metadata: { httpStatusCode: number } });
    expect([(error as { name: string }).name, (error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode]).toEqual(['InternalFailure', 500]);
  });

  it('refuses an injection no call can meet with a 400 InvalidInjection', async () => {
    expect(await control('POST', 'error-next', { code: 'X', status: 200 })).toMatchObject({ status: 400, json: { error: 'InvalidInjection', message: expect.stringContaining('httpStatus must be a status from 400 to 599') } });
  });
});

describe('GET /_mock/requests', () => {
  it('answers the journal, oldest first, filtered by operation, code and ?account= (times and Dates as ISO strings)', async () => {
    await worker(A).send(new CreateImageCommand({ ImageName: 'a', RoleArn: ROLE }));
    await worker(B).send(new DescribeImageCommand({ ImageName: 'gone' })).catch(() => undefined);
    const all = await control('GET', 'requests');
    expect((all.json['requests'] as { operation: string; account: string; status: number }[]).map((r) => [r.operation, r.account, r.status])).toEqual([['CreateImage', A, 200], ['DescribeImage', B, 400]]);
    const mine = await control('GET', `requests?account=${A}&operation=CreateImage`);
    expect(mine.json['requests']).toEqual([expect.objectContaining({ input: { ImageName: 'a', RoleArn: ROLE }, output: { ImageArn: `arn:aws:sagemaker:us-east-1:${A}:image/a` }, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })]);
    const errors = await control('GET', 'requests?code=ResourceNotFound');
    expect(errors.json['requests']).toEqual([expect.objectContaining({ error: { code: 'ResourceNotFound', message: expect.stringContaining('does not exist') } })]);
    expect(await control('GET', 'requests?operaton=X')).toMatchObject({ status: 400, json: { error: 'InvalidQuery' } });
    await control('POST', `reset?account=${A}`);
    expect((await control('GET', 'requests')).json['requests']).toHaveLength(1);
  });
});

