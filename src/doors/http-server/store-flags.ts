import type { ParseArgsConfig } from 'node:util';
import { createManualClock } from '../../clock/manual-clock';
import { didYouMean } from '../../errors/did-you-mean';
import { flagNotValid, flagPartNotValid, flagPartTwice, flagWordNotKnown } from '../../errors/http-problems';
import type { ImageStoreOptions, Limits } from '../../glossary';

// The `serve` flags of every ImageStore option a Jest user has (SPEC §15): each value is checked
// here, before the store is made, so a bad one is refused (exit 2) naming the flag and what it takes.

export const STORE_FLAGS = {
  'name-contains': { type: 'string' },
  'list-paging': { type: 'string' },
  lifecycle: { type: 'string' },
  limits: { type: 'string' },
  'deleted-waiter-compat': { type: 'boolean' },
  'custom-images': { type: 'string' },
  'token-secret': { type: 'string' },
  'journal-size': { type: 'string' },
  clock: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/** The values parseArgs gives for STORE_FLAGS. */
export interface StoreFlagValues {
  readonly 'name-contains'?: string;
  readonly 'list-paging'?: string;
  readonly lifecycle?: string;
  readonly limits?: string;
  readonly 'deleted-waiter-compat'?: boolean;
  readonly 'custom-images'?: string;
  readonly 'token-secret'?: string;
  readonly 'journal-size'?: string;
  readonly clock?: string;
}

const PHASES = ['creating', 'updating', 'deleting'] as const;
const LIMITS = ['images', 'versionsPerImage', 'tagsPerResource'] as const;
const LIFECYCLE_TAKES = 'instant, or creating=MS,updating=MS,deleting=MS (any of them; MS a whole number of milliseconds)';
const LIMITS_TAKES = 'images=N,versionsPerImage=N,tagsPerResource=N (any of them; N a whole number)';
const CLOCK_TAKES = 'manual, manual=ISO-TIME (a manual clock starting then, e.g. manual=2024-01-01T00:00:00Z) or system';
const WHOLE = /^\d+$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A flag that takes one of a few words. */
function word<T extends string>(flag: string, value: string | undefined, words: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((words as readonly string[]).includes(value)) return value as T;
  throw flagNotValid(flag, value, words.join(' or '), flagWordNotKnown(value, didYouMean(value, words)));
}

/** `name=N,name=N`: each name one of `names` at most once, each N a whole number. */
function parts<K extends string>(flag: string, value: string, names: readonly K[], takes: string, what: string): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  for (const part of value.split(',')) {
    const [name = '', given, ...rest] = part.split('=');
    if (!(names as readonly string[]).includes(name)) throw flagNotValid(flag, value, takes, flagWordNotKnown(name, didYouMean(name, names)));
    if (given === undefined || rest.length > 0 || !WHOLE.test(given)) throw flagNotValid(flag, value, takes, flagPartNotValid(name, what));
    if (found[name as K] !== undefined) throw flagNotValid(flag, value, takes, flagPartTwice(name));
    found[name as K] = Number(given);
  }
  return found;
}

function lifecycle(value: string | undefined): ImageStoreOptions['lifecycle'] {
  if (value === undefined || value === 'instant') return value;
  return parts('--lifecycle', value, PHASES, LIFECYCLE_TAKES, 'a whole number of milliseconds');
}

function limits(value: string | undefined): Limits | undefined {
  return value === undefined ? undefined : parts('--limits', value, LIMITS, LIMITS_TAKES, 'a whole number');
}

function clock(value: string | undefined): ImageStoreOptions['clock'] {
  if (value === undefined || value === 'system') return undefined;
  if (value === 'manual') return createManualClock(new Date());
  const start = /^manual=(.*)$/.exec(value)?.[1];
  if (start === undefined) throw flagNotValid('--clock', value, CLOCK_TAKES, flagWordNotKnown(value, didYouMean(value, ['manual', 'system'])));
  const time = new Date(start);
  if (!ISO_TIME.test(start) || Number.isNaN(time.getTime())) throw flagNotValid('--clock', value, CLOCK_TAKES, flagPartNotValid('manual', 'an ISO time'));
  return createManualClock(time);
}

function journalSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw flagNotValid('--journal-size', value, 'a whole number of calls (0 keeps none)');
  return Number(value);
}

/** The store options the flags give (only those given); a bad value is a TypeError naming the flag and what it takes. */
export function storeOptionsFromFlags(values: StoreFlagValues): ImageStoreOptions {
  const secret = values['token-secret'];
  if (secret === '') throw flagNotValid('--token-secret', secret, 'a text of at least one character (it signs the NextTokens)');
  const options: ImageStoreOptions = {
    nameContains: word('--name-contains', values['name-contains'], ['case-sensitive', 'case-insensitive']),
    listPaging: word('--list-paging', values['list-paging'], ['exact', 'limit-before-filter']),
    customImages: word('--custom-images', values['custom-images'], ['checked', 'unchecked']),
    lifecycle: lifecycle(values.lifecycle),
    limits: limits(values.limits),
    clock: clock(values.clock),
    tokenSecret: secret,
    deletedWaiterCompat: values['deleted-waiter-compat'] === true ? true : undefined,
    journalSize: journalSize(values['journal-size']),
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
