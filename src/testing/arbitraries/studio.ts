import type { AppImageConfigSortKey, AuthMode, CustomImage, ListAppImageConfigsRequest, SortOrder } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { AppImageConfigSeed, DomainSeed } from '../../glossary';
import type { IntegerShapeModel } from '../../model/shape-types';
import { shapeOf } from '../../model/shapes';
import { roleArn } from './image-seed';
import { tags } from './tags';
import { ALPHANUMERIC, enumOf, lengthOf, VISIBLE } from './text';
import type { TimeConstraints } from './times';
import { instant, timesPair } from './times';

/**
 * Names of the `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}` pattern (AppImageConfigName, DomainName), 1 to 63
 * characters: an alphanumeric, then groups of up to two dashes and an alphanumeric, cut at whole
 * groups where the length bound ends.
 */
function dashedName(shape: string): fc.Arbitrary<string> {
  const { max } = lengthOf(shape);
  const group = fc.tuple(fc.constantFrom('', '-', '--'), fc.constantFrom(...ALPHANUMERIC)).map(([dashes, char]) => dashes + char);
  return fc.tuple(fc.constantFrom(...ALPHANUMERIC), fc.array(group, { maxLength: 30 })).map(([head, groups]) => {
    let name = head;
    for (const next of groups) {
      if (name.length + next.length > max) break;
      name += next;
    }
    return name;
  });
}

/**
 * Valid AppImageConfigNames, by construction from the model.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { appImageConfigName } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(appImageConfigName(), (AppImageConfigName) => {
 *   const store = new ImageStore();
 *   store.createAppImageConfig({ AppImageConfigName });
 *   expect(store.describeAppImageConfig({ AppImageConfigName }).AppImageConfigName).toBe(AppImageConfigName);
 * }));
 * ```
 */
export function appImageConfigName(): fc.Arbitrary<string> {
  return dashedName('AppImageConfigName');
}

