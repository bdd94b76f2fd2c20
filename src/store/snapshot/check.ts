import { damagedSnapshot, PATHLESS_DAMAGE, snapshotDamage as says } from '../../errors/snapshot-errors';
import type { Scope } from '../../model/arn';
import { ACCOUNT_ID, imageVersionArn, REGION, scopeKey } from '../../model/arn';
import { operations } from '../../model/generated/service-model';
import { shapeOf } from '../../model/shapes';
import type { ListShapeModel } from '../../model/shape-types';
import { fieldViolations } from '../../validation/constraints';
import { deserializeField } from '../../validation/deserialize';
import { isServiceError } from '../../errors/service-error';
import { FAILABLE, OF_DOMAINS, WITH_VERSION } from '../state/failure-plan';
import type { PlacedField } from '../state/records/fields';
import { fieldsAt } from '../state/records/fields';
import { APP_IMAGE_CONFIG_FIELDS } from '../state/records/app-image-config-record';
import { DOMAIN_FIELDS, DOMAIN_SETTING_SHAPES } from '../state/records/domain-record';
import { IMAGE_FIELDS } from '../state/records/image-record';
import { VERSION_FIELDS } from '../state/records/version-record';
import { DOMAIN_KINDS, TRANSITION_KINDS, VERSION_KINDS } from '../state/transition';
import { plannedStub } from '../state/stub-plan';
import type { OperationStub } from '../../glossary';
import type { SnapshotDomain, SnapshotImage, SnapshotNamespace, SnapshotStub, SnapshotTransition, StoreSnapshotPicture } from './format';
import { COUNTER_MAX, FORMAT, READABLE_VERSIONS, VERSION } from './format';

// Reading a snapshot back (decision 0023): first every field's shape, then the store's invariants,
// so a snapshot the checker accepts pictures a state some sequence of calls could reach. A damaged
// one is a TypeError naming the path of the first damage; nothing is built before both pass.

// A shape check runs twice only when it fails: first without paths (`path` undefined, so a large
// snapshot builds no path strings), then again with them, to name where the damage is.
type Check = (value: unknown, path: string | undefined) => void;

/** Thrown by the first, pathless pass: run again with paths. */
const DAMAGED = PATHLESS_DAMAGE;

function fail(path: string | undefined, what: string): never {
  if (path === undefined) throw DAMAGED;
  throw damagedSnapshot(path, what);
}

const at = (path: string | undefined, step: string | number): string | undefined =>
  path === undefined ? undefined : typeof step === 'number' ? `${path}[${step}]` : `${path}.${step}`;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const whole = (min: number): Check => (v, p) => {
  if (!Number.isSafeInteger(v)) fail(p, says.notAWholeNumber);
  if ((v as number) < min || (v as number) > COUNTER_MAX) fail(p, says.outOfRange(v as number, min, COUNTER_MAX));
};
/** A counter, with room to grow. */
const counter = whole(0);
const versionNumber = whole(1);
const time: Check = (v, p) => {
  // A Date holds up to 8.64e15 ms either side of the epoch.
  if (typeof v !== 'number' || !(Math.abs(v) <= 8.64e15)) fail(p, says.notTime);
};
const text: Check = (v, p) => {
  if (typeof v !== 'string') fail(p, says.notAString);
};
const bool: Check = (v, p) => {
  if (typeof v !== 'boolean') fail(p, says.notABoolean);
};
/** A string the model's shape allows (its length, pattern or enum). */
const shaped = (shape: string): Check => (v, p) => {
  if (typeof v !== 'string') fail(p, says.notAString);
  const problems = fieldViolations(shape, v, p ?? '');
  if (problems.length > 0) fail(p, problems.join('; '));
};
const pattern = (regex: RegExp, what: string): Check => (v, p) => {
  if (typeof v !== 'string' || !regex.test(v)) fail(p, what);
};
const oneOf = (values: readonly string[], what: string): Check => (v, p) => {
  if (typeof v !== 'string' || !values.includes(v)) fail(p, says.notOneOf(what, values));
};
const listOf = (check: Check): Check => (v, p) => {
  if (!Array.isArray(v)) fail(p, says.notAList);
  for (let i = 0; i < v.length; i += 1) check(v[i], at(p, i));
};
const pair = (first: Check, second: Check): Check => (v, p) => {
  if (!Array.isArray(v) || v.length !== 2) fail(p, says.notAPair);
  first(v[0], at(p, 0));
  second(v[1], at(p, 1));
};

