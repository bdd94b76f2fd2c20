import { invalidSnapshot } from '../errors/factories';
import type { SnapshotImage, SnapshotTransition, SnapshotVersion, StoreSnapshot } from '../glossary';
import type { Scope } from '../model/arn';
import { ACCOUNT_ID, imageArn, imageVersionArn, REGION, scopeKey } from '../model/arn';
import type { VersionMetadata, VersionRecord } from '../model/records';
import { ImageRecord, newVersionRecord } from '../model/records';
import { TokenCodec } from '../pagination/cursor-token';
import { fieldViolations } from '../validation/constraints';
import type { Planned } from './state/failure-plan';
import { ImageTable } from './state/image-table';
import type { Namespace } from './state/store-state';
import { StoreState } from './state/store-state';
import type { Transition } from './state/transition';

// store.snapshot() and store.restore(snapshot): everything a store holds as plain JSON, and back.

const FORMAT = 'sagemaker-image-mock/store-snapshot';
const VERSION = 1;

/** Drops undefined members, so the picture is the same before and after a JSON round trip. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

function versionPicture(v: VersionRecord): SnapshotVersion {
  return defined({
    Version: v.version,
    BaseImage: v.baseImage,
    ContainerImage: v.containerImage,
    ImageVersionStatus: v.status,
    FailureReason: v.failureReason,
    CreationTime: v.creationTime,
    LastModifiedTime: v.lastModifiedTime,
    createdRevision: v.createdRevision,
    modifiedRevision: v.modifiedRevision,
    VendorGuidance: v.vendorGuidance,
    JobType: v.jobType,
    MLFramework: v.mlFramework,
    ProgrammingLang: v.programmingLang,
    Processor: v.processor,
    Horovod: v.horovod,
    ReleaseNotes: v.releaseNotes,
    Tags: [...v.tags],
  });
}

function imagePicture(image: ImageRecord): SnapshotImage {
  return defined({
    ImageName: image.name,
    Description: image.description,
    DisplayName: image.displayName,
    RoleArn: image.roleArn,
    ImageStatus: image.status,
    FailureReason: image.failureReason,
    CreationTime: image.creationTime,
    LastModifiedTime: image.lastModifiedTime,
    createdRevision: image.createdRevision,
    modifiedRevision: image.modifiedRevision,
    lastVersion: image.lastVersion,
    Tags: [...image.tags],
    versions: [...image.versions.values()].sort((a, b) => a.version - b.version).map(versionPicture),
    aliases: [...image.aliases],
    clientTokens: [...image.clientTokens],
    deletedVersions: [...image.deletedVersions],
  });
}

export function takeSnapshot(state: StoreState): StoreSnapshot {
  const { jobs, seq } = state.scheduler.pending();
  return {
    format: FORMAT,
    version: VERSION,
    revision: state.revision,
    tokenSecret: state.tokens.secret,
    throttledCalls: state.throttledCalls,
    namespaces: state.allNamespaces().map(([key, ns]) => {
      const [accountId = '', region = ''] = key.split('/');
      const images = [...ns.images.index('IMAGE_NAME').walk(undefined, false)].map(imagePicture);
      return { accountId, region, deletedImages: [...ns.deletedImages], images };
    }),
    transitions: {
      seq,
      pending: jobs.map(({ until, seq: order, transition }) => {
        const { scope, ...rest } = transition;
        const picture: SnapshotTransition = { until, seq: order, accountId: scope.accountId, region: scope.region, ...rest };
        return defined(picture);
      }),
    },
    failures: state.failures.entries().map((p) => defined({ operation: p.operation, namespace: p.namespace, imageName: p.imageName, version: p.version, reason: p.reason })),
  };
}

// Reading a snapshot back: every field checked, so a hand-edited or truncated file is a TypeError
// naming what is wrong, never a store that fails later.

// A check runs twice only when it fails: first without paths (`path` undefined, so a large
// snapshot builds no path strings), then again with them, to name where the damage is.
type Check = (value: unknown, path: string | undefined) => void;

/** Thrown by the first, pathless pass: run again with paths. */
const DAMAGED = new Error('damaged snapshot');

function fail(path: string | undefined, what: string): never {
  if (path === undefined) throw DAMAGED;
  throw invalidSnapshot(`${path}: ${what}`);
}

