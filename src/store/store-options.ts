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
  const { clock, tokenSecret, deletedWaiterCompat = false } = options;
  if (typeof deletedWaiterCompat !== 'boolean') throw new TypeError('option deletedWaiterCompat must be a boolean');
  if (clock !== undefined && typeof clock.now !== 'function') throw new TypeError('option clock must have a now() method');
  if (tokenSecret !== undefined && tokenSecret.length === 0) throw new TypeError('option tokenSecret must not be empty');
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