interface Field {
  readonly check: Check;
  readonly optional?: boolean;
}
const required = (check: Check): Field => ({ check });
const optional = (check: Check): Field => ({ check, optional: true });

/** An object with exactly these members: a required one missing, or one the format does not have, is damage. */
const record = (fields: Record<string, Field>): Check => {
  const entries = Object.entries(fields);
  return (v, p) => {
    if (!isObject(v)) fail(p, says.notAnObject);
    for (const key in v) if (Object.hasOwn(v, key) && !Object.hasOwn(fields, key)) fail(at(p, key), says.notAMember);
    for (const [key, field] of entries) {
      const inner = v[key];
      // A missing required member fails its own check (every check refuses undefined).
      if (inner !== undefined || field.optional !== true) field.check(inner, at(p, key));
    }
  };
};

/**
 * The most tags a snapshot's resource may hold: the model's TagList bound (the service's quota, the
 * store's default `limits.tagsPerResource`), or the loading store's own limit when that is higher.
 */
function tagBound(tagsPerResource: number): number {
  return Math.max((shapeOf('TagList') as ListShapeModel).max ?? 0, tagsPerResource);
}

function tagList(bound: number): Check {
  const pairs = listOf(pair(shaped('TagKey'), shaped('TagValue')));
  return (v, p) => {
    pairs(v, p);
    const list = v as readonly (readonly [string, string])[];
    if (list.length > bound) fail(p, says.tooManyTags(list.length, bound));
    const keys = new Set<string>();
    for (let i = 0; i < list.length; i += 1) {
      const key = list[i]![0];
      if (keys.has(key)) fail(at(p, i), says.repeatedTagKey(key));
      keys.add(key);
    }
  };
}

const httpStatus: Check = (v, p) => {
  if (!Number.isInteger(v) || (v as number) < 400 || (v as number) > 599) fail(p, says.outOfRange(v as number, 400, 599));
};
/** The operations a planned error may name: every one of the model. */
const OPERATION_NAMES = Object.keys(operations);

const anObject: Check = (v, p) => {
  if (!isObject(v)) fail(p, says.notAnObject);
};

/** A stub of the right members, that `stubOperation` would plan (an operation it does not implement, an output of JSON data). */
const STUB_MEMBERS = record({
  operation: required(text), output: optional(anObject),
  error: optional(record({ code: required(text), message: optional(text), httpStatus: required(httpStatus) })),
  accountId: optional(text), remaining: optional(whole(1)),
});
const stub: Check = (v, p) => {
  STUB_MEMBERS(v, p);
  const { remaining, ...rest } = v as SnapshotStub;
  try {
    // Checked as stubOperation checks a stub (a snapshot's member may be anything: the check decides).
    plannedStub({ ...rest, ...(remaining !== undefined && { count: remaining }) } as OperationStub, OPERATION_NAMES);
  } catch (error) {
    if (error instanceof TypeError) fail(p, error.message);
    throw error;
  }
};

/** What an `image-updated` transition keeps of the image before the update. */
const IMAGE_PREVIOUS = record({ description: optional(shaped('ImageDescription')), displayName: optional(shaped('ImageDisplayName')), roleArn: optional(shaped('RoleArn')) });

/** A check for a value of the model's shape `shape`, as a snapshot keeps it (a timestamp as epoch ms). */
function ofShape(shape: string): Check {
  const model = shapeOf(shape);
  switch (model.type) {
    case 'timestamp':
      return time;
    case 'boolean':
      return bool;
    case 'integer':
      return whole(model.min ?? 0);
    case 'structure':
    case 'list':
    case 'map':
      return nested(shape);
    default:
      return shaped(shape);
  }
}

