import type { ImageStatus, Tag } from '@aws-sdk/client-sagemaker';
import { invalidSeed } from '../errors/factories';
import { isServiceError } from '../errors/service-error';
import type { Scope } from '../model/arn';
import { imageArn } from '../model/arn';
import { fieldViolations } from '../validation/constraints';
import { deserializeField } from '../validation/deserialize';
import type { ImageRecord } from '../model/records';
import { newImageRecord } from '../model/records';
import { ACCOUNT_ID, REGION } from './store-options';

/** An image to put in the store as it is, without going through CreateImage. */
export interface ImageSeed {
  readonly ImageName: string;
  readonly Description?: string;
  readonly DisplayName?: string;
  readonly RoleArn?: string;
  /** Default `'CREATED'`. */
  readonly ImageStatus?: ImageStatus;
  readonly FailureReason?: string;
  /** Default: the clock's now. */
  readonly CreationTime?: Date;
  /** Default: CreationTime. Never before CreationTime. */
  readonly LastModifiedTime?: Date;
  readonly Tags?: readonly Tag[];
  /** Default: the store's region. */
  readonly region?: string;
  /** Default: the store's account. */
  readonly accountId?: string;
}

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

export interface SeedDefaults {
  readonly scope: Scope;
  readonly now: number;
  readonly revision: number;
}

export interface SeededImage {
  readonly scope: Scope;
  readonly image: ImageRecord;
}

/** Checks one seed and builds its record; a SeedError names the field that is wrong. */
export function imageFromSeed(seed: ImageSeed, index: number, defaults: SeedDefaults): SeededImage {
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
