// Properties for the behaviours the service does not document (docs/decisions/).
import { DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { ImageStore, mockSageMakerImages, SeedError } from 'sagemaker-image-mock';
import type { ImageSeed } from 'sagemaker-image-mock';
import { imageName, instant, refImages, seedOf } from '../support/arbitraries';
import { rejectionOf } from '../support/errors';

const region = fc.tuple(fc.constantFrom('us', 'eu', 'cn', 'us-gov', 'ap'), fc.constantFrom('east', 'west', 'north', 'central'), fc.integer({ min: 1, max: 9 })).map(([a, b, n]) => `${a}-${b}-${n}`);
const account = fc.stringMatching(/^\d{12}$/);

describe('laws of the choices recorded in docs/decisions', () => {
  it('0009 seeding is all or nothing: one bad seed anywhere in a batch leaves the store as it was', () => {
    const bad = fc.constantFrom<ImageSeed>({ ImageName: '-x' }, { ImageName: 'ok', ImageStatus: 'NOPE' as never }, { ImageName: 'ok', Description: '' });
    fc.assert(
      fc.property(refImages, refImages, bad, fc.nat(), (before, batch, broken, at) => {
        const store = new ImageStore();
        store.seed(before.map((i) => seedOf(i)));
        const snapshot = store.listImages({ MaxResults: 100, SortBy: 'IMAGE_NAME' });
        const seeds = batch.map((i) => seedOf(i, { region: 'eu-west-1' }));
        seeds.splice(at % (seeds.length + 1), 0, broken);
        expect(() => store.seed(seeds)).toThrow(SeedError);
        expect(store.listImages({ MaxResults: 100, SortBy: 'IMAGE_NAME' })).toEqual(snapshot);
        expect(store.listImages({}, { region: 'eu-west-1' }).Images).toEqual([]);
      }),
    );
  });

  it('0010 an ImageArn is arn:<partition>:sagemaker:<region>:<account>:image/<name as given>', () => {
    fc.assert(
      fc.property(imageName, region, account, (name, r, acct) => {
        const store = new ImageStore({ accountId: acct });
        const [described] = store.seed({ ImageName: name, region: r });
        const partition = r.startsWith('cn-') ? 'aws-cn' : r.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
        expect(described!.ImageArn).toBe(`arn:${partition}:sagemaker:${r}:${acct}:image/${name}`);
        expect(store.describeImage({ ImageName: name }, { region: r }).ImageArn).toBe(described!.ImageArn);
      }),
    );
  });

  it('0008 string lengths count code points: n astral characters have length n', () => {
    const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    const bmp = fc.constantFrom('a', 'é', '中');
    fc.assert(
      fc.property(fc.oneof(astral, bmp), astral, fc.integer({ min: 1, max: 1024 }), fc.nat({ max: 1024 }), (a, b, n, split) => {
        const chars = Array.from({ length: n }, (_, i) => (i < split ? a : b));
        const value = chars.join('');
        const store = new ImageStore();
        const accept = () => store.seed({ ImageName: 'a', Description: value });
        if (chars.length <= 512) expect(accept()).toHaveLength(1);
        else expect(accept).toThrow('Member must have length less than or equal to 512');
      }),
    );
  });

  it('0007 a timestamp given as epoch seconds filters exactly like the Date of those seconds', async () => {
    const mock = mockSageMakerImages(SageMakerClient);
    try {
      const client = new SageMakerClient({ region: 'us-east-1' });
      await fc.assert(
        fc.asyncProperty(refImages, instant, async (images, bound) => {
          mock.reset();
          mock.seed(images.map((i) => seedOf(i)));
          const seconds = bound / 1000;
          const asNumber = await client.send(new ListImagesCommand({ CreationTimeAfter: seconds as never, MaxResults: 100 }));
          const asDate = await client.send(new ListImagesCommand({ CreationTimeAfter: new Date(bound), MaxResults: 100 }));
          expect(asNumber.Images).toEqual(asDate.Images);
        }),
      );
    } finally {
      mock.restore();
    }
  });

  it("0011 the user's own stub answers the commands it matches; the store answers all others", async () => {
    const mock = mockSageMakerImages(SageMakerClient);
    try {
      const client = new SageMakerClient({ region: 'us-east-1' });
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(imageName, { minLength: 2 }), fc.nat(), async (names, pick) => {
          mock.reset();
          mock.stub.reset();
          mock.seed(names.map((ImageName) => ({ ImageName })));
          const stubbed = names[pick % names.length]!;
          mock.stub.on(DescribeImageCommand, { ImageName: stubbed }).resolves({ ImageName: stubbed, Description: 'from the stub' });
          for (const name of names) {
            const out = await client.send(new DescribeImageCommand({ ImageName: name }));
            expect(out.Description).toBe(name === stubbed ? 'from the stub' : undefined);
          }
          if (!names.includes(`${stubbed}x9`)) {
            const error = await rejectionOf(client.send(new DescribeImageCommand({ ImageName: `${stubbed}x9` })));
            expect(error.name).toBe('ResourceNotFound');
          }
        }),
      );
    } finally {
      mock.restore();
    }
  });
});
