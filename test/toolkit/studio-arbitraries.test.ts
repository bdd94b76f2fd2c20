import {
  CreateAppImageConfigCommand,
  CreateDomainCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  ListAppImageConfigsCommand,
  paginateListAppImageConfigs,
} from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { ImageStore } from 'sagemaker-image-mock';
import { appImageConfigName, appImageConfigSeed, domainSeed, imageName, listAppImageConfigsRequest } from 'sagemaker-image-mock/arbitraries';
import { DOORS, withDoor } from '../support/doors';

// The AppImageConfig and domain arbitraries, proven against the mock on every door: what they draw
// is accepted as the service would accept it, and answered back as given.
const runs = (base: number) => ({ numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || base });
const ROLE = 'arn:aws:iam::123456789012:role/r';

describe('AppImageConfig and domain arbitraries are valid by construction', () => {
  it('appImageConfigName() matches the model: 1 to 63 characters of its pattern', () => {
    fc.assert(
      fc.property(appImageConfigName(), (name) => {
        expect(name).toMatch(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/);
        expect(name.length).toBeLessThanOrEqual(63);
      }),
    );
  });

  it('every appImageConfigSeed() seeds in an empty store, and Describe answers it as given', () => {
    fc.assert(
      fc.property(appImageConfigSeed({ withTags: true }), (seed) => {
        const store = new ImageStore();
        const { Tags, ...members } = seed;
        const [described] = store.seedAppImageConfigs(seed);
        expect(described).toMatchObject(members);
        expect(store.describeAppImageConfig({ AppImageConfigName: seed.AppImageConfigName })).toEqual(described);
        expect(store.listTags({ ResourceArn: described!.AppImageConfigArn!, MaxResults: 100 }).Tags).toHaveLength(Tags?.length ?? 0);
      }),
    );
  });

  it('every domainSeed() seeds in an empty store; with customImages, it names only the images and configs given', () => {
    fc.assert(
      fc.property(domainSeed({ withTags: true }), fc.uniqueArray(imageName(), { minLength: 1, maxLength: 3 }), fc.uniqueArray(appImageConfigName(), { minLength: 1, maxLength: 3 }), (seed, imageNames, configNames) => {
        const store = new ImageStore();
        const [described] = store.seedDomains(seed);
        expect(described).toMatchObject({ DomainName: seed.DomainName, AuthMode: seed.AuthMode, DefaultUserSettings: seed.DefaultUserSettings, Status: 'InService' });
        const attached = fc.sample(domainSeed({ customImages: { imageNames, appImageConfigNames: configNames } }), 1)[0]!;
        for (const image of attached.DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages ?? []) {
          expect(imageNames).toContain(image.ImageName);
          expect(configNames).toContain(image.AppImageConfigName);
        }
      }),
    );
  });

  describe.each(DOORS)('through the $name', (door) => {
    it('CreateAppImageConfig takes every appImageConfigSeed(), Describe answers its sub-configurations, and every listAppImageConfigsRequest() is accepted and paged', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(appImageConfigSeed({ withTimes: false }), { selector: (s) => s.AppImageConfigName, maxLength: 4 }), listAppImageConfigsRequest(), async (seeds, request) => {
          await withDoor(door, {}, async (d) => {
            const client = d.client();
            for (const seed of seeds) {
              await client.send(new CreateAppImageConfigCommand({ ...seed, Tags: seed.Tags?.slice() }));
              const described = await client.send(new DescribeAppImageConfigCommand({ AppImageConfigName: seed.AppImageConfigName }));
              expect(described).toMatchObject(seed);
            }
            const page = await client.send(new ListAppImageConfigsCommand(request));
            expect(page.AppImageConfigs?.length ?? 0).toBeLessThanOrEqual(request.MaxResults ?? 10);
            const { MaxResults, ...query } = request;
            let all = 0;
            for await (const next of paginateListAppImageConfigs({ client, pageSize: MaxResults ?? 10 }, query)) all += next.AppImageConfigs?.length ?? 0;
            expect(all).toBeLessThanOrEqual(seeds.length);
          });
        }),
        runs(door === DOORS[0] ? 25 : 8),
      );
    }, 120_000);

    it('CreateDomain takes every domainSeed() whose CustomImages name what the store has', async () => {
      await fc.assert(
        fc.asyncProperty(imageName(), appImageConfigName(), fc.boolean(), async (image, config, attach) => {
          const seed = fc.sample(domainSeed({ withTimes: false, ...(attach && { customImages: { imageNames: [image], appImageConfigNames: [config] } }) }), 1)[0]!;
          await withDoor(door, {}, async (d) => {
            d.store.createImage({ ImageName: image, RoleArn: ROLE });
            d.store.createAppImageConfig({ AppImageConfigName: config });
            const client = d.client();
            const { DomainId } = await client.send(new CreateDomainCommand({ DomainName: seed.DomainName, AuthMode: seed.AuthMode!, DefaultUserSettings: seed.DefaultUserSettings!, Tags: seed.Tags?.slice() }));
            const described = await client.send(new DescribeDomainCommand({ DomainId }));
            expect(described).toMatchObject({ DomainName: seed.DomainName, DefaultUserSettings: seed.DefaultUserSettings, Status: 'InService' });
          });
        }),
        runs(door === DOORS[0] ? 25 : 8),
      );
    }, 120_000);
  });
});
