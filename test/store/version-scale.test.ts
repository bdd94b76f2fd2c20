import { ImageStore } from 'sagemaker-image-mock';

const ROLE = 'arn:aws:iam::123456789012:role/r';

// No timing here (benchmarks are `npm run bench`): these counts are far past where an O(n) step per
// call, or a spread of every version number into one call, stops working at all.
describe('an image with very many versions', () => {
  const COUNT = 140_000;
  const store = new ImageStore();
  beforeAll(() => {
    store.createImage({ ImageName: 'big', RoleArn: ROLE });
    for (let i = 1; i <= COUNT; i += 1) store.createImageVersion({ ImageName: 'big', BaseImage: 'b', ClientToken: `t${i}` });
  });

  it('CreateImageVersion numbers on, and the latest is found without a stack overflow', () => {
    expect(store.describeImageVersion({ ImageName: 'big' }).Version).toBe(COUNT);
    expect(store.updateImageVersion({ ImageName: 'big', ReleaseNotes: 'latest' }).ImageVersionArn).toBe(
      `arn:aws:sagemaker:us-east-1:123456789012:image-version/big/${COUNT}`,
    );
    expect(store.describeImageVersion({ ImageName: 'big', Version: COUNT }).ReleaseNotes).toBe('latest');
  });

  it('deleting the latest versions makes the newest remaining one the latest', () => {
    for (const Version of [COUNT, COUNT - 1, COUNT - 3]) store.deleteImageVersion({ ImageName: 'big', Version });
    expect(store.describeImageVersion({ ImageName: 'big' }).Version).toBe(COUNT - 2);
    store.deleteImageVersion({ ImageName: 'big', Version: COUNT - 2 });
    expect(store.describeImageVersion({ ImageName: 'big' }).Version).toBe(COUNT - 4);
    expect(store.createImageVersion({ ImageName: 'big', BaseImage: 'b', ClientToken: 'again' }).ImageVersionArn).toMatch(new RegExp(`/${COUNT + 1}$`));
    expect(store.describeImageVersion({ ImageName: 'big' }).Version).toBe(COUNT + 1);
  });
});