/** A structure, list or map: exactly what the service's parse step keeps of it, and every constraint held. */
const nested = (shape: string): Check => (v, p) => {
  let clean: unknown;
  try {
    clean = deserializeField(shape, v, p ?? '');
  } catch (error) {
    if (!isServiceError(error)) throw error;
    fail(p, error.message);
  }
  if (JSON.stringify(clean) !== JSON.stringify(v)) fail(p, says.notOfShape(shape));
  const problems = fieldViolations(shape, clean, p ?? '');
  if (problems.length > 0) fail(p, problems.join('; '));
};

/** The checks of a record's members, from its field table. */
function memberChecks(fields: readonly PlacedField[]): Record<string, Field> {
  return Object.fromEntries(fields.map((field) => [field.member, field.required ? required(ofShape(field.shape)) : optional(ofShape(field.shape))]));
}

const IMAGE_MEMBERS = memberChecks(fieldsAt(IMAGE_FIELDS, 'snapshot'));
const VERSION_MEMBERS = memberChecks(fieldsAt(VERSION_FIELDS, 'snapshot'));
const CONFIG_MEMBERS = memberChecks(fieldsAt(APP_IMAGE_CONFIG_FIELDS, 'snapshot'));
const DOMAIN_MEMBERS = memberChecks(fieldsAt(DOMAIN_FIELDS, 'snapshot'));
/** A domain's settings: each an optional CreateDomain member, of that member's shape. */
const DOMAIN_SETTINGS: Record<string, Field> = Object.fromEntries(Object.entries(DOMAIN_SETTING_SHAPES).map(([member, shape]) => [member, optional(ofShape(shape))]));

const scopeFields = { accountId: required(pattern(ACCOUNT_ID, says.notAnAccount)), region: required(pattern(REGION, says.notARegion)) };

function shapeCheck(tagsPerResource: number): Check {
  const tags = tagList(tagBound(tagsPerResource));
  const version = record({ ...VERSION_MEMBERS, createdRevision: required(counter), modifiedRevision: required(counter), Tags: required(tags) });
  const image = record({
    ...IMAGE_MEMBERS, createdRevision: required(counter), modifiedRevision: required(counter), lastVersion: required(counter),
    Tags: required(tags), versions: required(listOf(version)),
    aliases: required(listOf(pair(shaped('SageMakerImageVersionAlias'), versionNumber))),
    clientTokens: required(listOf(pair(shaped('ClientToken'), text))), deletedVersions: required(listOf(versionNumber)),
  });
  const config = record({ ...CONFIG_MEMBERS, createdRevision: required(counter), modifiedRevision: required(counter), Tags: required(tags) });
  const domain = record({ ...DOMAIN_MEMBERS, settings: required(record(DOMAIN_SETTINGS)), createdRevision: required(counter), modifiedRevision: required(counter), Tags: required(tags) });
  // Which members a transition has depends on its kind: checked with the invariants (checkInvariants).
  const transition = record({
    until: required(time), seq: required(counter), kind: required(oneOf(TRANSITION_KINDS, 'a transition kind')), ...scopeFields,
    imageName: optional(shaped('ImageName')), imageRevision: optional(counter), version: optional(versionNumber), versionRevision: optional(counter),
    domainId: optional(shaped('DomainId')), domainRevision: optional(counter),
    failure: optional(shaped('FailureReason')), previous: optional(anObject),
  });
  return record({
    format: required(text), version: required(counter),
    revision: required(counter),
    tokenSecret: required(pattern(/^[A-Za-z0-9_-]+$/, says.notASecret)),
    throttledCalls: required(counter),
    accountThrottles: required(listOf(pair(pattern(ACCOUNT_ID, says.notAnAccount), whole(1)))),
    namespaces: required(listOf(record({
      ...scopeFields, deletedImages: required(listOf(shaped('ImageName'))), images: required(listOf(image)),
      appImageConfigs: required(listOf(config)), domains: required(listOf(domain)),
    }))),
    transitions: required(record({ seq: required(counter), pending: required(listOf(transition)) })),
    errors: required(listOf(record({
      code: required(pattern(/^[A-Za-z][A-Za-z0-9.]*$/, says.notAnErrorCode)), message: optional(text), httpStatus: required(httpStatus),
      operation: optional(oneOf(OPERATION_NAMES, 'an operation')), accountId: optional(pattern(ACCOUNT_ID, says.notAnAccount)), remaining: required(whole(1)),
    }))),
    stubs: required(listOf(stub)),
    failures: required(listOf(record({
      operation: required(oneOf(FAILABLE, 'a failable operation')),
      namespace: required(pattern(/^\d{12}\/[a-z]{2,}(-[a-z]+)+-\d+$/, says.notANamespaceKey)),
      name: required(text), version: optional(versionNumber), reason: required(shaped('FailureReason')),
    }))),
  });
}

