import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock/clock';
import { systemClock } from '../../clock/clock';
import {
  assertKnownKeys,
  clockWithoutNow,
  deletedWaiterCompatNotBoolean,
  lifecycleNotValid,
  lifecyclePhaseNotDuration,
  limitNotWholeNumber,
  optionNotOneOf,
  optionNotValid,
  tokenSecretEmpty,
  tokenSecretNotBytes,
  journalSizeNotWholeNumber,
} from '../../errors/usage-errors';
import type { CustomImagesMode, ImageStoreOptions, Limits, LifecycleOption, ListPaging, NameContainsMode } from '../../glossary';
import { ACCOUNT_ID, REGION } from '../../model/arn';

/**
 * A store's options as it uses them (`store.options`): checked, with every default filled in.
 *
 * @example
 * ```ts
 * import { ImageStore } from 'sagemaker-image-mock';
 * import type { ResolvedStoreOptions } from 'sagemaker-image-mock';
 *
 * const options: ResolvedStoreOptions = new ImageStore({ region: 'eu-west-1' }).options;
 * expect(options).toMatchObject({ region: 'eu-west-1', accountId: '123456789012', lifecycle: 'instant' });
 * expect(options.limits.tagsPerResource).toBe(50);
 * ```
 */
export interface ResolvedStoreOptions {
  /** Default `'123456789012'`. */
  readonly accountId: string;
  /** Default `'us-east-1'`. */
  readonly region: string;
  /** Default: the system clock. */
  readonly clock: Clock;
  /** Default `'case-sensitive'`. */
  readonly nameContains: NameContainsMode;
  /** Default `'exact'`. */
  readonly listPaging: ListPaging;
  /** The secret's bytes. Default: 32 random bytes. */
  readonly tokenSecret: Uint8Array;
  /** Default `'instant'`. */
  readonly lifecycle: LifecycleOption;
  /** Every quota; `Infinity` where there is none. */
  readonly limits: Required<Limits>;
  /** Default false. */
  readonly deletedWaiterCompat: boolean;
  /** Default `'checked'`. */
  readonly customImages: CustomImagesMode;
  /** Default 1000. */
  readonly journalSize: number;
}

/** The keys of ImageStoreOptions, for refusing a misspelt one. */
export const STORE_OPTION_KEYS = [
  'accountId', 'region', 'clock', 'nameContains', 'listPaging', 'tokenSecret', 'lifecycle', 'limits', 'deletedWaiterCompat', 'customImages', 'journalSize', 'snapshot',
] as const satisfies readonly (keyof ImageStoreOptions)[];

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw optionNotOneOf(name, allowed);
  return value;
}

function matching(name: string, value: string | undefined, pattern: RegExp, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !pattern.test(value)) throw optionNotValid(name, value);
  return value;
}

/** Checks the options and fills in the defaults; a bad option is a TypeError at construction. */
export function resolveStoreOptions(options: ImageStoreOptions = {}): ResolvedStoreOptions {
  assertKnownKeys('ImageStore options', options, STORE_OPTION_KEYS);
  const { clock, tokenSecret, deletedWaiterCompat = false } = options;
  if (typeof deletedWaiterCompat !== 'boolean') throw deletedWaiterCompatNotBoolean();
  if (clock !== undefined && (typeof clock !== 'object' || clock === null || typeof clock.now !== 'function')) throw clockWithoutNow();
  if (tokenSecret !== undefined && !(typeof tokenSecret === 'string' || tokenSecret instanceof Uint8Array)) {
    throw tokenSecretNotBytes();
  }
  if (tokenSecret !== undefined && tokenSecret.length === 0) throw tokenSecretEmpty();
  if (options.limits !== undefined) assertKnownKeys('option limits', options.limits, ['images', 'versionsPerImage', 'tagsPerResource']);
  return {
    accountId: matching('accountId', options.accountId, ACCOUNT_ID, '123456789012'),
    region: matching('region', options.region, REGION, 'us-east-1'),
    clock: clock ?? systemClock,
    nameContains: oneOf('nameContains', options.nameContains, ['case-sensitive', 'case-insensitive'], 'case-sensitive'),
    listPaging: oneOf('listPaging', options.listPaging, ['exact', 'limit-before-filter'], 'exact'),
    tokenSecret:
      tokenSecret === undefined
        ? randomBytes(32)
        : typeof tokenSecret === 'string'
          ? Buffer.from(tokenSecret, 'utf8')
          : Uint8Array.from(tokenSecret),
    lifecycle: resolveLifecycle(options.lifecycle),
    limits: {
      images: limit('images', options.limits?.images, Number.POSITIVE_INFINITY),
      versionsPerImage: limit('versionsPerImage', options.limits?.versionsPerImage, Number.POSITIVE_INFINITY),
      tagsPerResource: limit('tagsPerResource', options.limits?.tagsPerResource, 50),
    },
    deletedWaiterCompat,
    customImages: oneOf('customImages', options.customImages, ['checked', 'unchecked'], 'checked'),
    journalSize: journalSize(options.journalSize),
  };
}

function resolveLifecycle(lifecycle: LifecycleOption | undefined): LifecycleOption {
  if (lifecycle === undefined || lifecycle === 'instant') return 'instant';
  if (typeof lifecycle !== 'object' || lifecycle === null) throw lifecycleNotValid();
  assertKnownKeys('option lifecycle', lifecycle, ['creating', 'updating', 'deleting']);
  for (const phase of ['creating', 'updating', 'deleting'] as const) {
    const ms = lifecycle[phase];
    if (ms !== undefined && !(Number.isFinite(ms) && ms >= 0)) throw lifecyclePhaseNotDuration(phase);
  }
  return { ...lifecycle };
}

function journalSize(value: number | undefined): number {
  if (value === undefined) return 1000;
  if (!Number.isInteger(value) || value < 0) throw journalSizeNotWholeNumber();
  return value;
}

function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw limitNotWholeNumber(name);
  return value;
}
