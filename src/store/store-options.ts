import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock/clock';
import { systemClock } from '../clock/clock';
import type { ListPaging } from '../pagination/take-page';
import type { NameContainsMode } from '../query/image-filter';
import type { LifecycleOption } from './scheduler';

/** Quotas that raise ResourceLimitExceeded when a call would go past them. */
export interface Limits {
  /** Images per account and region. Default: no limit. */
  readonly images?: number;
  /** Versions one image may have at once. Default: no limit. */
  readonly versionsPerImage?: number;
  /** Tags on one image or image version. Default 50. */
  readonly tagsPerResource?: number;
}

export interface ImageStoreOptions {
  /** Account of every call and the default of seeds. Default `'123456789012'`. */
  readonly accountId?: string;
  /** Region of seeds without one, and of store calls made without a context. Default `'us-east-1'`. */
  readonly region?: string;
  /** The only source of time. Default: the system clock, read at each call. */
  readonly clock?: Clock;
  /** How ListImages' NameContains compares. Default `'case-sensitive'`. */
  readonly nameContains?: NameContainsMode;
  /** `'exact'` (default): filter, sort, then page. `'limit-before-filter'`: MaxResults counts items before filtering. */
  readonly listPaging?: ListPaging;
  /** Secret that signs NextTokens. Default: 32 random bytes per store. Fix it for reproducible tokens. */
  readonly tokenSecret?: string | Uint8Array;
  /** `'instant'` (default) or `{ creating, updating, deleting }` durations in milliseconds of the clock. */
  readonly lifecycle?: LifecycleOption;
  /** Quotas for ResourceLimitExceeded. */
  readonly limits?: Limits;
  /**
   * Answer `ResourceNotFoundException` (not the service's `ResourceNotFound`) for an image or version
   * that was deleted, so the SDK's ImageDeleted/ImageVersionDeleted waiters can succeed. Default false.
   */
  readonly deletedWaiterCompat?: boolean;
}

export interface ResolvedStoreOptions {
  readonly accountId: string;
  readonly region: string;
  readonly clock: Clock;
  readonly nameContains: NameContainsMode;
  readonly listPaging: ListPaging;
  readonly tokenSecret: Uint8Array;
  readonly lifecycle: LifecycleOption;
  readonly limits: Required<Limits>;
  readonly deletedWaiterCompat: boolean;
}

export const ACCOUNT_ID = /^\d{12}$/;
export const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

/** The keys of ImageStoreOptions, for refusing a misspelt one. */
export const STORE_OPTION_KEYS = [
  'accountId', 'region', 'clock', 'nameContains', 'listPaging', 'tokenSecret', 'lifecycle', 'limits', 'deletedWaiterCompat',
] as const satisfies readonly (keyof ImageStoreOptions)[];

/** A TypeError naming the first key of `value` that is not one of `known` (and the key it was probably meant to be). */
export function assertKnownKeys(what: string, value: unknown, known: readonly string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${what} must be an object`);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => looksLike(k.toLowerCase(), key.toLowerCase()));
    throw new TypeError(`${what}: unknown option '${key}'${near === undefined ? '' : ` (did you mean '${near}'?)`}; known: ${known.join(', ')}`);
  }
}

/** A likely misspelling: two edits away at most, or the same word with another ending ('create', 'creating'). */
function looksLike(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix += 1;
  return editDistance(a, b) <= 2 || prefix >= Math.max(4, Math.min(a.length, b.length) - 1);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) throw new TypeError(`option ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
  return value;
}

function matching(name: string, value: string | undefined, pattern: RegExp, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !pattern.test(value)) throw new TypeError(`option ${name} '${String(value)}' is not valid`);
  return value;
}

/** Checks the options and fills in the defaults; a bad option is a TypeError at construction. */
export function resolveStoreOptions(options: ImageStoreOptions = {}): ResolvedStoreOptions {
  assertKnownKeys('ImageStore options', options, STORE_OPTION_KEYS);
  const { clock, tokenSecret, deletedWaiterCompat = false } = options;
  if (typeof deletedWaiterCompat !== 'boolean') throw new TypeError('option deletedWaiterCompat must be a boolean');
  if (clock !== undefined && (typeof clock !== 'object' || clock === null || typeof clock.now !== 'function')) throw new TypeError('option clock must have a now() method');
  if (tokenSecret !== undefined && !(typeof tokenSecret === 'string' || tokenSecret instanceof Uint8Array)) {
    throw new TypeError('option tokenSecret must be a string or a Uint8Array');
  }
  if (tokenSecret !== undefined && tokenSecret.length === 0) throw new TypeError('option tokenSecret must not be empty');
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
  };
}

function resolveLifecycle(lifecycle: LifecycleOption | undefined): LifecycleOption {
  if (lifecycle === undefined || lifecycle === 'instant') return 'instant';
  if (typeof lifecycle !== 'object' || lifecycle === null) throw new TypeError("option lifecycle must be 'instant' or { creating, updating, deleting }");
  assertKnownKeys('option lifecycle', lifecycle, ['creating', 'updating', 'deleting']);
  for (const phase of ['creating', 'updating', 'deleting'] as const) {
    const ms = lifecycle[phase];
    if (ms !== undefined && !(Number.isFinite(ms) && ms >= 0)) throw new TypeError(`option lifecycle.${phase} must be a number of milliseconds >= 0`);
  }
  return { ...lifecycle };
}

function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new TypeError(`option limits.${name} must be a whole number >= 0`);
  return value;
}
