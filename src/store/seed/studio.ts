import type { DescribeAppImageConfigResponse, DescribeDomainResponse } from '@aws-sdk/client-sagemaker';
import { duplicateResourceSeed, invalidSeed } from '../../errors/factories';
import type { AppImageConfigSeed, DomainSeed } from '../../glossary';
import type { Scope } from '../../model/arn';
import { appImageConfigArn, domainArn, domainUrl, scopeKey } from '../../model/arn';
import type { NewAppImageConfig } from '../state/records/app-image-config-record';
import { APP_IMAGE_CONFIG_FIELDS, AppImageConfigRecord } from '../state/records/app-image-config-record';
import type { NewDomain } from '../state/records/domain-record';
import { DOMAIN_FIELDS, DOMAIN_SETTING_DEFAULTS, DOMAIN_SETTING_MEMBERS, DOMAIN_SETTING_SHAPES, DomainRecord, newDomainIds } from '../state/records/domain-record';
import { fieldsAt, propertiesOf } from '../state/records/fields';
import type { SortedBatch } from '../state/sorted-table';
import { SortedTable } from '../state/sorted-table';
import type { StoreState } from '../state/store-state';
import { toDescribeAppImageConfig, toDescribeDomain } from '../views';
import type { SeedDefaults } from './seed-fields';
import { checkedFields, scopeOfSeed, shapesOf, tagsOf, timesOf } from './seed-fields';

// Seeding AppImageConfigs and domains: put in the store as they are, checked against the model, all
// or nothing (decision 0009), as images are (./images.ts).

const CONFIG_SEED = fieldsAt(APP_IMAGE_CONFIG_FIELDS, 'seed');
const DOMAIN_SEED = fieldsAt(DOMAIN_FIELDS, 'seed');
const OWN_KEYS: ReadonlySet<string> = new Set(['region', 'accountId']);

const CONFIG_SEED_FIELDS: Readonly<Record<string, string>> = { ...shapesOf(CONFIG_SEED), Tags: 'TagList' };
/** A domain seed: its own members, its settings as CreateDomain takes them, and tags. */
const DOMAIN_SEED_FIELDS: Readonly<Record<string, string>> = {
  ...shapesOf(DOMAIN_SEED),
  ...DOMAIN_SETTING_SHAPES,
  Tags: 'TagList',
};

interface Placed<R> {
  readonly scope: Scope;
  readonly record: R;
}

function seedsOf<S>(seeds: readonly (S | readonly S[])[]): S[] {
  return seeds.flat() as S[];
}

function isObject(seed: unknown): seed is object {
  return typeof seed === 'object' && seed !== null && !Array.isArray(seed);
}

/** AppImageConfigs put in the store as they are; all or nothing; each answered as DescribeAppImageConfig would. */
export function seedAppImageConfigs(state: StoreState, seeds: readonly (AppImageConfigSeed | readonly AppImageConfigSeed[])[], scope: Scope): DescribeAppImageConfigResponse[] {
  const defaults: SeedDefaults = { now: state.now(), revision: state.nextRevision() };
  const taken = new Set<string>();
  const placed = seedsOf(seeds).map((seed, index): Placed<AppImageConfigRecord> => {
    if (!isObject(seed)) throw invalidSeed(index, 'seed', 'must be an object');
    const at = scopeOfSeed(seed, index, scope);
    const fields = checkedFields(seed, index, CONFIG_SEED_FIELDS, '', OWN_KEYS);
    if (fields['AppImageConfigName'] === undefined) throw invalidSeed(index, 'AppImageConfigName', 'is required');
    const props = propertiesOf(CONFIG_SEED, fields) as { -readonly [K in keyof NewAppImageConfig]: NewAppImageConfig[K] };
    const key = `${scopeKey(at)}/${props.name}`;
    if (taken.has(key) || state.namespace(at)?.appImageConfigs.has(props.name) === true) {
      throw duplicateResourceSeed(index, 'AppImageConfigName', 'an AppImageConfig named', props.name, scopeKey(at));
    }
    taken.add(key);
    Object.assign(props, timesOf(fields, index, '', defaults.now));
    props.arn = appImageConfigArn(at, props.name);
    props.createdRevision = defaults.revision;
    props.modifiedRevision = defaults.revision;
    props.tags = tagsOf(fields, index, '') ?? new Map<string, string>();
    return { scope: at, record: new AppImageConfigRecord(props) };
  });
  // One bulk insertion per namespace: each sorted index is merged once (names were checked above).
  const byNamespace = new Map<string, Placed<AppImageConfigRecord>[]>();
  for (const one of placed) {
    const key = scopeKey(one.scope);
    const group = byNamespace.get(key);
    if (group === undefined) byNamespace.set(key, [one]);
    else group.push(one);
  }
  for (const group of byNamespace.values()) {
    state.namespace(group[0]!.scope, true).appImageConfigs.addMany(SortedTable.batch(group.map((one) => one.record)) as SortedBatch<AppImageConfigRecord>);
  }
  return placed.map(({ record }) => toDescribeAppImageConfig(record));
}

/** Domains put in the store as they are (their CustomImages unchecked); all or nothing; each answered as DescribeDomain would. */
export function seedDomains(state: StoreState, seeds: readonly (DomainSeed | readonly DomainSeed[])[], scope: Scope): DescribeDomainResponse[] {
  const defaults: SeedDefaults = { now: state.now(), revision: state.nextRevision() };
  const taken = new Set<string>();
  const isTaken = (at: Scope, id: string) => taken.has(`${scopeKey(at)}/${id}`) || state.namespace(at)?.domains.has(id) === true;
  const placed = seedsOf(seeds).map((seed, index): Placed<DomainRecord> => {
    if (!isObject(seed)) throw invalidSeed(index, 'seed', 'must be an object');
    const at = scopeOfSeed(seed, index, scope);
    const fields = checkedFields(seed, index, DOMAIN_SEED_FIELDS, '', OWN_KEYS);
    if (fields['DomainName'] === undefined) throw invalidSeed(index, 'DomainName', 'is required');
    const props = propertiesOf(DOMAIN_SEED, fields) as { -readonly [K in keyof NewDomain]: NewDomain[K] };
    // Each seed draws at its own revision: ids of one batch differ, as those of calls do.
    const drawn = newDomainIds(state.tokens.secret, scopeKey(at), defaults.revision * 1_000_000 + index, (id) => isTaken(at, id));
    if (props.id !== undefined && isTaken(at, props.id)) throw duplicateResourceSeed(index, 'DomainId', 'a domain with DomainId', props.id, scopeKey(at));
    props.id ??= drawn.id;
    props.homeEfsFileSystemId ??= drawn.efs;
    taken.add(`${scopeKey(at)}/${props.id}`);
    props.status ??= 'InService';
    Object.assign(props, timesOf(fields, index, '', defaults.now));
    props.arn = domainArn(at, props.id);
    props.url = domainUrl(at, props.id);
    props.createdRevision = defaults.revision;
    props.modifiedRevision = defaults.revision;
    const settings: Record<string, unknown> = { AuthMode: 'IAM', DefaultUserSettings: {}, ...DOMAIN_SETTING_DEFAULTS };
    for (const member of DOMAIN_SETTING_MEMBERS) if (fields[member] !== undefined) settings[member] = fields[member];
    props.settings = settings;
    props.tags = tagsOf(fields, index, '') ?? new Map<string, string>();
    return { scope: at, record: new DomainRecord(props) };
  });
  for (const { scope: at, record } of placed) state.namespace(at, true).domains.set(record.id, record);
  return placed.map(({ record }) => toDescribeDomain(record));
}
