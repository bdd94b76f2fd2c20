import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { at, image } from '../support/fixtures';

const ROLE = 'arn:aws:iam::123456789012:role/SageMakerRole';

describe.each(DOORS)('behaviour §6 DescribeImage, $name', (factory) => {
  const ctx = useDoor(factory);

  it('answers every member of the image, RoleArn included', async () => {
    ctx.door.store.seed(
      image('full', 1, {
        Description: 'd',
        DisplayName: 'Full image',
        RoleArn: ROLE,
        ImageStatus: 'UPDATE_FAILED',
        FailureReason: 'because',
        LastModifiedTime: at(2),
        Tags: [{ Key: 'k', Value: 'v' }],
      }),
    );
    const { $metadata, ...output } = await ctx.door.client().send(new DescribeImageCommand({ ImageName: 'full' }));
    expect($metadata.httpStatusCode).toBe(200);
    expect(output).toEqual({
      CreationTime: at(1),
      Description: 'd',
      DisplayName: 'Full image',
      FailureReason: 'because',
      ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/full',
      ImageName: 'full',
      ImageStatus: 'UPDATE_FAILED',
      LastModifiedTime: at(2),
      RoleArn: ROLE,
    });
  });

  it('an unset optional member is an absent key', async () => {
    ctx.door.store.seed(image('bare', 1));
    const output = await ctx.door.client().send(new DescribeImageCommand({ ImageName: 'bare' }));
    expect(Object.keys(output).sort()).toEqual(
      ['$metadata', 'CreationTime', 'ImageArn', 'ImageName', 'ImageStatus', 'LastModifiedTime'].sort(),
    );
  });

  it('an absent image is ResourceNotFound "Image with ARN <arn> does not exist"', async () => {
    await expectServiceError(
      ctx.door.client('eu-central-1').send(new DescribeImageCommand({ ImageName: 'ghost' })),
      'ResourceNotFound',
      'Image with ARN arn:aws:sagemaker:eu-central-1:123456789012:image/ghost does not exist',
    );
  });

  it('image names are case-sensitive', async () => {
    ctx.door.store.seed(image('Mixed', 1));
    await expectServiceError(
      ctx.door.client().send(new DescribeImageCommand({ ImageName: 'mixed' })),
      'ResourceNotFound',
      'Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/mixed does not exist',
    );
  });

  it('ListImages items carry the summary members, never RoleArn or Tags', async () => {
    ctx.door.store.seed(image('full', 1, { RoleArn: ROLE, Tags: [{ Key: 'k', Value: 'v' }], Description: 'd' }));
    const [item] = (await ctx.door.client().send(new ListImagesCommand({}))).Images ?? [];
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ['CreationTime', 'Description', 'ImageArn', 'ImageName', 'ImageStatus', 'LastModifiedTime'].sort(),
    );
  });
});
