import type { Tag } from '@aws-sdk/client-sagemaker';
import { invalidSeed } from '../../errors/factories';
import { isServiceError } from '../../errors/service-error';
import type { Scope } from '../../model/arn';
import { ACCOUNT_ID, REGION } from '../../model/arn';
import { fieldViolations } from '../../validation/constraints';
import { deserializeField } from '../../validation/deserialize';
import type { PlacedField } from '../state/records/fields';

// What every kind of seed shares: its fields checked against the model (decision 0009), its times,
// tags and (account, region). A SeedError names the seed and the field.

export interface SeedDefaults {
  readonly now: number;
  readonly revision: number;
}

/** The model shape of each member a record takes from a seed. */
export const shapesOf = (fields: readonly PlacedField[]): Record<string, string> => Object.fromEntries(fields.map((field) => [field.member, field.shape]));

/** The seed's (account, region): the defaults' own object when the seed names neither, so a large batch shares one. */
export function scopeOfSeed(seed: { readonly accountId?: string; readonly region?: string }, index: number, defaults: Scope): Scope {
  if (seed.accountId === undefined && seed.region === undefined) return defaults;
  return {
    accountId: scopePart(index, 'accountId', seed.accountId, ACCOUNT_ID, defaults.accountId),
    region: scopePart(index, 'region', seed.region, REGION, defaults.region),
  };
}

/** The fields of one seed (or version seed), each checked against its shape; `where` prefixes the field in errors. */
export function checkedFields(seed: object, index: number, table: Readonly<Record<string, string>>, where: string, own: ReadonlySet<string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key in seed) {
    if (!Object.hasOwn(seed, key)) continue;
    const value: unknown = (seed as Record<string, unknown>)[key];
    if (own.has(key) || value === undefined) continue;
    const shape = Object.hasOwn(table, key) ? table[key] : undefined;
    if (shape === undefined) throw invalidSeed(index, where + key, `is not a seed field (known: ${[...Object.keys(table), ...own].join(', ')})`);
    // A valid Date needs no parsing (and no copy: only its time is kept).
    fields[key] = value instanceof Date && shape === 'Timestamp' && Number.isFinite(value.getTime()) ? value : checked(index, where + key, shape, value);
  }
  return fields;
}

/** CreationTime and LastModifiedTime of a seed in epoch ms: defaults, and never modified before created. */
export function timesOf(fields: Record<string, unknown>, index: number, where: string, fallback: number): { creationTime: number; lastModifiedTime: number } {
  const creationTime = (fields['CreationTime'] as Date | undefined)?.getTime() ?? fallback;
  const lastModifiedTime = (fields['LastModifiedTime'] as Date | undefined)?.getTime() ?? creationTime;
  if (lastModifiedTime < creationTime) throw invalidSeed(index, `${where}LastModifiedTime`, 'must not be before CreationTime');
  return { creationTime, lastModifiedTime };
}

export function tagsOf(fields: Record<string, unknown>, index: number, where: string): Map<string, string> | undefined {
  const list = fields['Tags'] as Tag[] | undefined;
  if (list === undefined) return undefined;
  const tags = new Map<string, string>();
  for (const tag of list) {
    if (tags.has(tag.Key!)) throw invalidSeed(index, `${where}Tags`, `has the key '${tag.Key}' twice`);
    tags.set(tag.Key!, tag.Value!);
  }
  return tags;
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
