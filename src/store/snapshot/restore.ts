import { copyJson } from '../../collections/copy-json';
import type { Scope } from '../../model/arn';
import { appImageConfigArn, domainArn, domainUrl, imageArn, imageVersionArn, isOfAccount, scopeKey } from '../../model/arn';
import { TokenCodec } from '../../pagination/cursor-token';
import type { PlannedError } from '../state/error-plan';
import type { PlannedStub } from '../state/stub-plan';
import type { Planned } from '../state/failure-plan';
import type { NewAppImageConfig } from '../state/records/app-image-config-record';
import { APP_IMAGE_CONFIG_FIELDS, AppImageConfigRecord } from '../state/records/app-image-config-record';
import type { NewDomain } from '../state/records/domain-record';
import { DOMAIN_FIELDS, DomainRecord } from '../state/records/domain-record';
import { fieldsAt, propertiesOf } from '../state/records/fields';
import type { NewImage } from '../state/records/image-record';
import { IMAGE_FIELDS, ImageRecord } from '../state/records/image-record';
import type { NewVersion } from '../state/records/version-record';
import { VERSION_FIELDS, VersionRecord } from '../state/records/version-record';
import type { SortedBatch } from '../state/sorted-table';
import { SortedTable } from '../state/sorted-table';
import type { Job } from '../state/scheduler';
import type { Namespace } from '../state/store-state';
import { StoreState } from '../state/store-state';
import type { Transition } from '../state/transition';
import { damagedSnapshot, snapshotDamage } from '../../errors/snapshot-errors';
import { checkedSnapshot } from './check';
import type { SnapshotAppImageConfig, SnapshotDomain, SnapshotImage, SnapshotTransition, StoreSnapshotPicture } from './format';

// store.restore(snapshot): the snapshot checked whole (check.ts), then the new picture built beside
// the old one, then swapped in; a refused snapshot changes nothing.

const IMAGE_MEMBERS = fieldsAt(IMAGE_FIELDS, 'snapshot');
const VERSION_MEMBERS = fieldsAt(VERSION_FIELDS, 'snapshot');
const CONFIG_MEMBERS = fieldsAt(APP_IMAGE_CONFIG_FIELDS, 'snapshot');
const DOMAIN_MEMBERS = fieldsAt(DOMAIN_FIELDS, 'snapshot');

// The members were checked against the model's shapes (check.ts), so of the records' types.
const membersOf = (picture: object): Record<string, unknown> => picture as Record<string, unknown>;

function imageRecord(picture: SnapshotImage, scope: Scope): ImageRecord {
  const fields = propertiesOf(IMAGE_MEMBERS, membersOf(picture)) as Omit<NewImage, 'arn' | 'tags'>;
  const image = new ImageRecord({ ...fields, arn: imageArn(scope, fields.name), tags: new Map(picture.Tags) }, picture.createdRevision, picture.modifiedRevision);
  // check.ts saw the versions in ascending order, so they go back in issue order.
  const versions = picture.versions.map((v) => {
    const props = propertiesOf(VERSION_MEMBERS, membersOf(v)) as Omit<NewVersion, 'arn' | 'createdRevision' | 'modifiedRevision' | 'tags'>;
    const arn = imageVersionArn(scope, image.name, props.version);
    return new VersionRecord(image, { ...props, arn, createdRevision: v.createdRevision, modifiedRevision: v.modifiedRevision, tags: new Map(v.Tags) });
  });
  image.restoreFamily(picture.lastVersion, { versions, aliases: picture.aliases, clientTokens: picture.clientTokens, deletedVersions: picture.deletedVersions });
  return image;
}

function configRecord(picture: SnapshotAppImageConfig, scope: Scope): AppImageConfigRecord {
  const props = propertiesOf(CONFIG_MEMBERS, membersOf(picture)) as Omit<NewAppImageConfig, 'arn' | 'createdRevision' | 'modifiedRevision' | 'tags'>;
  const { createdRevision, modifiedRevision } = picture;
  return new AppImageConfigRecord({ ...props, arn: appImageConfigArn(scope, props.name), createdRevision, modifiedRevision, tags: new Map(picture.Tags) });
}

function domainRecord(picture: SnapshotDomain, scope: Scope): DomainRecord {
  const props = propertiesOf(DOMAIN_MEMBERS, membersOf(picture)) as Omit<NewDomain, 'arn' | 'url' | 'settings' | 'createdRevision' | 'modifiedRevision' | 'tags'>;
  const { createdRevision, modifiedRevision } = picture;
  return new DomainRecord({
    ...props,
    arn: domainArn(scope, props.id),
    url: domainUrl(scope, props.id),
    settings: copyJson(picture.settings),
    createdRevision,
    modifiedRevision,
    tags: new Map(picture.Tags),
  });
}