// The invariants: what no sequence of calls can break. Checked on a snapshot of the right shape;
// paths are built only for the damage found.

function times(c: { readonly CreationTime: number; readonly LastModifiedTime: number }, path: () => string): void {
  if (c.LastModifiedTime < c.CreationTime) throw damagedSnapshot(`${path()}.LastModifiedTime`, says.modifiedBeforeCreated);
}

function revisions(c: { readonly createdRevision: number; readonly modifiedRevision: number }, revision: number, path: () => string): void {
  if (c.modifiedRevision < c.createdRevision) throw damagedSnapshot(`${path()}.modifiedRevision`, says.revisionsOutOfOrder(c.createdRevision, c.modifiedRevision));
  if (c.modifiedRevision > revision) throw damagedSnapshot(`${path()}.modifiedRevision`, says.revisionAhead(c.modifiedRevision, revision));
}

function checkImage(image: SnapshotImage, scope: Scope, revision: number, path: () => string): void {
  times(image, path);
  revisions(image, revision, path);
  const live = new Set<number>();
  let previous = 0;
  image.versions.forEach((v, i) => {
    const where = () => `${path()}.versions[${i}]`;
    if (v.Version <= previous) throw damagedSnapshot(`${where()}.Version`, says.versionsOutOfOrder(previous, v.Version));
    if (v.Version > image.lastVersion) throw damagedSnapshot(`${where()}.Version`, says.versionAboveLast(v.Version, image.lastVersion));
    previous = v.Version;
    live.add(v.Version);
    times(v, where);
    revisions(v, revision, where);
  });
  const deleted = new Set<number>();
  image.deletedVersions.forEach((n, i) => {
    const where = `${path()}.deletedVersions[${i}]`;
    if (deleted.has(n)) throw damagedSnapshot(where, says.repeatedDeletedVersion(n));
    if (live.has(n)) throw damagedSnapshot(where, says.deletedVersionLive(n));
    if (n > image.lastVersion) throw damagedSnapshot(where, says.versionAboveLast(n, image.lastVersion));
    deleted.add(n);
  });
  if (live.size + deleted.size !== image.lastVersion) throw damagedSnapshot(`${path()}.lastVersion`, says.numbersUnaccounted(image.lastVersion, live.size + deleted.size));
  const aliases = new Set<string>();
  image.aliases.forEach(([alias, n], i) => {
    const where = `${path()}.aliases[${i}]`;
    if (aliases.has(alias)) throw damagedSnapshot(where, says.repeatedAlias(alias));
    if (!live.has(n)) throw damagedSnapshot(where, says.aliasWithoutVersion(alias, n));
    aliases.add(alias);
  });
  const tokens = new Set<string>();
  const arnPrefix = imageVersionArn(scope, image.ImageName, 0).slice(0, -1);
  image.clientTokens.forEach(([token, arn], i) => {
    const where = `${path()}.clientTokens[${i}]`;
    if (tokens.has(token)) throw damagedSnapshot(where, says.repeatedClientToken(token));
    const number = arn.slice(arnPrefix.length);
    if (!arn.startsWith(arnPrefix) || !/^[1-9]\d*$/.test(number) || Number(number) > image.lastVersion) throw damagedSnapshot(`${where}[1]`, says.foreignClientTokenArn(arn));
    tokens.add(token);
  });
}

