// Properties for the behaviours the service does not document (docs/decisions/).
import { DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { ImageStore, mockSageMakerImages, SeedError } from 'sagemaker-image-mock';
import type { ImageSeed } from 'sagemaker-image-mock';
import { appImageConfigSeed } from 'sagemaker-image-mock/arbitraries';
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

describe('laws of the image-family choices', () => {
  const ROLE = 'arn:aws:iam::123456789012:role/r';

  it('0013 CreateImageVersion: one version per distinct ClientToken, and a replay answers the first ARN', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('t1', 't2', 't3', 't4'), { minLength: 1 }), (tokens) => {
        const store = new ImageStore();
        store.createImage({ ImageName: 'img', RoleArn: ROLE });
        const first = new Map<string, string>();
        for (const ClientToken of tokens) {
          const arn = store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken }).ImageVersionArn!;
          if (!first.has(ClientToken)) first.set(ClientToken, arn);
          expect(arn).toBe(first.get(ClientToken));
        }
        const versions = store.listImageVersions({ ImageName: 'img', MaxResults: 100, SortBy: 'VERSION', SortOrder: 'ASCENDING' }).ImageVersions!;
        expect(versions.map((v) => v.Version)).toEqual([...first.keys()].map((_, i) => i + 1));
      }),
    );
  });

  it('0014 an alias is held by at most one version: adding one another version holds is refused, anything else applies', () => {
    const step = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.subarray(['x', 'y', 'z'], { minLength: 1 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(step), (steps) => {
        const store = new ImageStore();
        store.createImage({ ImageName: 'img', RoleArn: ROLE });
        for (let i = 0; i < 3; i += 1) store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken: `t${i}` });
        // The model: which version holds each alias.
        const holder = new Map<string, number>();
        for (const [Version, aliases, add] of steps) {
          const taken = add ? aliases.find((a) => holder.has(a) && holder.get(a) !== Version) : undefined;
          const call = () => store.updateImageVersion({ ImageName: 'img', Version, ...(add ? { AliasesToAdd: aliases } : { AliasesToDelete: aliases }) });
          if (taken !== undefined) {
            expect(call).toThrow(`The alias ${taken} is already attached to version ${holder.get(taken)} of image img.`);
          } else {
            call();
            for (const a of aliases) {
              if (add) holder.set(a, Version);
              else if (holder.get(a) === Version) holder.delete(a);
            }
          }
          for (const Version of [1, 2, 3]) {
            const expected = [...holder].filter(([, v]) => v === Version).map(([a]) => a).sort();
            expect(store.listAliases({ ImageName: 'img', Version }).SageMakerImageVersionAliases).toEqual(expected);
          }
        }
      }),
    );
  });

  it('0015 ListTags answers every tag once, in key order, for any page size of 50 or more', () => {
    const key = fc.stringMatching(/^[a-zA-Z0-9_.:/=+@-]{1,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 50 }), fc.integer({ min: 50, max: 60 }), (keys, MaxResults) => {
        const store = new ImageStore({ limits: { tagsPerResource: 200 } });
        const ResourceArn = store.createImage({ ImageName: 'img', RoleArn: ROLE }).ImageArn!;
        store.addTags({ ResourceArn, Tags: keys.map((Key) => ({ Key, Value: Key })) });
        const listed: string[] = [];
        let NextToken: string | undefined;
        do {
          const page = store.listTags({ ResourceArn, MaxResults, ...(NextToken && { NextToken }) });
          listed.push(...page.Tags!.map((t) => t.Key!));
          NextToken = page.NextToken;
        } while (NextToken !== undefined);
        expect(listed).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
    );
  });

  it('0012 a failed UpdateImage leaves Description, DisplayName and RoleArn as they were', () => {
    const text = fc.option(fc.stringMatching(/^[a-z]{1,5}$/), { nil: undefined });
    fc.assert(
      fc.property(text, text, text, text, (d0, n0, d1, n1) => {
        const store = new ImageStore();
        store.createImage({ ImageName: 'img', RoleArn: ROLE, ...(d0 && { Description: d0 }), ...(n0 && { DisplayName: n0 }) });
        const before = store.describeImage({ ImageName: 'img' });
        store.failNext({ operation: 'UpdateImage', ImageName: 'img' });
        store.updateImage({ ImageName: 'img', ...(d1 && { Description: d1 }), ...(n1 && { DisplayName: n1 }), RoleArn: 'arn:aws:iam::123456789012:role/other' });
        const after = store.describeImage({ ImageName: 'img' });
        expect({ ...after, ImageStatus: before.ImageStatus, LastModifiedTime: before.LastModifiedTime, FailureReason: undefined }).toEqual({
          ...before,
          FailureReason: undefined,
        });
        expect(after.ImageStatus).toBe('UPDATE_FAILED');
      }),
    );
  });

  it('0016 limits.images: exactly the first n creates of any sequence succeed, the rest are ResourceLimitExceeded', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5 }), fc.nat({ max: 8 }), (limit, creates) => {
        const store = new ImageStore({ limits: { images: limit } });
        const codes = Array.from({ length: creates }, (_, i) => {
          try {
            store.createImage({ ImageName: `i${i}`, RoleArn: ROLE });
            return 'ok';
          } catch (error) {
            return (error as Error).name;
          }
        });
        expect(codes).toEqual(Array.from({ length: creates }, (_, i) => (i < limit ? 'ok' : 'ResourceLimitExceeded')));
      }),
    );
  });

  it('0017 a deleted image or version answers ResourceNotFoundException with deletedWaiterCompat, ResourceNotFound without', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (compat, wholeImage) => {
        const store = new ImageStore({ deletedWaiterCompat: compat });
        store.createImage({ ImageName: 'img', RoleArn: ROLE });
        store.createImageVersion({ ImageName: 'img', BaseImage: 'b', ClientToken: 't' });
        if (wholeImage) store.deleteImage({ ImageName: 'img' });
        else store.deleteImageVersion({ ImageName: 'img', Version: 1 });
        const code = (call: () => unknown) => {
          try {
            call();
            return 'ok';
          } catch (error) {
            return (error as Error).name;
          }
        };
        const expected = compat ? 'ResourceNotFoundException' : 'ResourceNotFound';
        expect(code(() => store.describeImageVersion({ ImageName: 'img', Version: 1 }))).toBe(expected);
        expect(code(() => store.describeImage({ ImageName: 'img' }))).toBe(wholeImage ? expected : 'ok');
        // Never for a resource that was not deleted.
        expect(code(() => store.describeImage({ ImageName: 'never-existed' }))).toBe('ResourceNotFound');
      }),
    );
  });

  it('0021 a call from a region or account not of AWS\'s shape is refused before anything else, and changes nothing', () => {
    const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;
    const anyRegion = fc.oneof(region, fc.string({ maxLength: 20 }), fc.stringMatching(/^[a-z0-9-]{0,12}$/), fc.constantFrom('--', 'local', 'US-EAST-1', 'mars-1'));
    const anyAccount = fc.oneof(account, fc.stringMatching(/^\d{0,14}$/));
    fc.assert(
      fc.property(anyRegion, anyAccount, fc.boolean(), (callerRegion, accountId, throttled) => {
        const store = new ImageStore();
        if (throttled) store.throttleNext(1);
        const valid = REGION.test(callerRegion) && /^\d{12}$/.test(accountId);
        let code = 'ok';
        try {
          store.createImage({ ImageName: 'img', RoleArn: 'arn:aws:iam::123456789012:role/r' }, { region: callerRegion, accountId });
        } catch (error) {
          code = (error as Error).name;
        }
        expect(code).toBe(!valid ? 'InvalidSignatureException' : throttled ? 'ThrottlingException' : 'ok');
        if (!valid) {
          if (throttled) expect(() => store.listImages({})).toThrow('Rate exceeded'); // the refused call used up no throttle
          expect(store.listImages({}).Images).toEqual([]);
        }
      }),
    );
  });

  it('0033 UpdateAppImageConfig replaces exactly the sub-configurations it is given and keeps the others', () => {
    fc.assert(
      fc.property(appImageConfigSeed({ withTimes: false }), appImageConfigSeed({ withTimes: false }), (before, update) => {
        const store = new ImageStore();
        store.seedAppImageConfigs(before);
        store.updateAppImageConfig({ ...update, AppImageConfigName: before.AppImageConfigName });
        const after = store.describeAppImageConfig({ AppImageConfigName: before.AppImageConfigName });
        for (const member of ['KernelGatewayImageConfig', 'JupyterLabAppImageConfig', 'CodeEditorAppImageConfig'] as const) {
          expect(after[member]).toEqual(update[member] ?? before[member]);
        }
      }),
    );
  });

  it('0034 UpdateDomain merges structures member by member, replaces lists, keeps what it is not given', () => {
    const role = fc.constantFrom('arn:aws:iam::123456789012:role/a', 'arn:aws:iam::123456789012:role/b');
    const groups = fc.array(fc.constantFrom('sg-1', 'sg-2', 'sg-3'), { maxLength: 2 });
    const settings = fc.record({ ExecutionRole: role, SecurityGroups: groups, JupyterServerAppSettings: fc.record({ DefaultResourceSpec: fc.record({ InstanceType: fc.constantFrom('system', 'ml.t3.medium') }, { requiredKeys: [] }) }, { requiredKeys: [] }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(settings, settings, (before, update) => {
        const store = new ImageStore();
        const [domain] = store.seedDomains({ DomainName: 'studio', DefaultUserSettings: before });
        store.updateDomain({ DomainId: domain!.DomainId!, DefaultUserSettings: update });
        const after = store.describeDomain({ DomainId: domain!.DomainId! }).DefaultUserSettings ?? {};
        expect(after.ExecutionRole).toEqual(update.ExecutionRole ?? before.ExecutionRole);
        expect(after.SecurityGroups).toEqual(update.SecurityGroups ?? before.SecurityGroups);
        const spec = (s: typeof before) => s.JupyterServerAppSettings?.DefaultResourceSpec;
        const merged = spec(before) === undefined && spec(update) === undefined ? undefined : { ...spec(before), ...spec(update) };
        expect(after.JupyterServerAppSettings?.DefaultResourceSpec).toEqual(merged);
      }),
    );
  });

  it('0035 CreateDomain is refused exactly when one of its CustomImages names an image, version or AppImageConfig the store does not have', () => {
    const names = fc.constantFrom('a', 'b');
    const entry = fc.record({ ImageName: names, AppImageConfigName: names, ImageVersionNumber: fc.option(fc.constantFrom(1, 2), { nil: undefined }) });
    fc.assert(
      fc.property(fc.subarray(['a', 'b']), fc.subarray(['a', 'b']), fc.uniqueArray(entry, { selector: (e) => `${e.ImageName}/${e.ImageVersionNumber}`, maxLength: 3 }), (images, configs, entries) => {
        const store = new ImageStore();
        store.seed(images.map((ImageName) => ({ ImageName, Versions: [{ BaseImage: 'b' }] })));
        store.seedAppImageConfigs(configs.map((AppImageConfigName) => ({ AppImageConfigName })));
        const CustomImages = entries.map(({ ImageVersionNumber, ...e }) => ({ ...e, ...(ImageVersionNumber !== undefined && { ImageVersionNumber }) }));
        const missing = CustomImages.some((e) => !images.includes(e.ImageName) || !configs.includes(e.AppImageConfigName) || (e.ImageVersionNumber ?? 1) !== 1);
        const create = () => store.createDomain({ DomainName: 'studio', AuthMode: 'IAM', DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages } } });
        if (missing) expect(create).toThrow(expect.objectContaining({ name: 'ValidationException' }) as Error);
        else expect(create().DomainId).toMatch(/^d-[a-z0-9]{12}$/);
        expect(new ImageStore({ customImages: 'unchecked' }).createDomain({ DomainName: 'studio', AuthMode: 'IAM', DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages } } }).DomainId).toBeDefined();
      }),
    );
  });
});
