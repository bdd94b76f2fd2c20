import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { image, names } from '../support/fixtures';
import { rejectionOf } from '../support/errors';

describe.each(DOORS)('behaviour §7 names, ARNs, accounts and regions, $name', (factory) => {
  const ctx = useDoor(factory, { accountId: '210987654321' });

  it.each([
    ['us-east-1', 'arn:aws:sagemaker:us-east-1:210987654321:image/Img'],
    ['cn-north-1', 'arn:aws-cn:sagemaker:cn-north-1:210987654321:image/Img'],
    ['us-gov-west-1', 'arn:aws-us-gov:sagemaker:us-gov-west-1:210987654321:image/Img'],
  ])('in %s the ImageArn is %s (the name kept as given)', async (region, arn) => {
    ctx.door.store.seed(image('Img', 1, { region }));
    const output = await ctx.door.client(region).send(new DescribeImageCommand({ ImageName: 'Img' }));
    expect(output.ImageArn).toBe(arn);
  });

  it("calls use the calling client's region; two regions never see each other's images", async () => {
    ctx.door.store.seed(image('east', 1), image('west', 2, { region: 'us-west-2' }));
    expect(names((await ctx.door.client('us-east-1').send(new ListImagesCommand({}))).Images)).toEqual(['east']);
    expect(names((await ctx.door.client('us-west-2').send(new ListImagesCommand({}))).Images)).toEqual(['west']);
    await expectServiceError(
      ctx.door.client('us-west-2').send(new DescribeImageCommand({ ImageName: 'east' })),
      'ResourceNotFound',
      'Image with ARN arn:aws:sagemaker:us-west-2:210987654321:image/east does not exist',
    );
  });

  it('the same name may exist in two regions', async () => {
    ctx.door.store.seed(image('same', 1), image('same', 2, { region: 'ap-south-1' }));
    const output = await ctx.door.client('ap-south-1').send(new DescribeImageCommand({ ImageName: 'same' }));
    expect(output.ImageArn).toBe('arn:aws:sagemaker:ap-south-1:210987654321:image/same');
  });

  it.each(['local', 'US-EAST-1', 'mars-1', 'a'])('a client region that is not a region (%s) is refused, never made into an ARN', async (region) => {
    const error = await rejectionOf(ctx.door.client(region).send(new ListImagesCommand({})));
    expect({ name: error.name, status: error.$metadata.httpStatusCode, fault: error.$fault }).toEqual({
      name: 'InvalidSignatureException',
      status: 400,
      fault: 'client',
    });
    expect(error.message).toBe(`Credential should be scoped to a valid region: '${region}' is not a region (such as us-east-1).`);
  });

  it("images seeded for another account are not the calling account's", async () => {
    ctx.door.store.seed(image('theirs', 1, { accountId: '111111111111' }));
    expect((await ctx.door.client().send(new ListImagesCommand({}))).Images).toEqual([]);
  });
});