const at = (path: string | undefined, step: string | number): string | undefined =>
  path === undefined ? undefined : typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`;

/** Checks the whole snapshot; a damaged one is a TypeError naming the first damage. */
function check(root: Check, snapshot: unknown): void {
  try {
    root(snapshot, undefined);
  } catch (error) {
    if (error !== DAMAGED) throw error;
    root(snapshot, 'snapshot');
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const wholeNumber: Check = (v, p) => {
  if (!Number.isSafeInteger(v)) fail(p, 'expected a whole number');
};
const time: Check = (v, p) => {
  // A Date holds up to 8.64e15 ms either side of the epoch.
  if (typeof v !== 'number' || !(Math.abs(v) <= 8.64e15)) fail(p, 'expected epoch milliseconds');
};
const text: Check = (v, p) => {
  if (typeof v !== 'string') fail(p, 'expected a string');
};
const shaped = (shape: string): Check => (v, p) => {
  if (typeof v !== 'string') fail(p, 'expected a string');
  const problems = fieldViolations(shape, v, p ?? '');
  if (problems.length > 0) fail(p, problems.join('; '));
};
const optional = (check: Check): Check => (v, p) => {
  if (v !== undefined) check(v, p);
};
const listOf = (check: Check): Check => (v, p) => {
  if (!Array.isArray(v)) fail(p, 'expected a list');
  for (let i = 0; i < v.length; i += 1) check(v[i], at(p, i));
};
const pair = (first: Check, second: Check): Check => (v, p) => {
  if (!Array.isArray(v) || v.length !== 2) fail(p, 'expected a [key, value] pair');
  first(v[0], at(p, 0));
  second(v[1], at(p, 1));
};
const record = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (v, p) => {
    if (!isObject(v)) fail(p, 'expected an object');
    for (const [key, inner] of entries) inner(v[key], at(p, key));
  };
};

const tagPairs = listOf(pair(text, text));
const checkVersion = record({
  Version: wholeNumber, BaseImage: text, ContainerImage: text, ImageVersionStatus: shaped('ImageVersionStatus'),
  FailureReason: optional(text), CreationTime: time, LastModifiedTime: time, createdRevision: wholeNumber, modifiedRevision: wholeNumber,
  VendorGuidance: optional(shaped('VendorGuidance')), JobType: optional(shaped('JobType')), MLFramework: optional(text),
  ProgrammingLang: optional(text), Processor: optional(shaped('Processor')),
  Horovod: optional((v, p) => (typeof v === 'boolean' ? undefined : fail(p, 'expected a boolean'))), ReleaseNotes: optional(text), Tags: tagPairs,
});
const checkImage = record({
  ImageName: shaped('ImageName'), Description: optional(text), DisplayName: optional(text), RoleArn: optional(text),
  ImageStatus: shaped('ImageStatus'), FailureReason: optional(text), CreationTime: time, LastModifiedTime: time,
  createdRevision: wholeNumber, modifiedRevision: wholeNumber, lastVersion: wholeNumber, Tags: tagPairs,
  versions: listOf(checkVersion), aliases: listOf(pair(text, wholeNumber)), clientTokens: listOf(pair(text, text)), deletedVersions: listOf(wholeNumber),
});
const pattern = (regex: RegExp, what: string): Check => (v, p) => {
  if (typeof v !== 'string' || !regex.test(v)) fail(p, `expected ${what}`);
};
const checkSnapshot = record({
  revision: wholeNumber,
  tokenSecret: pattern(/^[A-Za-z0-9_-]+$/, 'a base64url secret'),
  throttledCalls: wholeNumber,
  namespaces: listOf(record({ accountId: pattern(ACCOUNT_ID, 'a 12-digit account'), region: pattern(REGION, 'a region'), deletedImages: listOf(text), images: listOf(checkImage) })),
  transitions: record({
    seq: wholeNumber,
    pending: listOf(record({
      until: time, seq: wholeNumber,
      kind: (v, p) => (['image-created', 'image-updated', 'image-deleted', 'version-created', 'version-deleted'].includes(v as string) ? undefined : fail(p, 'expected a transition kind')),
      accountId: pattern(ACCOUNT_ID, 'a 12-digit account'), region: pattern(REGION, 'a region'), imageName: text, imageRevision: wholeNumber,
      version: optional(wholeNumber), versionRevision: optional(wholeNumber), failure: optional(text),
    })),
  }),
  failures: listOf(record({
    operation: (v, p) => (['CreateImage', 'UpdateImage', 'DeleteImage', 'CreateImageVersion', 'DeleteImageVersion'].includes(v as string) ? undefined : fail(p, 'expected a failable operation')),
    namespace: text, imageName: text, version: optional(wholeNumber), reason: text,
  })),
});

function imageRecord(picture: SnapshotImage, scope: Scope): ImageRecord {
  const image = new ImageRecord({
    name: picture.ImageName,
    arn: imageArn(scope, picture.ImageName),
    description: picture.Description,
    displayName: picture.DisplayName,
    roleArn: picture.RoleArn,
    status: picture.ImageStatus,
    failureReason: picture.FailureReason,
    creationTime: picture.CreationTime,
    lastModifiedTime: picture.LastModifiedTime,
    tags: new Map(picture.Tags),
  }, picture.createdRevision);
  image.modifiedRevision = picture.modifiedRevision;
  image.lastVersion = picture.lastVersion;
  if (picture.versions.length + picture.aliases.length + picture.clientTokens.length + picture.deletedVersions.length > 0) {
    const family = image.ownFamily;
    for (const v of picture.versions) {
      // The enums were checked against the model's shapes (checkVersion).
      const version = newVersionRecord(image, {
        version: v.Version,
        arn: imageVersionArn(scope, image.name, v.Version),
        baseImage: v.BaseImage,
        containerImage: v.ContainerImage,
        status: v.ImageVersionStatus,
        failureReason: v.FailureReason,
        creationTime: v.CreationTime,
        lastModifiedTime: v.LastModifiedTime,
        createdRevision: v.createdRevision,
        modifiedRevision: v.modifiedRevision,
        metadata: v as VersionMetadata,
        tags: new Map(v.Tags),
      });
      family.versions.set(v.Version, version);
      family.stack.push(v.Version);
    }
    for (const [alias, number] of picture.aliases) family.aliases.set(alias, number);
    for (const [token, arn] of picture.clientTokens) family.clientTokens.set(token, arn);
    for (const number of picture.deletedVersions) family.deletedVersions.add(number);
  }
  return image;
}

/** Replaces everything `state` holds with the snapshot's picture; a bad snapshot changes nothing. */
export function restoreSnapshot(state: StoreState, snapshot: unknown): void {
  if (!isObject(snapshot) || snapshot['format'] !== FORMAT) fail('snapshot', `not a store snapshot (expected format '${FORMAT}')`);
  if (snapshot['version'] !== VERSION) fail('snapshot.version', `this package reads version ${VERSION}, not ${String(snapshot['version'])}`);
  check(checkSnapshot, snapshot);
  const picture = snapshot as unknown as StoreSnapshot;
  const namespaces = new Map<string, Namespace>();
  for (const ns of picture.namespaces) {
    const scope = { accountId: ns.accountId, region: ns.region };
    const key = scopeKey(scope);
    if (namespaces.has(key)) fail('snapshot.namespaces', `${key} twice`);
    const namespace = StoreState.emptyNamespace();
    const batch = ImageTable.batch(ns.images.map((image) => imageRecord(image, scope)));
    if ('repeated' in batch) fail(`snapshot.namespaces (${key})`, `the image name '${ns.images[batch.repeated]!.ImageName}' twice`);
    namespace.images.addMany(batch);
    for (const name of ns.deletedImages) namespace.deletedImages.add(name);
    namespaces.set(key, namespace);
  }
  const jobs = picture.transitions.pending.map(({ until, seq, accountId, region, ...rest }) => ({
    until,
    seq,
    transition: { scope: { accountId, region }, ...rest } as Transition,
  }));
  state.load({ namespaces, revision: picture.revision, tokens: new TokenCodec(Buffer.from(picture.tokenSecret, 'base64url')), throttledCalls: picture.throttledCalls });
  state.scheduler.load(jobs, picture.transitions.seq);
  state.failures.load(picture.failures as readonly Planned[]);
}

