import { CreateImageVersionCommand, DescribeImageVersionCommand, ListAliasesCommand, ListImageVersionsCommand, ListTagsCommand } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock, ImageStore, SeedError } from 'sagemaker-image-mock';
import type { ImageSeed } from 'sagemaker-image-mock';
import 'sagemaker-image-mock/jest';
import { DOORS, useDoor } from '../support/doors';
import { at } from '../support/fixtures';

// A fixture in one call: a seed with Versions, their aliases and tags (decision 0024).

const FIXTURE: ImageSeed = {
  ImageName: 'Team-Image',
  CreationTime: at(1),
  Versions: [
    { BaseImage: 'repo/img:1', Aliases: ['stable'], ReleaseNotes: 'first', Tags: [{ Key: 'stage', Value: 'old' }] },
    { BaseImage: 'repo/img:2', CreationTime: at(5), LastModifiedTime: at(6), JobType: 'TRAINING', Processor: 'GPU', Horovod: true },
    { BaseImage: 'repo/img:3', Aliases: ['latest', 'canary'], ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'broken', CreationTime: at(9) },
  ],
};

describe.each(DOORS)('seeding versions, $name', (factory) => {
  const ctx = useDoor(factory);

  it('numbers versions 1, 2, ... in order, with their members, times (default: the image\'s) and lower-cased ARNs', async () => {
    ctx.door.store.seed(FIXTURE);
    const client = ctx.door.client();
    const first = await client.send(new DescribeImageVersionCommand({ ImageName: 'Team-Image', Version: 1 }));
    expect({ ...first, $metadata: undefined }).toEqual({
      BaseImage: 'repo/img:1',
      ContainerImage: 'repo/img:1',
      CreationTime: at(1),
      ImageArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/Team-Image',
      ImageVersionArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/team-image/1',
      ImageVersionStatus: 'CREATED',
      LastModifiedTime: at(1),
      ReleaseNotes: 'first',
      Version: 1,
    });
    const latest = await client.send(new DescribeImageVersionCommand({ ImageName: 'Team-Image' }));
    expect(latest).toMatchObject({ Version: 3, ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'broken', CreationTime: at(9) });
    const second = await client.send(new DescribeImageVersionCommand({ ImageName: 'Team-Image', Version: 2 }));
    expect(second).toMatchObject({ JobType: 'TRAINING', Processor: 'GPU', Horovod: true, CreationTime: at(5), LastModifiedTime: at(6) });
  });

  it('aliases find their version, and ListAliases and ListImageVersions page over them', async () => {
    ctx.door.store.seed(FIXTURE);
    const client = ctx.door.client();
    expect(await client.send(new DescribeImageVersionCommand({ ImageName: 'Team-Image', Alias: 'canary' }))).toMatchObject({ Version: 3 });
    expect((await client.send(new ListAliasesCommand({ ImageName: 'Team-Image' }))).SageMakerImageVersionAliases).toEqual(['canary', 'latest', 'stable']);
    expect((await client.send(new ListAliasesCommand({ ImageName: 'Team-Image', Version: 1 }))).SageMakerImageVersionAliases).toEqual(['stable']);
    const versions = await client.send(new ListImageVersionsCommand({ ImageName: 'Team-Image', SortBy: 'VERSION', SortOrder: 'ASCENDING' }));
    expect(versions.ImageVersions?.map((v) => v.Version)).toEqual([1, 2, 3]);
  });

  it('a version\'s tags are on its ARN', async () => {
    ctx.door.store.seed(FIXTURE);
    const tags = await ctx.door.client().send(new ListTagsCommand({ ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:image-version/team-image/1' }));
    expect(tags.Tags).toEqual([{ Key: 'stage', Value: 'old' }]);
  });

  it('the next CreateImageVersion continues the numbering', async () => {
    ctx.door.store.seed(FIXTURE);
    const client = ctx.door.client();
    // Version 3 is CREATE_FAILED, not CREATING: a new version may be made.
    const made = await client.send(new CreateImageVersionCommand({ ImageName: 'Team-Image', BaseImage: 'repo/img:4', ClientToken: 't' }));
    expect(made.ImageVersionArn).toBe('arn:aws:sagemaker:us-east-1:123456789012:image-version/team-image/4');
  });
});

describe('seeding versions: refusals name the field, and store nothing', () => {
  const refused: [string, ImageSeed, RegExp][] = [
    ['BaseImage missing', { ImageName: 'a', Versions: [{} as never] }, /^Invalid seed #2: Versions\[0\]\.BaseImage: is required$/],
    ['Versions not a list', { ImageName: 'a', Versions: 'v1' as never }, /^Invalid seed #2: Versions: must be a list of version seeds$/],
    ['a version not an object', { ImageName: 'a', Versions: [null as never] }, /^Invalid seed #2: Versions\[0\]: must be an object$/],
    ['an alias twice in the image', { ImageName: 'a', Versions: [{ BaseImage: 'b', Aliases: ['x'] }, { BaseImage: 'c', Aliases: ['x'] }] }, /^Invalid seed #2: Versions\[1\]\.Aliases: 'x' is already an alias of version 1$/],
    ['an alias of the wrong shape', { ImageName: 'a', Versions: [{ BaseImage: 'b', Aliases: ['.bad'] }] }, /^Invalid seed #2: Versions\[0\]\.Aliases: .*satisfy regular expression pattern/],
    ['a status that is not a version status', { ImageName: 'a', Versions: [{ BaseImage: 'b', ImageVersionStatus: 'UPDATING' as never }] }, /^Invalid seed #2: Versions\[0\]\.ImageVersionStatus: .*enum value set/],
    ['modified before created', { ImageName: 'a', Versions: [{ BaseImage: 'b', CreationTime: at(2), LastModifiedTime: at(1) }] }, /^Invalid seed #2: Versions\[0\]\.LastModifiedTime: must not be before CreationTime$/],
    ['an unknown field', { ImageName: 'a', Versions: [{ BaseImage: 'b', Version: 7 } as never] }, /^Invalid seed #2: Versions\[0\]\.Version: is not a seed field/],
    ['a tag key twice', { ImageName: 'a', Versions: [{ BaseImage: 'b', Tags: [{ Key: 'k', Value: '1' }, { Key: 'k', Value: '2' }] }] }, /^Invalid seed #2: Versions\[0\]\.Tags: has the key 'k' twice$/],
  ];

  it.each(refused)('%s', (_, bad, message) => {
    const store = new ImageStore();
    expect(() => store.seed([{ ImageName: 'fine', Versions: [{ BaseImage: 'x' }] }, bad])).toThrow(SeedError);
    expect(() => store.seed([{ ImageName: 'fine', Versions: [{ BaseImage: 'x' }] }, bad])).toThrow(message);
    expect(store.listImages({}).Images).toEqual([]);
    expect(() => store.describeImageVersion({ ImageName: 'fine' })).toThrowServiceError('ResourceNotFound');
  });
});

describe('law of decision 0024', () => {
  it('an image seeded with versions answers as one built by CreateImageVersion calls', () => {
    const alias = fc.constantFrom('a', 'b', 'c', 'd');
    const versionSpecs = fc.array(fc.record({ BaseImage: fc.constantFrom('x', 'repo/y:1'), Aliases: fc.uniqueArray(alias, { maxLength: 2 }) }), { maxLength: 5 });
    fc.assert(
      fc.property(versionSpecs, (specs) => {
        // Aliases are unique within an image: keep each alias on the first version that names it.
        const seen = new Set<string>();
        const versions = specs.map((v) => ({ ...v, Aliases: v.Aliases.filter((a) => !seen.has(a) && seen.add(a)) }));
        const clock = createManualClock(at(3));
        const seeded = new ImageStore({ clock });
        seeded.seed({ ImageName: 'img', Versions: versions });
        const built = new ImageStore({ clock });
        built.seed({ ImageName: 'img' });
        versions.forEach((v, i) => built.createImageVersion({ ImageName: 'img', ClientToken: `t${i}`, ...v }));
        for (let n = 1; n <= versions.length; n += 1) {
          expect(seeded.describeImageVersion({ ImageName: 'img', Version: n })).toEqual(built.describeImageVersion({ ImageName: 'img', Version: n }));
        }
        expect(seeded.listAliases({ ImageName: 'img' })).toEqual(built.listAliases({ ImageName: 'img' }));
        expect(seeded.listImageVersions({ ImageName: 'img', MaxResults: 100 })).toEqual(built.listImageVersions({ ImageName: 'img', MaxResults: 100 }));
      }),
    );
  });
});
