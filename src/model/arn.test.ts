import { imageArn, imageVersionArn, partitionOf } from './arn';

describe('ARNs', () => {
  it('use the partition of the region', () => {
    expect(partitionOf('us-east-1')).toBe('aws');
    expect(partitionOf('cn-north-1')).toBe('aws-cn');
    expect(partitionOf('us-gov-west-1')).toBe('aws-us-gov');
  });

  it('keep the image name as given in an image ARN', () => {
    expect(imageArn({ accountId: '123456789012', region: 'eu-west-1' }, 'My-Image')).toBe(
      'arn:aws:sagemaker:eu-west-1:123456789012:image/My-Image',
    );
  });

  it('lower-case the image name in an image version ARN', () => {
    expect(imageVersionArn({ accountId: '123456789012', region: 'cn-north-1' }, 'My-Image', 3)).toBe(
      'arn:aws-cn:sagemaker:cn-north-1:123456789012:image-version/my-image/3',
    );
  });
});