function checkNamespace(ns: SnapshotNamespace, revision: number, path: () => string, seen: Set<string>): void {
  const scope = { accountId: ns.accountId, region: ns.region };
  const key = scopeKey(scope);
  if (seen.has(key)) throw damagedSnapshot(path(), says.repeatedNamespace(key));
  seen.add(key);
  const names = new Set<string>();
  ns.images.forEach((image, j) => {
    const where = () => `${path()}.images[${j}]`;
    if (names.has(image.ImageName)) throw damagedSnapshot(`${where()}.ImageName`, says.repeatedImage(image.ImageName));
    names.add(image.ImageName);
    checkImage(image, scope, revision, where);
  });
  const configs = new Set<string>();
  ns.appImageConfigs.forEach((config, j) => {
    const where = () => `${path()}.appImageConfigs[${j}]`;
    if (configs.has(config.AppImageConfigName)) throw damagedSnapshot(`${where()}.AppImageConfigName`, says.repeatedAppImageConfig(config.AppImageConfigName));
    configs.add(config.AppImageConfigName);
    times(config, where);
    revisions(config, revision, where);
  });
  const domains = new Set<string>();
  ns.domains.forEach((domain, j) => {
    const where = () => `${path()}.domains[${j}]`;
    if (domains.has(domain.DomainId)) throw damagedSnapshot(`${where()}.DomainId`, says.repeatedDomain(domain.DomainId));
    domains.add(domain.DomainId);
    times(domain, where);
    revisions(domain, revision, where);
  });
  const deleted = new Set<string>();
  ns.deletedImages.forEach((name, j) => {
    const where = `${path()}.deletedImages[${j}]`;
    if (deleted.has(name)) throw damagedSnapshot(where, says.repeatedDeletedImage(name));
    if (names.has(name)) throw damagedSnapshot(where, says.deletedImageLive(name));
    deleted.add(name);
  });
}

function checkInvariants(s: StoreSnapshotPicture): void {
  // A secret that does not read back as itself would sign with other bytes than it names.
  if (Buffer.from(s.tokenSecret, 'base64url').toString('base64url') !== s.tokenSecret) throw damagedSnapshot('snapshot.tokenSecret', says.notASecret);
  const seen = new Set<string>();
  s.namespaces.forEach((ns, i) => checkNamespace(ns, s.revision, () => `snapshot.namespaces[${i}]`, seen));
  const images = new Map<string, SnapshotImage>();
  if (s.transitions.pending.length > 0) for (const ns of s.namespaces) for (const image of ns.images) images.set(`${ns.accountId}/${ns.region}/${image.ImageName}`, image);
  const domains = new Map<string, SnapshotDomain>();
  if (s.transitions.pending.length > 0) for (const ns of s.namespaces) for (const domain of ns.domains) domains.set(`${ns.accountId}/${ns.region}/${domain.DomainId}`, domain);
  const seqs = new Set<number>();
  s.transitions.pending.forEach((t, i) => {
    const where = `snapshot.transitions.pending[${i}]`;
    if (t.seq < 1 || t.seq > s.transitions.seq) throw damagedSnapshot(`${where}.seq`, says.transitionSeqAhead(t.seq, s.transitions.seq));
    if (seqs.has(t.seq)) throw damagedSnapshot(`${where}.seq`, says.repeatedTransition(t.seq));
    seqs.add(t.seq);
    const ofDomain = DOMAIN_KINDS.includes(t.kind);
    const ofVersion = VERSION_KINDS.includes(t.kind);
    const members: readonly [keyof SnapshotTransition, boolean][] = [
      ['imageName', !ofDomain], ['imageRevision', !ofDomain], ['version', ofVersion], ['versionRevision', ofVersion],
      ['domainId', ofDomain], ['domainRevision', ofDomain], ['previous', t.kind === 'image-updated' || t.kind === 'domain-updated'],
    ];
    for (const [member, belongs] of members) {
      if (belongs && t[member] === undefined) throw damagedSnapshot(`${where}.${member}`, says.missing);
      if (!belongs && t[member] !== undefined) throw damagedSnapshot(`${where}.${member}`, says.notOfKind(t.kind));
    }
    if (t.kind === 'image-updated') IMAGE_PREVIOUS(t.previous, `${where}.previous`);
    if (t.kind === 'domain-updated') record(DOMAIN_SETTINGS)(t.previous, `${where}.previous`);
    for (const member of ['imageRevision', 'versionRevision', 'domainRevision'] as const) {
      const found = t[member];
      if (found !== undefined && found > s.revision) throw damagedSnapshot(`${where}.${member}`, says.revisionAhead(found, s.revision));
    }
    // Finishing a transition sets its record's LastModifiedTime to `until`: never back in time.
    let finished: { readonly LastModifiedTime: number } | undefined;
    if (ofDomain) {
      const domain = domains.get(`${t.accountId}/${t.region}/${t.domainId!}`);
      if (domain !== undefined && domain.createdRevision === t.domainRevision) finished = domain;
    } else {
      const image = images.get(`${t.accountId}/${t.region}/${t.imageName!}`);
      if (image !== undefined && image.createdRevision === t.imageRevision) {
        finished = ofVersion ? image.versions.find((v) => v.Version === t.version && v.createdRevision === t.versionRevision) : image;
      }
    }
    if (finished !== undefined && t.until < finished.LastModifiedTime) throw damagedSnapshot(`${where}.until`, says.dueBeforeModified(t.until, finished.LastModifiedTime));
  });
  const throttled = new Set<string>();
  s.accountThrottles.forEach(([account], i) => {
    if (throttled.has(account)) throw damagedSnapshot(`snapshot.accountThrottles[${i}]`, says.repeatedAccountThrottle(account));
    throttled.add(account);
  });
  s.failures.forEach((f, i) => {
    const nameShape = OF_DOMAINS.includes(f.operation) ? 'DomainName' : 'ImageName';
    const problems = fieldViolations(nameShape, f.name, `snapshot.failures[${i}].name`);
    if (problems.length > 0) throw damagedSnapshot(`snapshot.failures[${i}].name`, problems.join('; '));
    if (f.version !== undefined && !WITH_VERSION.includes(f.operation)) throw damagedSnapshot(`snapshot.failures[${i}].version`, says.versionOnlyFor(WITH_VERSION));
  });
}

