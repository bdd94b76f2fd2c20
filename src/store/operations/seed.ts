import type { DescribeImageResponse, ImageStatus, Tag } from '@aws-sdk/client-sagemaker';
import { duplicateSeed, invalidSeed } from '../../errors/factories';
import { isServiceError } from '../../errors/service-error';
import type { ImageSeed, SeedArgument } from '../../glossary';
import type { Scope } from '../../model/arn';
import { ACCOUNT_ID, imageArn, REGION, scopeKey } from '../../model/arn';
import type { ImageRecord } from '../../model/records';
import { newImageRecord } from '../../model/records';
import { fieldViolations } from '../../validation/constraints';
import { deserializeField } from '../../validation/deserialize';
import type { StoreState } from '../state/store-state';
import { toDescribeImage } from '../views';

// Seeding: images put in the store as they are, checked against the model (decision 0009).

/** The service shape each seed field is checked against (constraints come from the model). */
const SEED_FIELDS: Readonly<Record<string, string>> = {
  ImageName: 'ImageName',
  Description: 'ImageDescription',
  DisplayName: 'ImageDisplayName',
  RoleArn: 'RoleArn',
  ImageStatus: 'ImageStatus',
  FailureReason: 'FailureReason',
  CreationTime: 'Timestamp',
  LastModifiedTime: 'Timestamp',
  Tags: 'TagList',
};

/**
 * Puts images in the store as they are. All or nothing: a seed that breaks a constraint or repeats
 * a name (in the store or in the batch) throws a SeedError naming the field, and nothing is stored.
 */
export function seedImages(state: StoreState, seeds: readonly SeedArgument[], scope: Scope): DescribeImageResponse[] {
  const defaults = { scope, now: state.now(), revision: state.nextRevision() };
  const seeded = seeds.flat().map((seed, index) => imageFromSeed(seed, index, defaults));
  const taken = new Set<string>();
  seeded.forEach(({ scope: at, image }, index) => {
    const key = `${scopeKey(at)}/${image.name}`;
    if (taken.has(key) || state.namespace(at)?.images.get(image.name) !== undefined) throw duplicateSeed(index, image.name, scopeKey(at));
    taken.add(key);
  });
  for (const { scope: at, image } of seeded) {
    const ns = state.namespace(at, true);
    ns.images.add(image);
    ns.deletedImages.delete(image.name);
  }
  return seeded.map(({ image }) => toDescribeImage(image));
}

interface SeedDefaults {
  readonly scope: Scope;
  readonly now: number;
  readonly revision: number;
}

interface SeededImage {
  readonly scope: Scope;
  readonly image: ImageRecord;
}

/** Checks one seed and builds its record; a SeedError names the field that is wrong. */
function imageFromSeed(seed: ImageSeed, index: number, defaults: SeedDefaults): SeededImage {
  if (typeof seed !== 'object' || seed === null) throw invalidSeed(index, 'seed', 'must be an object');
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(seed)) {
    if (key === 'region' || key === 'accountId' || value === undefined) continue;
    const shape = Object.hasOwn(SEED_FIELDS, key) ? SEED_FIELDS[key] : undefined;
    if (shape === undefined) throw invalidSeed(index, key, `is not a seed field (known: ${Object.keys(SEED_FIELDS).join(', ')}, region, accountId)`);
    fields[key] = checked(index, key, shape, value);
  }
  if (fields['ImageName'] === undefined) throw invalidSeed(index, 'ImageName', 'is required');
  const scope = {
    accountId: scopePart(index, 'accountId', seed.accountId, ACCOUNT_ID, defaults.scope.accountId),
    region: scopePart(index, 'region', seed.region, REGION, defaults.scope.region),
  };
  const creationTime = (fields['CreationTime'] as Date | undefined)?.getTime() ?? defaults.now;
  const lastModifiedTime = (fields['LastModifiedTime'] as Date | undefined)?.getTime() ?? creationTime;
  if (lastModifiedTime < creationTime) throw invalidSeed(index, 'LastModifiedTime', 'must not be before CreationTime');
  const tags = new Map<string, string>();
  for (const tag of (fields['Tags'] as Tag[] | undefined) ?? []) {
    if (tags.has(tag.Key!)) throw invalidSeed(index, 'Tags', `has the key '${tag.Key}' twice`);
    tags.set(tag.Key!, tag.Value!);
  }
  const name = fields['ImageName'] as string;
  const image: ImageRecord = newImageRecord({
    name,
    arn: imageArn(scope, name),
    ...(fields['Description'] !== undefined && { description: fields['Description'] as string }),
    ...(fields['DisplayName'] !== undefined && { displayName: fields['DisplayName'] as string }),
    ...(fields['RoleArn'] !== undefined && { roleArn: fields['RoleArn'] as string }),
    status: (fields['ImageStatus'] as ImageStatus | undefined) ?? 'CREATED',
    ...(fields['FailureReason'] !== undefined && { failureReason: fields['FailureReason'] as string }),
    creationTime,
    lastModifiedTime,
    tags,
  }, defaults.revision);
  return { scope, image };
}

function checked(index: number, key: string, shape: string, value: unknown): unknown {
  let clean: unknown;
  try {
    clean = deserializeField(shape, value, key);
  } catch (error) {
    if (isServiceError(error)) throw invalidSeed(index, key, error.message);
    throw error;
  }
  const violations = fieldViolations(shape, clean, key);
  if (violations.length > 0) throw invalidSeed(index, key, violations.join('; '));
  return clean;
}

function scopePart(index: number, key: string, value: string | undefined, pattern: RegExp, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !pattern.test(value)) throw invalidSeed(index, key, `'${String(value)}' is not valid`);
  return value;
}
