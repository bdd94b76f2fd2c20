import { CreateImageCommand, DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { ImageStore } from 'sagemaker-image-mock';
import { DOORS, useDoor, WIRE_DOORS } from '../support/doors';

// SPEC §15: the request journal, filled by every door, bounded, cleared by reset.
const ROLE = 'arn:aws:iam::123456789012:role/r';

describe.each(DOORS)('the request journal, $name', (factory) => {
  const ctx = useDoor(factory);

  it('keeps every call the store answered, oldest first: operation, account, region, the input read, status, output or error', async () => {
    const client = ctx.door.client('eu-west-1');
    await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    await client.send(new DescribeImageCommand({ ImageName: 'gone' })).catch(() => undefined);
    const [created, missing] = ctx.door.store.requests();
    expect(created).toMatchObject({ operation: 'CreateImage', account: '123456789012', region: 'eu-west-1', input: { ImageName: 'img', RoleArn: ROLE }, status: 200, output: { ImageArn: 'arn:aws:sagemaker:eu-west-1:123456789012:image/img' } });
    expect(created!.time).toBeInstanceOf(Date);
    expect(missing).toMatchObject({ operation: 'DescribeImage', status: 400, error: { code: 'ResourceNotFound', message: 'Image with ARN arn:aws:sagemaker:eu-west-1:123456789012:image/gone does not exist' } });
    expect(ctx.door.store.requests({ code: 'ResourceNotFound' })).toHaveLength(1);
    expect(ctx.door.store.requests({ operation: 'ListImages' })).toEqual([]);
  });

  it('reset() empties it', async () => {
    await ctx.door.client().send(new ListImagesCommand({}));
    ctx.door.store.reset();
    expect(ctx.door.store.requests()).toEqual([]);
  });
});

describe.each(WIRE_DOORS)('the request journal and accounts, $name', (factory) => {
  const ctx = useDoor(factory);

  it('names the account of the access key id; a scoped reset empties that account’s calls alone', async () => {
    await ctx.door.client('us-east-1', '111111111111').send(new ListImagesCommand({}));
    await ctx.door.client('us-east-1', '222222222222').send(new ListImagesCommand({}));
    expect(ctx.door.store.requests({ account: '111111111111' })).toHaveLength(1);
    ctx.door.store.reset({ accountId: '111111111111' });
    expect(ctx.door.store.requests().map((r) => r.account)).toEqual(['222222222222']);
  });
});

describe('the journal on the store', () => {
  it('is a ring of journalSize calls: the newest kept', () => {
    const store = new ImageStore({ journalSize: 2 });
    for (const MaxResults of [1, 2, 3]) store.listImages({ MaxResults });
    expect(store.requests().map((r) => (r.input as { MaxResults: number }).MaxResults)).toEqual([2, 3]);
    expect(new ImageStore({ journalSize: 0 }).requests()).toEqual([]);
    expect(() => new ImageStore({ journalSize: -1 })).toThrow('option journalSize must be a whole number >= 0');
  });

  it('keeps copies: what a caller changes afterwards, or a reader changes, is not the journal', () => {
    const store = new ImageStore();
    const input = { ImageName: 'img', RoleArn: ROLE, Tags: [{ Key: 'k', Value: 'v' }] };
    const output = store.createImage(input);
    input.Tags[0]!.Value = 'changed';
    (output).ImageArn = 'changed';
    const [read] = store.requests();
    (read!.input as typeof input).ImageName = 'changed too';
    expect(store.requests()[0]).toMatchObject({ input: { ImageName: 'img', Tags: [{ Key: 'k', Value: 'v' }] }, output: { ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/img' } });
  });

  it('keeps what arrived when it did not validate, and calls refused before validation', () => {
    const store = new ImageStore();
    store.throttleNext(1);
    expect(() => store.listImages({ MaxResults: 5 })).toThrow();
    expect(() => store.listImages({ MaxResults: 0 })).toThrow();
    expect(store.requests().map((r) => [r.error?.code, r.input])).toEqual([['ThrottlingException', { MaxResults: 5 }], ['ValidationException', { MaxResults: 0 }]]);
    expect(() => store.requests({ operaton: 'ListImages' } as never)).toThrow(/operaton/);
  });

  it('keeps a request nested deeper than any valid one cut at 32 levels of the entry: the call still gets the service’s error', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i += 1) deep = [deep];
    const store = new ImageStore();
    expect(() => store.addTags({ ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/a', Tags: deep as never })).toThrow(expect.objectContaining({ name: 'SerializationException' }) as Error);
    let kept = (store.requests()[0]!.input as { Tags: unknown }).Tags;
    let depth = 0;
    while (Array.isArray(kept)) [kept, depth] = [kept[0], depth + 1];
    // 32 levels from the entry: the entry, its input and Tags are the first two.
    expect([depth, kept]).toEqual([31, '(nested too deep to keep)']);
  });
});
