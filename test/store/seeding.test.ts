import { DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { createManualClock, ImageStore, mockSageMakerImages, SeedError } from 'sagemaker-image-mock';
import type { ImageSeed, SeedArgument } from 'sagemaker-image-mock';
import { at, image } from '../support/fixtures';

function seedError(store: ImageStore, ...seeds: SeedArgument[]): SeedError {
  try {
    store.seed(...seeds);
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('the seed was accepted');
}

describe('behaviour §2 seeding', () => {
  it('fills the defaults: CREATED, CreationTime = the clock, LastModifiedTime = CreationTime', () => {
    const store = new ImageStore({ clock: createManualClock(at(42)) });
    const [described] = store.seed({ ImageName: 'plain' });
    expect(described).toEqual({
      CreationTime: at(42),
      ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/plain',
      ImageName: 'plain',
      ImageStatus: 'CREATED',
      LastModifiedTime: at(42),
    });
  });

  it('seeds reach a real client through the mock', async () => {
    const mock = mockSageMakerImages(SageMakerClient);
    try {
      mock.seed(image('seeded', 1, { Description: 'hello' }));
      const output = await new SageMakerClient({ region: 'us-east-1' }).send(new DescribeImageCommand({ ImageName: 'seeded' }));
      expect(output.Description).toBe('hello');
    } finally {
      mock.restore();
    }
  });

  it('a seed that breaks a constraint is refused naming the field, in the service message format', () => {
    expect(seedError(new ImageStore(), { ImageName: 'bad name' }).message).toBe(
      "Invalid seed #1: ImageName: Value 'bad name' at 'ImageName' failed to satisfy constraint: " +
        'Member must satisfy regular expression pattern: ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$',
    );
  });

  it.each([
    ['ImageStatus', { ImageName: 'a', ImageStatus: 'READY' }],
    ['RoleArn', { ImageName: 'a', RoleArn: 'role' }],
    ['DisplayName', { ImageName: 'a', DisplayName: ' padded ' }],
    ['Description', { ImageName: 'a', Description: '' }],
    ['FailureReason', { ImageName: 'a', FailureReason: 'x'.repeat(1025) }],
    ['CreationTime', { ImageName: 'a', CreationTime: new Date(Number.NaN) }],
    ['Tags', { ImageName: 'a', Tags: [{ Key: '', Value: 'v' }] }],
    ['Tags', { ImageName: 'a', Tags: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] }],
    ['LastModifiedTime', { ImageName: 'a', CreationTime: at(2), LastModifiedTime: at(1) }],
    ['ImageName', { Description: 'no name' }],
    ['region', { ImageName: 'a', region: 'Mars' }],
    ['accountId', { ImageName: 'a', accountId: 'acct' }],
    ['Imagename', { ImageName: 'a', Imagename: 'typo' }],
  ])('a seed with a bad %s is refused naming it', (field, seed) => {
    expect(seedError(new ImageStore(), seed as ImageSeed).message).toMatch(new RegExp(`^Invalid seed #1: ${field}: `));
  });

  it('a repeated name is refused, within one call or against the store', () => {
    const store = new ImageStore();
    store.seed(image('taken', 1));
    expect(seedError(store, image('taken', 2)).message).toBe(
      "Invalid seed #1: ImageName: an image named 'taken' already exists in 123456789012/us-east-1",
    );
    expect(seedError(store, image('x', 1), image('x', 2)).message).toBe(
      "Invalid seed #2: ImageName: an image named 'x' already exists in 123456789012/us-east-1",
    );
  });

  it.each([
    ['constructor', { ImageName: 'p', constructor: 1 }],
    ['toString', { ImageName: 'p', toString: 'x' }],
    ['__proto__', JSON.parse('{"ImageName":"p","__proto__":{"a":1}}') as object],
    ['hasOwnProperty', JSON.parse('{"ImageName":"p","hasOwnProperty":1}') as object],
  ])('a seed with a %s key (as JSON can give) is a SeedError naming it', (field, seed) => {
    const store = new ImageStore();
    const error = seedError(store, seed as ImageSeed);
    expect(error.message).toMatch(new RegExp(`^Invalid seed #1: ${field}: is not a seed field`));
    expect(store.listImages({}).Images).toEqual([]);
  });

  it('a repeated name stores nothing of the batch, within the batch or against the store', () => {
    const store = new ImageStore();
    store.seed(image('taken', 1));
    seedError(store, image('fresh', 1), image('taken', 2));
    seedError(store, image('x', 1), image('y', 1), image('x', 2));
    seedError(store, [image('p', 1)], [image('q', 1), image('p', 3)]);
    expect(store.listImages({}).Images?.map((i) => i.ImageName)).toEqual(['taken']);
    expect(store.seed(image('x', 1), image('fresh', 1))).toHaveLength(2);
  });

  it('nothing is half-stored: one bad seed leaves the store as it was', () => {
    const store = new ImageStore();
    store.seed(image('before', 1));
    seedError(store, image('good', 2), image('also-good', 3), { ImageName: '-bad' });
    expect(store.listImages({}).Images?.map((i) => i.ImageName)).toEqual(['before']);
  });

  it('takes arrays of seeds as well, numbering them in order', () => {
    const store = new ImageStore();
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ImageName: `img-${i}` }));
    expect(store.seed(many.slice(0, 150_000), many.slice(150_000))).toHaveLength(200_000);
    expect(seedError(new ImageStore(), image('a', 1), [image('b', 1), { ImageName: '_' }]).message).toMatch(/^Invalid seed #3: ImageName: /);
  });

  it('seeds may name their own region and account', () => {
    const store = new ImageStore({ region: 'eu-west-1' });
    store.seed(image('default-region', 1), image('elsewhere', 2, { region: 'us-west-2', accountId: '999999999999' }));
    expect(store.listImages({}).Images?.map((i) => i.ImageArn)).toEqual([
      'arn:aws:sagemaker:eu-west-1:123456789012:image/default-region',
    ]);
    expect(store.listImages({}, { region: 'us-west-2', accountId: '999999999999' }).Images?.map((i) => i.ImageArn)).toEqual([
      'arn:aws:sagemaker:us-west-2:999999999999:image/elsewhere',
    ]);
  });

  it('seeding does not change or keep the seed objects', () => {
    const store = new ImageStore();
    const created = at(1);
    const tags = [{ Key: 'k', Value: 'v' }];
    const seed = { ImageName: 'a', CreationTime: created, Tags: tags };
    const snapshot = structuredClone(seed);
    store.seed(seed);
    expect(seed).toEqual(snapshot);
    created.setTime(0);
    tags[0]!.Value = 'changed';
    expect(store.describeImage({ ImageName: 'a' }).CreationTime).toEqual(at(1));
  });
});

describe('behaviour §2 clocks', () => {
  it('createManualClock moves only when told', () => {
    const clock = createManualClock(at(0));
    expect(clock.now()).toEqual(at(0));
    clock.advance(60_000);
    expect(clock.now()).toEqual(at(1));
    clock.set(at(10));
    expect(clock.now()).toEqual(at(10));
  });

  it("the default clock follows Jest's modern fake timers", async () => {
    jest.useFakeTimers({ now: at(5) });
    const mock = mockSageMakerImages(SageMakerClient);
    try {
      mock.seed({ ImageName: 'a' });
      jest.setSystemTime(at(7));
      mock.seed({ ImageName: 'b' });
      const page = await new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({ SortOrder: 'ASCENDING' }));
      expect(page.Images?.map((i) => i.CreationTime)).toEqual([at(5), at(7)]);
    } finally {
      mock.restore();
      jest.useRealTimers();
    }
  });
});
