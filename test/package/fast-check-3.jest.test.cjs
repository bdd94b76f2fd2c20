// Run by scripts/check-pack.js after installing fast-check 3 in the consumer: the arbitraries work
// across the peer range the package declares (^3.23.0 || ^4.0.0), not only with the 4 it is built with.
const fc = require('fast-check');
const { ImageStore } = require('sagemaker-image-mock');
const arbitraries = require('sagemaker-image-mock/arbitraries');

test(`the arbitraries under fast-check ${require('fast-check/package.json').version}`, () => {
  expect(require('fast-check/package.json').version).toMatch(/^3\./);
  fc.assert(
    fc.property(arbitraries.imageSeeds({ withStatus: true, withTags: true, withVersions: true }), arbitraries.listImagesRequest(), (seeds, request) => {
      const store = new ImageStore();
      store.seed(seeds);
      store.listImages(request);
    }),
  );
  fc.assert(fc.property(arbitraries.invalidImageName(), (name) => expect(() => new ImageStore().describeImage({ ImageName: name })).toThrow(/at 'imageName'/)));
  fc.assert(fc.property(arbitraries.invalidMaxResults(), (n) => expect(() => new ImageStore().listImages({ MaxResults: n })).toThrow(/at 'maxResults'/)));
});