/** A pending transition built member by member: nothing the snapshot adds reaches the store (check.ts saw each kind's members). */
function transitionOf(t: SnapshotTransition): Transition {
  const scope: Scope = { accountId: t.accountId, region: t.region };
  const failure = t.failure !== undefined ? { failure: t.failure } : {};
  const image = { scope, imageName: t.imageName!, imageRevision: t.imageRevision!, ...failure };
  const domain = { scope, domainId: t.domainId!, domainRevision: t.domainRevision!, ...failure };
  switch (t.kind) {
    case 'image-created':
    case 'image-deleted':
      return { kind: t.kind, ...image };
    case 'image-updated': {
      const p = t.previous as { description?: string; displayName?: string; roleArn?: string };
      return { kind: t.kind, ...image, previous: { description: p.description, displayName: p.displayName, roleArn: p.roleArn } };
    }
    case 'version-created':
    case 'version-deleted':
      return { kind: t.kind, ...image, version: t.version!, versionRevision: t.versionRevision! };
    case 'domain-created':
    case 'domain-deleted':
      return { kind: t.kind, ...domain };
    case 'domain-updated':
      return { kind: t.kind, ...domain, previous: copyJson(t.previous!) };
  }
}

/** The first place a snapshot restored into one account pictures another account, if any. */
function foreignAccount(picture: StoreSnapshotPicture, accountId: string): string | undefined {
  const ns = picture.namespaces.findIndex((n) => n.accountId !== accountId);
  if (ns >= 0) return `snapshot.namespaces[${ns}].accountId`;
  const t = picture.transitions.pending.findIndex((p) => p.accountId !== accountId);
  if (t >= 0) return `snapshot.transitions.pending[${t}].accountId`;
  const f = picture.failures.findIndex((p) => !isOfAccount(p.namespace, accountId));
  if (f >= 0) return `snapshot.failures[${f}].namespace`;
  const e = picture.errors.findIndex((p) => p.accountId !== accountId);
  if (e >= 0) return `snapshot.errors[${e}].accountId`;
  const s = picture.stubs.findIndex((p) => p.accountId !== accountId);
  if (s >= 0) return `snapshot.stubs[${s}].accountId`;
  const a = picture.accountThrottles.findIndex(([account]) => account !== accountId);
  if (a >= 0) return `snapshot.accountThrottles[${a}]`;
  return picture.throttledCalls > 0 ? 'snapshot.throttledCalls' : undefined;
}

/**
 * Replaces everything `state` holds with the snapshot's picture; with `accountId`, that account's
 * alone (the snapshot must picture no other account; the store's token secret stays). A damaged
 * snapshot is a TypeError and changes nothing.
 */
export function restoreSnapshot(state: StoreState, snapshot: unknown, accountId?: string): void {
  const picture = checkedSnapshot(snapshot, state.options.limits.tagsPerResource);
  const foreign = accountId === undefined ? undefined : foreignAccount(picture, accountId);
  if (foreign !== undefined) throw damagedSnapshot(foreign, snapshotDamage.otherAccount(accountId!));
  const namespaces = new Map<string, Namespace>();
  for (const ns of picture.namespaces) {
    const scope = { accountId: ns.accountId, region: ns.region };
    const namespace = StoreState.emptyNamespace();
    // Names are unique (check.ts), so the batch is one.
    namespace.images.addMany(SortedTable.batch(ns.images.map((image) => imageRecord(image, scope))) as SortedBatch<ImageRecord>);
    for (const name of ns.deletedImages) namespace.deletedImages.add(name);
    namespace.appImageConfigs.addMany(SortedTable.batch(ns.appImageConfigs.map((config) => configRecord(config, scope))) as SortedBatch<AppImageConfigRecord>);
    for (const domain of ns.domains) namespace.domains.set(domain.DomainId, domainRecord(domain, scope));
    namespaces.set(scopeKey(scope), namespace);
  }
  const jobs: Job<Transition>[] = picture.transitions.pending.map((t) => ({ until: t.until, seq: t.seq, transition: transitionOf(t) }));
  const errors: PlannedError[] = picture.errors.map((e) => ({ code: e.code, message: e.message, httpStatus: e.httpStatus, operation: e.operation, accountId: e.accountId, remaining: e.remaining }));
  const stubs: PlannedStub[] = picture.stubs.map((p) => ({ operation: p.operation, output: copyJson(p.output), error: p.error && { code: p.error.code, message: p.error.message, httpStatus: p.error.httpStatus }, accountId: p.accountId, remaining: p.remaining }));
  const failures: Planned[] = picture.failures.map((f) => ({ operation: f.operation, namespace: f.namespace, name: f.name, version: f.version, reason: f.reason }));
  // Everything is built: the swap below cannot fail half way (the scheduler builds its list before it drops the old one).
  if (accountId !== undefined) {
    state.scheduler.replaceWhere((t) => t.scope.accountId === accountId, jobs);
    state.loadAccount(accountId, { namespaces, revision: picture.revision, throttledCalls: picture.accountThrottles[0]?.[1] ?? 0 });
    state.failures.load([...state.failures.entries().filter((p) => !isOfAccount(p.namespace, accountId)), ...failures]);
    state.errors = [...state.errors.filter((p) => p.accountId !== accountId), ...errors];
    state.stubs = [...state.stubs.filter((p) => p.accountId !== accountId), ...stubs];
    return;
  }
  const tokens = new TokenCodec(Buffer.from(picture.tokenSecret, 'base64url'));
  state.scheduler.load(jobs, picture.transitions.seq);
  state.load({ namespaces, revision: picture.revision, tokens, throttledCalls: picture.throttledCalls, accountThrottles: new Map(picture.accountThrottles) });
  state.failures.load(failures);
  state.errors = errors;
  state.stubs = stubs;
}
