import { CreateDomainCommand, CreateImageCommand, DescribeImageCommand, ListImagesCommand, ListTagsCommand } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { DOORS, sdkClientMockDoor, useDoor, WIRE_DOORS } from '../support/doors';

// SPEC §15, decision 0036: on the wire doors a request signed with a 12-digit access key id acts in
// that account: its namespace, ARNs, tokens and quotas. Door 1 never resolves credentials.
const ROLE = 'arn:aws:iam::123456789012:role/r';
const A = '111111111111';
const B = '222222222222';

describe.each(WIRE_DOORS)('accounts from access keys, $name', (factory) => {
  const ctx = useDoor(factory, { limits: { images: 1 } });

  it('a 12-digit access key id is the account: ARNs, namespaces and the store see it', async () => {
    const a = ctx.door.client('us-east-1', A);
    const b = ctx.door.client('us-east-1', B);
    const { ImageArn } = await a.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    expect(ImageArn).toBe(`arn:aws:sagemaker:us-east-1:${A}:image/img`);
    expect((await b.send(new ListImagesCommand({}))).Images).toEqual([]);
    await expectServiceError(b.send(new DescribeImageCommand({ ImageName: 'img' })), 'ResourceNotFound', `Image with ARN arn:aws:sagemaker:us-east-1:${B}:image/img does not exist`);
    expect(ctx.door.store.listImages({}, { accountId: A }).Images?.map((i) => i.ImageName)).toEqual(['img']);
    expect(ctx.door.store.listImages().Images).toEqual([]);
    const { DomainArn } = await b.send(new CreateDomainCommand({ DomainName: 'studio', AuthMode: 'IAM', DefaultUserSettings: {} }));
    expect(DomainArn).toMatch(new RegExp(`^arn:aws:sagemaker:us-east-1:${B}:domain/d-[a-z0-9]{12}$`));
  });

  it('quotas are per account, and a tag call on another account’s ARN is refused', async () => {
    const a = ctx.door.client('us-east-1', A);
    const b = ctx.door.client('us-east-1', B);
    const { ImageArn } = await a.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    await b.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE })); // limits.images is 1 per account
    await expectServiceError(a.send(new CreateImageCommand({ ImageName: 'second', RoleArn: ROLE })), 'ResourceLimitExceeded');
    await expectServiceError(b.send(new ListTagsCommand({ ResourceArn: ImageArn })), 'ValidationException', 'Resource does not exist.');
  });

  it('a NextToken is bound to its account', async () => {
    const a = ctx.door.client('us-east-1', A);
    ctx.door.store.seed({ ImageName: 'x', accountId: A }, { ImageName: 'y', accountId: A }, { ImageName: 'x', accountId: B }, { ImageName: 'y', accountId: B });
    const { NextToken } = await a.send(new ListImagesCommand({ MaxResults: 1 }));
    await expectServiceError(
      ctx.door.client('us-east-1', B).send(new ListImagesCommand({ MaxResults: 1, NextToken })),
      'ValidationException',
      'Invalid pagination token (NextToken): it was issued for another account or region.',
    );
  });

  it('any other access key id acts in the store’s own account', async () => {
    for (const key of ['AKIDEXAMPLE', '12345678901', '1234567890123', '12345678901a', 'test']) {
      const described = ctx.door.client('us-east-1', key).send(new DescribeImageCommand({ ImageName: 'ghost' }));
      await expectServiceError(described, 'ResourceNotFound', 'Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist');
    }
  });
});

describe('accounts from access keys, the aws-sdk-client-mock door', () => {
  const ctx = useDoor(sdkClientMockDoor);

  it('never resolves credentials: every call acts in the store’s account', async () => {
    const { ImageArn } = await ctx.door.client('us-east-1', A).send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
    expect(ImageArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:image/img');
  });
});

test('the wire doors are the doors but the first', () => {
  expect(DOORS.filter((door) => !WIRE_DOORS.includes(door))).toEqual([sdkClientMockDoor]);
});