/** A short visible word: never blank, within every length bound of these shapes. */
const word = fc.array(fc.constantFrom(...VISIBLE), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
const fileSystem = fc.record(
  { MountPath: word.map((rest) => `/${rest}`), DefaultUid: fc.constantFrom(0, 1000), DefaultGid: fc.constantFrom(0, 100) },
  { requiredKeys: [] },
);
const container = fc.record(
  {
    ContainerArguments: fc.array(word, { maxLength: 5 }),
    ContainerEntrypoint: fc.array(word, { maxLength: 1 }),
    ContainerEnvironmentVariables: fc.dictionary(word, fc.string({ maxLength: 12 }), { maxKeys: 5 }),
  },
  { requiredKeys: [] },
);

/**
 * What {@link appImageConfigSeed} draws.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { appImageConfigSeed } from 'sagemaker-image-mock/arbitraries';
 * import type { AppImageConfigSeedConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * const kernelsOnly: AppImageConfigSeedConstraints = { appImageConfigName: fc.constantFrom('kernel-a', 'kernel-b') };
 * expect(fc.sample(appImageConfigSeed(kernelsOnly), 5).every((seed) => seed.AppImageConfigName.startsWith('kernel-'))).toBe(true);
 * ```
 */
export interface AppImageConfigSeedConstraints extends TimeConstraints {
  /** The names to draw from. Default `appImageConfigName()`. */
  readonly appImageConfigName?: fc.Arbitrary<string>;
  /** CreationTime and LastModifiedTime between minTime and maxTime; false leaves them to the clock. Default true. */
  readonly withTimes?: boolean;
  /** Up to 50 tags. Default false. */
  readonly withTags?: boolean;
}

/**
 * One valid seed for `store.seedAppImageConfigs(...)`: any mix of the three sub-configurations
 * (KernelGateway with 1 to 5 kernel specs, JupyterLab, CodeEditor), none or all of them.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { appImageConfigSeed } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(appImageConfigSeed(), (seed) => {
 *   const store = new ImageStore();
 *   const [described] = store.seedAppImageConfigs(seed);
 *   expect(store.describeAppImageConfig({ AppImageConfigName: seed.AppImageConfigName })).toEqual(described);
 * }));
 * ```
 */
export function appImageConfigSeed(constraints: AppImageConfigSeedConstraints = {}): fc.Arbitrary<AppImageConfigSeed> {
  const { withTimes = true, withTags = false } = constraints;
  const kernelSpec = fc.record({ Name: word, DisplayName: word }, { requiredKeys: ['Name'] });
  const subConfigs = fc.record(
    {
      KernelGatewayImageConfig: fc.record({ KernelSpecs: fc.array(kernelSpec, { minLength: 1, maxLength: 5 }), FileSystemConfig: fileSystem }, { requiredKeys: ['KernelSpecs'] }),
      JupyterLabAppImageConfig: fc.record({ FileSystemConfig: fileSystem, ContainerConfig: container }, { requiredKeys: [] }),
      CodeEditorAppImageConfig: fc.record({ FileSystemConfig: fileSystem, ContainerConfig: container }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(constraints.appImageConfigName ?? appImageConfigName(), subConfigs, withTimes ? timesPair(constraints) : fc.constant({}), withTags ? tags() : fc.constant(undefined))
    .map(([AppImageConfigName, configs, times, Tags]) => ({ AppImageConfigName, ...configs, ...times, ...(Tags !== undefined && { Tags }) }));
}

/**
 * A valid ListAppImageConfigs request without NextToken: any mix of filters, order and page size.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { appImageConfigSeed, listAppImageConfigsRequest } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(fc.uniqueArray(appImageConfigSeed(), { selector: (s) => s.AppImageConfigName }), listAppImageConfigsRequest(), (seeds, request) => {
 *   const store = new ImageStore();
 *   store.seedAppImageConfigs(seeds);
 *   expect(store.listAppImageConfigs(request).AppImageConfigs?.length ?? 0).toBeLessThanOrEqual(request.MaxResults ?? 10);
 * }));
 * ```
 */
export function listAppImageConfigsRequest(constraints: TimeConstraints = {}): fc.Arbitrary<ListAppImageConfigsRequest> {
  const { min = 1, max = 100 } = shapeOf('MaxResults') as IntegerShapeModel;
  const time = instant(constraints);
  return fc.record(
    {
      CreationTimeAfter: time,
      CreationTimeBefore: time,
      ModifiedTimeAfter: time,
      ModifiedTimeBefore: time,
      MaxResults: fc.integer({ min, max }),
      // A few alphanumerics: a substring names share often, and always of the name pattern.
      NameContains: fc.array(fc.constantFrom(...ALPHANUMERIC), { minLength: 1, maxLength: 3 }).map((chars) => chars.join('')),
      SortBy: fc.constantFrom(...(enumOf('AppImageConfigSortKey') as AppImageConfigSortKey[])),
      SortOrder: fc.constantFrom(...(enumOf('SortOrder') as SortOrder[])),
    },
    { requiredKeys: [] },
  );
}

/**
 * What {@link domainSeed} draws. Give `customImages` to draw domains whose CustomImages name those
 * images and AppImageConfigs (say, the ones a test seeded): each entry a pair of one of each.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { domainSeed } from 'sagemaker-image-mock/arbitraries';
 * import type { DomainSeedConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * const attached: DomainSeedConstraints = { customImages: { imageNames: ['pytorch'], appImageConfigNames: ['kernel'] } };
 * const [seed] = fc.sample(domainSeed(attached), 1);
 * expect(seed?.DefaultUserSettings?.KernelGatewayAppSettings?.CustomImages?.length).toBeGreaterThan(0);
 * ```
 */
export interface DomainSeedConstraints extends TimeConstraints {
  /** CreationTime and LastModifiedTime between minTime and maxTime; false leaves them to the clock. Default true. */
  readonly withTimes?: boolean;
  /** Up to 50 tags. Default false. */
  readonly withTags?: boolean;
  /** Draw 1 to 5 CustomImages naming these (none when absent, so a seed an empty store takes). */
  readonly customImages?: { readonly imageNames: readonly string[]; readonly appImageConfigNames: readonly string[] };
}

/**
 * One valid seed for `store.seedDomains(...)`: a name, an AuthMode, DefaultUserSettings with an
 * ExecutionRole, and (when asked) CustomImages that name the given images and configs. Without a
 * DomainId: the store draws one, so seeds never collide.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { domainSeed } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(fc.array(domainSeed(), { maxLength: 5 }), (seeds) => {
 *   const store = new ImageStore();
 *   store.seedDomains(seeds);
 *   expect(store.listDomains({ MaxResults: 100 }).Domains).toHaveLength(seeds.length);
 * }));
 * ```
 */
export function domainSeed(constraints: DomainSeedConstraints = {}): fc.Arbitrary<DomainSeed> {
  const { withTimes = true, withTags = false, customImages } = constraints;
  const images: fc.Arbitrary<CustomImage[] | undefined> =
    customImages === undefined || customImages.imageNames.length === 0 || customImages.appImageConfigNames.length === 0
      ? fc.constant(undefined)
      : fc.uniqueArray(fc.record({ ImageName: fc.constantFrom(...customImages.imageNames), AppImageConfigName: fc.constantFrom(...customImages.appImageConfigNames) }), {
          minLength: 1,
          maxLength: 5,
          selector: (image) => image.ImageName,
        });
  return fc
    .tuple(dashedName('DomainName'), fc.constantFrom(...(enumOf('AuthMode') as AuthMode[])), roleArn(), images, withTimes ? timesPair(constraints) : fc.constant({}), withTags ? tags() : fc.constant(undefined))
    .map(([DomainName, AuthMode, ExecutionRole, CustomImages, times, Tags]) => ({
      DomainName,
      AuthMode,
      DefaultUserSettings: { ExecutionRole, ...(CustomImages !== undefined && { KernelGatewayAppSettings: { CustomImages } }) },
      ...times,
      ...(Tags !== undefined && { Tags }),
    }));
}
