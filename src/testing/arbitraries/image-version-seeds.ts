import type { ImageVersionStatus, JobType, Processor, VendorGuidance } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { ImageVersionSeed } from '../../glossary';
import { tags } from './tags';
import { ALPHANUMERIC, enumOf, lengthOf, PRINTABLE, textOf } from './text';
import type { TimeConstraints } from './times';
import { timesPair } from './times';

/**
 * What {@link imageVersionSeeds} draws: how many versions, their statuses and tags, and their
 * times as {@link TimeConstraints} say.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { imageVersionSeeds } from 'sagemaker-image-mock/arbitraries';
 * import type { ImageVersionSeedsConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * const someFailed: ImageVersionSeedsConstraints = { minLength: 1, maxLength: 3, withStatus: true };
 * const [versions] = fc.sample(imageVersionSeeds(someFailed), 1);
 * expect(versions?.every((version) => version.ImageVersionStatus !== undefined)).toBe(true);
 * ```
 */
export interface ImageVersionSeedsConstraints extends TimeConstraints {
  /** Fewest versions. Default 0. */
  readonly minLength?: number;
  /** Most versions. Default: fast-check's default size. */
  readonly maxLength?: number;
  /** Any ImageVersionStatus (a FailureReason with the failed ones); false leaves CREATED. Default false. */
  readonly withStatus?: boolean;
  /** Up to 50 tags on each version. Default false. */
  readonly withTags?: boolean;
}

/**
 * Valid image version aliases: `(?!^[.-])^([a-zA-Z0-9-_.]+)$`, up to the model's 128 characters:
 * no '.' or '-' first.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageVersionAlias } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageVersionAlias(), (alias) => {
 *   const store = new ImageStore();
 *   store.seed({ ImageName: 'img', Versions: [{ BaseImage: 'repo/img:1', Aliases: [alias] }] });
 *   expect(store.describeImageVersion({ ImageName: 'img', Alias: alias }).Version).toBe(1);
 * }));
 * ```
 */
export function imageVersionAlias(): fc.Arbitrary<string> {
  const { max } = lengthOf('SageMakerImageVersionAlias');
  return fc
    .tuple(fc.constantFrom(...ALPHANUMERIC, '_'), textOf([...ALPHANUMERIC, '-', '_', '.'], 0, max - 1))
    .map(([first, rest]) => first + rest);
}

/** `^[a-zA-Z]+ ?\d+\.\d+(\.\d+)?$`, as MLFramework and ProgrammingLang take (`Python 3.11`, `PyTorch2.1.0`). */
function frameworkVersion(): fc.Arbitrary<string> {
  const letters = ALPHANUMERIC.filter((c) => /[a-zA-Z]/.test(c));
  const number = fc.integer({ min: 0, max: 99 }).map(String);
  return fc
    .tuple(textOf(letters, 1, 12), fc.constantFrom('', ' '), number, number, fc.option(number, { nil: undefined }))
    .map(([name, space, major, minor, patch]) => `${name}${space}${major}.${minor}${patch === undefined ? '' : `.${patch}`}`);
}

function versionSeed(constraints: ImageVersionSeedsConstraints): fc.Arbitrary<Omit<ImageVersionSeed, 'Aliases'>> {
  const { withStatus = false, withTags = false } = constraints;
  const base = lengthOf('ImageBaseImage');
  const notes = lengthOf('ReleaseNotes');
  const status = fc.constantFrom(...(enumOf('ImageVersionStatus') as ImageVersionStatus[])).chain((ImageVersionStatus) =>
    ImageVersionStatus.endsWith('_FAILED')
      ? fc.record({ ImageVersionStatus: fc.constant(ImageVersionStatus), FailureReason: textOf(PRINTABLE, lengthOf('FailureReason').min, lengthOf('FailureReason').max) })
      : fc.constant({ ImageVersionStatus }),
  );
  const members = fc.record(
    {
      VendorGuidance: fc.constantFrom(...(enumOf('VendorGuidance') as VendorGuidance[])),
      JobType: fc.constantFrom(...(enumOf('JobType') as JobType[])),
      MLFramework: frameworkVersion(),
      ProgrammingLang: frameworkVersion(),
      Processor: fc.constantFrom(...(enumOf('Processor') as Processor[])),
      Horovod: fc.boolean(),
      ReleaseNotes: textOf(PRINTABLE, Math.max(1, notes.min), notes.max),
    },
    { requiredKeys: [] },
  );
  return fc
    .tuple(
      textOf(PRINTABLE, Math.max(1, base.min), base.max),
      members,
      fc.option(timesPair(constraints), { nil: undefined }),
      withStatus ? status : fc.constant({}),
      withTags ? tags() : fc.constant(undefined),
    )
    .map(([BaseImage, rest, times, state, Tags]) => ({ BaseImage, ...rest, ...times, ...state, ...(Tags !== undefined && { Tags }) }));
}

/**
 * The `Versions` of one seed: version seeds with every optional member drawn, and aliases unique
 * within the image by construction (a set of aliases, each given to one version).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageVersionSeeds } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageVersionSeeds({ maxLength: 5 }), (Versions) => {
 *   const store = new ImageStore();
 *   store.seed({ ImageName: 'img', Versions });
 *   expect(store.listImageVersions({ ImageName: 'img' }).ImageVersions).toHaveLength(Versions.length);
 * }));
 * ```
 */
export function imageVersionSeeds(constraints: ImageVersionSeedsConstraints = {}): fc.Arbitrary<ImageVersionSeed[]> {
  const { minLength = 0, maxLength } = constraints;
  return fc
    .array(versionSeed(constraints), { minLength, ...(maxLength !== undefined && { maxLength }) })
    .chain((versions) =>
      versions.length === 0
        ? fc.constant([])
        : fc.uniqueArray(fc.tuple(imageVersionAlias(), fc.nat({ max: versions.length - 1 })), { selector: ([alias]) => alias }).map((aliases) =>
            versions.map((version, i) => {
              const own = aliases.filter(([, holder]) => holder === i).map(([alias]) => alias);
              return own.length === 0 ? version : { ...version, Aliases: own };
            }),
          ),
    );
}
