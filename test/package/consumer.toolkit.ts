// Type-checked by scripts/check-pack.js (node16, and the older "node" resolution), with Jest's types:
// the toolkit entries and the matcher's module augmentation.
import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { expectServiceError, ImageStore } from 'sagemaker-image-mock';
import type { ImageVersionSeed, StoreSnapshot } from 'sagemaker-image-mock';
import { imageName, imageSeeds, invalidImageName, listImagesRequest } from 'sagemaker-image-mock/arbitraries';
import type { ImageSeedsConstraints } from 'sagemaker-image-mock/arbitraries';
import { serviceErrorMatchers } from 'sagemaker-image-mock/jest';

const constraints: ImageSeedsConstraints = { withTags: true, maxLength: 3 };
const names: fc.Arbitrary<string> = fc.oneof(imageName(), invalidImageName());
const seeds = imageSeeds(constraints);
const requests = listImagesRequest({ minTime: new Date(0) });
const version: ImageVersionSeed = { BaseImage: 'b', Aliases: ['x'] };
const store = new ImageStore();
store.seed({ ImageName: 'a', Versions: [version] });
const picture: StoreSnapshot = store.snapshot();
store.restore(picture);
const call = new SageMakerClient({ region: 'us-east-1' }).send(new DescribeImageCommand({ ImageName: 'a' }));
const checked: Promise<Error> = expectServiceError(call, 'ResourceNotFound', /x/);
void expect(call).rejects.toThrowServiceError('ResourceNotFound', 'text');
// @ts-expect-error: a message is a string or a RegExp
void expect(call).rejects.toThrowServiceError('ResourceNotFound', 5);
expect.extend(serviceErrorMatchers);
export { checked, names, requests, seeds };
