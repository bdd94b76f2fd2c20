import type { ImageStatus } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import type { ImageSeed } from '../../glossary';
import { imageName } from './image-name';
import type { ImageVersionSeedsConstraints } from './image-version-seeds';
import { imageVersionSeeds } from './image-version-seeds';
import { tags } from './tags';
import { ALPHANUMERIC, enumOf, lengthOf, PRINTABLE, textOf, VISIBLE } from './text';
import type { TimeConstraints } from './times';
import { timesPair } from './times';

/**
 * What {@link imageSeed} draws; the times as {@link TimeConstraints} say.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { imageSeed } from 'sagemaker-image-mock/arbitraries';
 * import type { ImageSeedConstraints } from 'sagemaker-image-mock/arbitraries';
 *
 * const failedOrNot: ImageSeedConstraints = { withStatus: true, withTags: true, withOptionalMembers: false };
 * const [seed] = fc.sample(imageSeed(failedOrNot), 1);
 * expect(seed?.ImageStatus).toBeDefined();
 * ```
 */
export interface ImageSeedConstraints extends TimeConstraints {
  /** The names to draw from. Default `imageName()`. */
  readonly imageName?: fc.Arbitrary<string>;
  /** CreationTime and LastModifiedTime (on or after it) between minTime and maxTime; false leaves them to the clock. Default true. */
  readonly withTimes?: boolean;
  /** Any ImageStatus (a FailureReason with the failed ones); false leaves the default, CREATED. Default false. */
  readonly withStatus?: boolean;
  /** Up to 50 tags with unique keys. Default false. */
  readonly withTags?: boolean;
  /** Description, DisplayName and RoleArn, each present or absent. Default true. */
  readonly withOptionalMembers?: boolean;
  /** `Versions` (with aliases, unique within the image; statuses and tags as `withStatus`, `withTags` say). Default false. */
  readonly withVersions?: boolean;
}

function description(): fc.Arbitrary<string> {
  const { min, max } = lengthOf('ImageDescription');
  return textOf(PRINTABLE, Math.max(1, min), max);
}

/** `^\S(.*\S)?$`: no white space at either end. */
function displayName(): fc.Arbitrary<string> {
  const { max } = lengthOf('ImageDisplayName');
  const visible = fc.constantFrom(...VISIBLE);
  return fc
    .tuple(visible, fc.option(fc.tuple(textOf(PRINTABLE, 0, max - 2), visible), { nil: undefined }))
    .map(([first, rest]) => (rest === undefined ? first : first + rest[0] + rest[1]));
}

/** `^arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$`, within the model's 20 to 2048. */
export function roleArn(): fc.Arbitrary<string> {
  const { max } = lengthOf('RoleArn');
  const account = textOf(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'], 12, 12);
  return fc
    .tuple(fc.constantFrom('aws', 'aws-cn', 'aws-us-gov'), account)
    .chain(([partition, id]) => {
      const head = `arn:${partition}:iam::${id}:role/`;
      return textOf([...ALPHANUMERIC, '_', '+', '=', ',', '.', '@', '-', '/'], 1, max - head.length).map((path) => head + path);
    });
}

function versionConstraints({ minTime, maxTime, withStatus, withTags }: ImageSeedConstraints): ImageVersionSeedsConstraints {
  return { ...(minTime !== undefined && { minTime }), ...(maxTime !== undefined && { maxTime }), ...(withStatus !== undefined && { withStatus }), ...(withTags !== undefined && { withTags }) };
}

/**
 * One valid seed for `store.seed(...)` / `mock.seed(...)`, valid by construction from the model.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { ImageStore } from 'sagemaker-image-mock';
 * import { imageSeed } from 'sagemaker-image-mock/arbitraries';
 *
 * fc.assert(fc.property(imageSeed({ withVersions: true, withTags: true }), (seed) => {
 *   const store = new ImageStore();
 *   const [described] = store.seed(seed);
 *   expect(store.describeImage({ ImageName: seed.ImageName })).toEqual(described);
 * }));
 * ```
 */
export function imageSeed(constraints: ImageSeedConstraints = {}): fc.Arbitrary<ImageSeed> {
  const { withTimes = true, withStatus = false, withTags = false, withOptionalMembers = true, withVersions = false } = constraints;
  const name = constraints.imageName ?? imageName();
  const status = fc.constantFrom(...(enumOf('ImageStatus') as ImageStatus[])).chain((ImageStatus) =>
    ImageStatus.endsWith('_FAILED')
      ? fc.record({ ImageStatus: fc.constant(ImageStatus), FailureReason: textOf(PRINTABLE, lengthOf('FailureReason').min, lengthOf('FailureReason').max) })
      : fc.constant({ ImageStatus }),
  );
  const optional = fc.record({ Description: description(), DisplayName: displayName(), RoleArn: roleArn() }, { requiredKeys: [] });
  return fc
    .tuple(
      name,
      withOptionalMembers ? optional : fc.constant({}),
      withTimes ? timesPair(constraints) : fc.constant({}),
      withStatus ? status : fc.constant({}),
      withTags ? tags() : fc.constant(undefined),
      withVersions ? imageVersionSeeds(versionConstraints(constraints)) : fc.constant(undefined),
    )
    .map(([ImageName, members, times, state, Tags, Versions]) => ({
      ImageName,
      ...members,
      ...times,
      ...state,
      ...(Tags !== undefined && { Tags }),
      ...(Versions !== undefined && { Versions }),
    }));
}
