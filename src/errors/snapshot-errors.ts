import { invalidSnapshot } from './factories';

// What is wrong with a damaged snapshot (decision 0023): each text follows the path of the damage in
// `sagemaker-image-mock: cannot restore the snapshot: <path>: <what>`.

export const snapshotDamage = {
  notASnapshot: (format: string) => `not a store snapshot (expected format '${format}')`,
  otherVersion: (reads: readonly number[], found: unknown) => `this package reads versions ${reads.join(' and ')}, not ${String(found)}`,
  notOfShape: (shape: string) => `has members a ${shape} does not have`,
  repeatedAppImageConfig: (name: string) => `the AppImageConfig name '${name}' twice`,
  repeatedDomain: (id: string) => `the DomainId '${id}' twice`,
  repeatedAccountThrottle: (account: string) => `the account ${account} twice`,
  otherAccount: (account: string) => `pictures another account: restoring into account ${account} takes a snapshot of that account alone`,
  notAnObject: 'expected an object',
  notAList: 'expected a list',
  notAPair: 'expected a [key, value] pair',
  notAString: 'expected a string',
  notABoolean: 'expected a boolean',
  notTime: 'expected epoch milliseconds',
  notAWholeNumber: 'expected a whole number',
  outOfRange: (found: number, min: number, max: number) => `${found} is out of range: expected ${min} to ${max}`,
  notASecret: 'expected a base64url secret',
  notAnAccount: 'expected a 12-digit account',
  notAnErrorCode: 'expected an AWS error code',
  notARegion: 'expected a region',
  notANamespaceKey: "expected 'account/region'",
  notAMember: 'is not a member of the format',
  missing: 'is required',
  notOfKind: (kind: string) => `is not a member of a '${kind}' transition`,
  notOneOf: (what: string, values: readonly string[]) => `expected ${what}: one of ${values.join(', ')}`,
  tooManyTags: (count: number, max: number) => `${count} tags; a resource holds at most ${max}`,
  repeatedTagKey: (key: string) => `the tag key '${key}' twice`,
  repeatedNamespace: (key: string) => `the namespace ${key} twice`,
  repeatedImage: (name: string) => `the image name '${name}' twice`,
  repeatedDeletedImage: (name: string) => `the deleted image name '${name}' twice`,
  deletedImageLive: (name: string) => `'${name}' is listed as deleted but is an image of this namespace`,
  modifiedBeforeCreated: 'LastModifiedTime is before CreationTime',
  revisionsOutOfOrder: (created: number, modified: number) => `modifiedRevision ${modified} is below createdRevision ${created}`,
  revisionAhead: (found: number, revision: number) => `revision ${found} is beyond the store's revision ${revision}`,
  versionsOutOfOrder: (previous: number, found: number) => `version ${found} after version ${previous}: versions are listed once each, in ascending order`,
  versionAboveLast: (found: number, last: number) => `version ${found} is above lastVersion ${last}`,
  repeatedDeletedVersion: (found: number) => `the deleted version ${found} twice`,
  deletedVersionLive: (found: number) => `version ${found} is listed as deleted but exists`,
  numbersUnaccounted: (last: number, accounted: number) =>
    `lastVersion is ${last} but the versions and deletedVersions account for ${accounted} numbers (every number up to lastVersion is one or the other)`,
  repeatedAlias: (alias: string) => `the alias '${alias}' twice`,
  aliasWithoutVersion: (alias: string, version: number) => `the alias '${alias}' names version ${version}, which does not exist`,
  repeatedClientToken: (token: string) => `the ClientToken '${token}' twice`,
  foreignClientTokenArn: (arn: string) => `'${arn}' is not the ARN of a version this image has issued`,
  repeatedTransition: (seq: number) => `a pending transition with seq ${seq} twice`,
  transitionSeqAhead: (seq: number, counter: number) => `seq ${seq} is beyond transitions.seq ${counter}`,
  dueBeforeModified: (until: number, modified: number) =>
    `falls due at ${until}, before the LastModifiedTime ${modified} of what it finishes (a transition is scheduled at or after the record's last change)`,
  versionOnlyFor: (operations: readonly string[]) => `a version applies only to ${operations.join(' and ')}`,
};

/** A TypeError naming where a snapshot is damaged and what is wrong there. */
export function damagedSnapshot(path: string, what: string): TypeError {
  return invalidSnapshot(`${path}: ${what}`);
}

/**
 * The checker's first, pathless pass found damage: never shown to a user, it makes the checker run
 * again with paths, to name where the damage is.
 */
export const PATHLESS_DAMAGE = new Error('damaged snapshot (checked again with paths)');
