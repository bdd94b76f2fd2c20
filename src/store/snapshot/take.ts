import { copyJson } from '../../collections/copy-json';
import { isOfAccount } from '../../model/arn';
import type { PlacedField } from '../state/records/fields';
import { fieldsAt, writeMembers } from '../state/records/fields';
import type { ImageRecord } from '../state/records/image-record';
import type { AppImageConfigRecord } from '../state/records/app-image-config-record';
import { APP_IMAGE_CONFIG_FIELDS } from '../state/records/app-image-config-record';
import type { DomainRecord } from '../state/records/domain-record';
import { DOMAIN_FIELDS } from '../state/records/domain-record';
import { IMAGE_FIELDS } from '../state/records/image-record';
import type { VersionRecord } from '../state/records/version-record';
import { VERSION_FIELDS } from '../state/records/version-record';
import type { StoreState } from '../state/store-state';
import type { SnapshotAppImageConfig, SnapshotDomain, SnapshotImage, SnapshotTransition, SnapshotVersion, StoreSnapshotPicture } from './format';
import { FORMAT, VERSION } from './format';

// store.snapshot(): everything a store holds as plain JSON, each record's members from its field table.

/** Drops undefined members, so the picture is the same before and after a JSON round trip. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

const IMAGE_MEMBERS = fieldsAt(IMAGE_FIELDS, 'snapshot');
const VERSION_MEMBERS = fieldsAt(VERSION_FIELDS, 'snapshot');
const CONFIG_MEMBERS = fieldsAt(APP_IMAGE_CONFIG_FIELDS, 'snapshot');
const DOMAIN_MEMBERS = fieldsAt(DOMAIN_FIELDS, 'snapshot');

function members(fields: readonly PlacedField[], record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  writeMembers(fields, record, out, false);
  return out;
}

function versionPicture(v: VersionRecord): SnapshotVersion {
  return { ...members(VERSION_MEMBERS, v), createdRevision: v.createdRevision, modifiedRevision: v.modifiedRevision, Tags: [...v.tags] } as unknown as SnapshotVersion;
}

function imagePicture(image: ImageRecord): SnapshotImage {
  return {
    ...members(IMAGE_MEMBERS, image),
    createdRevision: image.createdRevision,
    modifiedRevision: image.modifiedRevision,
    lastVersion: image.lastVersion,
    Tags: [...image.tags],
    versions: [...image.versions.values()].sort((a, b) => a.version - b.version).map(versionPicture),
    aliases: [...image.aliases],
    clientTokens: [...image.clientTokens],
    deletedVersions: [...image.deletedVersions],
  } as unknown as SnapshotImage;
}

function configPicture(c: AppImageConfigRecord): SnapshotAppImageConfig {
  return { ...members(CONFIG_MEMBERS, c), createdRevision: c.createdRevision, modifiedRevision: c.modifiedRevision, Tags: [...c.tags] } as unknown as SnapshotAppImageConfig;
}

function domainPicture(d: DomainRecord): SnapshotDomain {
  return {
    ...members(DOMAIN_MEMBERS, d),
    settings: copyJson(d.settings),
    createdRevision: d.createdRevision,
    modifiedRevision: d.modifiedRevision,
    Tags: [...d.tags],
  } as unknown as SnapshotDomain;
}

/**
 * The store's picture; with `accountId`, that account's alone (its namespaces, pending transitions,
 * planned failures and throttles): the picture of a store that holds only that account.
 */
export function takeSnapshot(state: StoreState, accountId?: string): StoreSnapshotPicture {
  const { jobs: all, seq } = state.scheduler.pending();
  const jobs = accountId === undefined ? all : all.filter((job) => job.transition.scope.accountId === accountId);
  const failures = state.failures.entries().filter((p) => accountId === undefined || isOfAccount(p.namespace, accountId));
  const throttles = [...state.accountThrottles].filter(([account]) => accountId === undefined || account === accountId);
  return {
    format: FORMAT,
    version: VERSION,
    revision: state.revision,
    tokenSecret: state.tokens.secret,
    throttledCalls: accountId === undefined ? state.throttledCalls : 0,
    accountThrottles: throttles,
    namespaces: state.allNamespaces(accountId).map(([key, ns]) => {
      const [accountId = '', region = ''] = key.split('/');
      const images = [...ns.images.index('IMAGE_NAME').walk(undefined, false)].map(imagePicture);
      return {
        accountId,
        region,
        deletedImages: [...ns.deletedImages],
        images,
        appImageConfigs: [...ns.appImageConfigs.values()].map(configPicture),
        domains: [...ns.domains.values()].map(domainPicture),
      };
    }),
    transitions: {
      seq,
      pending: jobs.map(({ until, seq: order, transition }) => {
        const { scope, ...rest } = transition;
        const picture = { until, seq: order, accountId: scope.accountId, region: scope.region, ...copyJson(rest) } as SnapshotTransition;
        return defined(picture);
      }),
    },
    errors: state.errors.filter((e) => accountId === undefined || e.accountId === accountId).map((e) => defined({ ...e })),
    stubs: state.stubs.filter((s) => accountId === undefined || s.accountId === accountId).map((s) => defined({ ...s, output: copyJson(s.output), error: s.error && defined({ ...s.error }) })),
    failures: failures.map((p) => defined({ operation: p.operation, namespace: p.namespace, name: p.name, version: p.version, reason: p.reason })),
  };
}