/**
 * A version 1 snapshot as version 2 pictures the same store: no AppImageConfigs, domains, account
 * throttles, planned errors or stubs, and a
 * planned failure's `imageName` called `name`. Only what version 1 had is moved; anything else is
 * left for the checker to refuse. The snapshot given is not changed.
 */
function fromVersion1(snapshot: Record<string, unknown>): Record<string, unknown> {
  const namespaces = Array.isArray(snapshot['namespaces'])
    ? snapshot['namespaces'].map((ns: unknown) => (isObject(ns) ? { appImageConfigs: [], domains: [], ...ns } : ns))
    : snapshot['namespaces'];
  const failures = Array.isArray(snapshot['failures'])
    ? snapshot['failures'].map((f: unknown) => {
        if (!isObject(f) || !('imageName' in f)) return f;
        const { imageName, ...rest } = f;
        return { ...rest, name: imageName };
      })
    : snapshot['failures'];
  return { ...snapshot, version: VERSION, namespaces, failures, accountThrottles: [], errors: [], stubs: [] };
}

/**
 * The snapshot, checked: its format and version, every field's shape, and the store's invariants.
 * `tagsPerResource` is the loading store's limit (the bound on a resource's tags is the higher of it
 * and the model's). A damaged snapshot is a TypeError naming the path of the first damage.
 */
export function checkedSnapshot(snapshot: unknown, tagsPerResource: number): StoreSnapshotPicture {
  if (!isObject(snapshot) || snapshot['format'] !== FORMAT) throw damagedSnapshot('snapshot', says.notASnapshot(FORMAT));
  if (!READABLE_VERSIONS.includes(snapshot['version'] as number)) throw damagedSnapshot('snapshot.version', says.otherVersion(READABLE_VERSIONS, snapshot['version']));
  const current = snapshot['version'] === VERSION ? snapshot : fromVersion1(snapshot);
  const shape = shapeCheck(tagsPerResource);
  try {
    shape(current, undefined);
  } catch (error) {
    if (error !== DAMAGED) throw error;
    shape(current, 'snapshot');
  }
  const picture = current as unknown as StoreSnapshotPicture;
  checkInvariants(picture);
  return picture;
}
