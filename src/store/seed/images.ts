import type { DescribeImageResponse } from '@aws-sdk/client-sagemaker';
import { duplicateSeed, invalidSeed } from '../../errors/factories';
import type { SeedDefaults } from './seed-fields';
import { checkedFields, scopeOfSeed, shapesOf, tagsOf, timesOf } from './seed-fields';
import type { ImageSeed, SeedArgument } from '../../glossary';
import type { Scope } from '../../model/arn';
import { imageArn, imageVersionArn, scopeKey } from '../../model/arn';
import { fieldsAt, propertiesOf } from '../state/records/fields';
import type { NewImage } from '../state/records/image-record';
import { IMAGE_FIELDS, ImageRecord } from '../state/records/image-record';
import type { NewVersion } from '../state/records/version-record';
import { VERSION_FIELDS, VersionRecord } from '../state/records/version-record';
import type { SortedBatch } from '../state/sorted-table';
import { SortedTable } from '../state/sorted-table';
import type { StoreState } from '../state/store-state';
import { toDescribeImage } from '../views';

// Seeding: images put in the store as they are, checked against the model (decision 0009).

const IMAGE_SEED = fieldsAt(IMAGE_FIELDS, 'seed');
const VERSION_SEED = fieldsAt(VERSION_FIELDS, 'seed');


/** The service shape each seed field is checked against (constraints come from the model): the image's seed members, and its tags. */
const SEED_FIELDS: Readonly<Record<string, string>> = { ...shapesOf(IMAGE_SEED), Tags: 'TagList' };

/**
 * Puts images in the store as they are. All or nothing: a seed that breaks a constraint or repeats
 * a name (in the store or in the batch) throws a SeedError naming the field, and nothing is stored.
 */
export function seedImages(state: StoreState, seeds: readonly SeedArgument[], scope: Scope): DescribeImageResponse[] {
  const defaults = { now: state.now(), revision: state.nextRevision() };
  const all = seeds.flat();
  // Grouped by namespace, names checked against the store and the batch; then one bulk insertion
  // per namespace, so the sorted indexes are built once, not image by image.
  const groups = new Map<string, { scope: Scope; images: ImageRecord[]; indexes: number[] }>();
  const defaultKey = scopeKey(scope);
  let taken: { index: number; name: string; key: string } | undefined;
  const images = all.map((seed, index) => {
    if (typeof seed !== 'object' || seed === null) throw invalidSeed(index, 'seed', 'must be an object');
    const at = scopeOfSeed(seed, index, scope);
    const image = imageFromSeed(seed, index, at, defaults);
    const key = at === scope ? defaultKey : scopeKey(at);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { scope: at, images: [], indexes: [] }));
    if (taken === undefined && state.namespace(at)?.images.get(image.name) !== undefined) taken = { index, name: image.name, key };
    group.images.push(image);
    group.indexes.push(index);
    return image;
  });
  // Each namespace's batch is sorted once for all its indexes; a name the store or an earlier seed
  // already has is refused (the first such seed is named) before anything is stored.
  const batches = [...groups].map(([key, group]) => {
    const batch = SortedTable.batch(group.images);
    if ('repeated' in batch) {
      const index = group.indexes[batch.repeated]!;
      if (taken === undefined || index < taken.index) taken = { index, name: group.images[batch.repeated]!.name, key };
    }
    return { group, batch };
  });
  if (taken !== undefined) throw duplicateSeed(taken.index, taken.name, taken.key);
  for (const { group, batch } of batches) {
    const ns = state.namespace(group.scope, true);
    ns.images.addMany(batch as SortedBatch<ImageRecord>);
    if (ns.deletedImages.size > 0) for (const image of group.images) ns.deletedImages.delete(image.name);
  }
  return images.map(toDescribeImage);
}



/** The service shape each version seed field is checked against: the version's seed members, its aliases and tags. */
const VERSION_SEED_FIELDS: Readonly<Record<string, string>> = { ...shapesOf(VERSION_SEED), Aliases: 'SageMakerImageVersionAliases', Tags: 'TagList' };

const OWN_KEYS = new Set(['region', 'accountId', 'Versions']);




/** Checks one seed and builds its record (with its versions); a SeedError names the field that is wrong. */
function imageFromSeed(seed: ImageSeed, index: number, scope: Scope, defaults: SeedDefaults): ImageRecord {
  const fields = checkedFields(seed, index, SEED_FIELDS, '', OWN_KEYS);
  if (fields['ImageName'] === undefined) throw invalidSeed(index, 'ImageName', 'is required');
  // One object, filled in place: a seed of a million images makes no copies.
  const props = propertiesOf(IMAGE_SEED, fields) as { -readonly [K in keyof NewImage]: NewImage[K] };
  const { creationTime, lastModifiedTime } = timesOf(fields, index, '', defaults.now);
  props.arn = imageArn(scope, props.name);
  props.status ??= 'CREATED';
  props.creationTime = creationTime;
  props.lastModifiedTime = lastModifiedTime;
  props.tags = tagsOf(fields, index, '');
  const image = new ImageRecord(props, defaults.revision);
  if (seed.Versions !== undefined) addSeededVersions(image, seed.Versions, index, scope, defaults.revision);
  return image;
}

/** The seed's versions, numbered 1, 2, ... in order, with their aliases (unique within the image). */
function addSeededVersions(image: ImageRecord, versions: unknown, index: number, scope: Scope, revision: number): void {
  if (!Array.isArray(versions)) throw invalidSeed(index, 'Versions', 'must be a list of version seeds');
  versions.forEach((seed: unknown, i) => {
    const where = `Versions[${i}].`;
    if (typeof seed !== 'object' || seed === null || Array.isArray(seed)) throw invalidSeed(index, `Versions[${i}]`, 'must be an object');
    const fields = checkedFields(seed, index, VERSION_SEED_FIELDS, where, NO_OWN_KEYS);
    if (fields['BaseImage'] === undefined) throw invalidSeed(index, `${where}BaseImage`, 'is required');
    const number = i + 1;
    for (const alias of (fields['Aliases'] as string[] | undefined) ?? []) {
      const holder = image.aliases.get(alias);
      if (holder !== undefined) throw invalidSeed(index, `${where}Aliases`, `'${alias}' is already an alias of version ${holder}`);
      image.setAlias(alias, number);
    }
    const props = propertiesOf(VERSION_SEED, fields) as { -readonly [K in keyof NewVersion]: NewVersion[K] };
    const { creationTime, lastModifiedTime } = timesOf(fields, index, where, image.creationTime);
    props.version = number;
    props.arn = imageVersionArn(scope, image.name, number);
    props.status ??= 'CREATED';
    props.creationTime = creationTime;
    props.lastModifiedTime = lastModifiedTime;
    props.createdRevision = revision;
    props.modifiedRevision = revision;
    props.tags = tagsOf(fields, index, where) ?? new Map<string, string>();
    image.addVersion(new VersionRecord(image, props));
  });
}

const NO_OWN_KEYS: ReadonlySet<string> = new Set();


