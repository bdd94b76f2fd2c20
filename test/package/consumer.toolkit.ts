// Type-checked by scripts/check-pack.js with Jest's types: the toolkit entries, the matcher's module
// augmentation, and the arbitraries in the user's own fast-check properties. As CommonJS (node16,
// and the older "node" resolution), and as an ES module (a copy in a "type": "module" project, with
// node16, nodenext and bundler), where `import fc from 'fast-check'` gets fast-check's ESM typings.
import { DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createRequestHandler, expectServiceError, ImageStore } from 'sagemaker-image-mock';
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
fc.assert(
  fc.property(imageSeeds(), (seeded) => {
    new ImageStore().seed(seeded);
  }),
);
const listed: Promise<void> = fc.assert(
  fc.asyncProperty(imageSeeds({ maxLength: 5 }), listImagesRequest(), async (seeded, request) => {
    const local = new ImageStore();
    local.seed(seeded);
    const client = new SageMakerClient({ region: 'us-east-1', requestHandler: createRequestHandler(local) });
    const { Images = [] } = await client.send(new ListImagesCommand(request));
    expect(Images.length).toBeLessThanOrEqual(seeded.length);
  }),
);
export { checked, listed, names, requests, seeds };
