import { isDeepStrictEqual } from 'node:util';
import { slipOf } from '../errors/did-you-mean';
import { journalCountNotValid, journalInputNotValid, journalOperationNotValid, journalSourceNotValid, journalTimesAndNth, operationSlip } from '../errors/usage-errors';
import { IMPLEMENTED_OPERATIONS } from '../operations/operation-table';
import type { JournalRecord } from '../glossary';

// The one check behind the journal's assertions (the Jest and Vitest matchers, expectReceived): did
// the store receive calls of this operation, with this input, this many times? Its report lists
// what the store received, so a failure shows what the code sent instead.

/**
 * What the journal's assertions read: a store, the mock, a running server (anything with the
 * store's journal), or the journal itself (`store.requests()`, or the JSON of `GET /_mock/requests`).
 *
 * @example
 * ```ts
 * import { expectReceived, ImageStore } from 'sagemaker-image-mock';
 * import type { JournalSource } from 'sagemaker-image-mock';
 *
 * // A helper of your own that asserts on any of them.
 * function listedOnce(source: JournalSource): void {
 *   expectReceived(source, 'ListImages', { times: 1 });
 * }
 * const store = new ImageStore();
 * store.listImages();
 * listedOnce(store);
 * listedOnce(store.requests({ operation: 'ListImages' }));
 * ```
 */
export type JournalSource =
  | {
      /** The store's journal (an `ImageStore`). */
      requests(): readonly JournalRecord[];
    }
  | {
      /** The store behind a mock or a running server. */
      readonly store: {
        /** The store's journal. */
        requests(): readonly JournalRecord[];
      };
    }
  | readonly JournalRecord[]
  | { readonly requests: readonly JournalRecord[] };

/**
 * The SDK's command class of an operation, e.g. `DeleteImageVersionCommand`; its input types `input`.
 * (The SDK declares the input optional where no member is required: both forms are taken.)
 *
 * @example
 * ```ts
 * import { DeleteImageVersionCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
 * import type { CommandClass } from 'sagemaker-image-mock';
 *
 * const commands: CommandClass[] = [DeleteImageVersionCommand, ListImagesCommand];
 * expect(commands.map((command) => command.name)).toEqual(['DeleteImageVersionCommand', 'ListImagesCommand']);
 * ```
 */
export type CommandClass<Input extends object = never> = (abstract new (input: Input) => unknown) | (abstract new (...args: [] | [Input]) => unknown);

/** An asymmetric matcher of Jest or Vitest (`expect.any(Number)`, `expect.stringMatching(/x/)`), as the runner types it. */
interface AsymmetricMatcherLike {
  asymmetricMatch(other: unknown): boolean;
}

/** A value as an expected input may give it: itself, an asymmetric matcher, or its parts given so. */
type Matching<T> =
  | T
  | AsymmetricMatcherLike
  | (T extends readonly (infer U)[] ? readonly Matching<U>[] : T extends Date ? never : T extends object ? { [K in keyof T]: Matching<T[K]> } : never);

/** The members of `T` an expected input names, each as {@link Matching}; `T` not inferred from here (the command class decides it). */
export type InputOf<T> = { [K in keyof [T][T extends unknown ? 0 : never]]?: Matching<[T][T extends unknown ? 0 : never][K]> };

/**
 * An operation as the journal's assertions take it: its name, or the SDK's command class (which
 * types the input).
 *
 * @example
 * ```ts
 * import { DescribeImageCommand } from '@aws-sdk/client-sagemaker';
 * import { expectReceived, ImageStore } from 'sagemaker-image-mock';
 * import type { OperationRef } from 'sagemaker-image-mock';
 *
 * const store = new ImageStore();
 * expect(() => store.describeImage({ ImageName: 'img' })).toThrow();
 * const same: OperationRef[] = ['DescribeImage', DescribeImageCommand];
 * for (const operation of same) expect(expectReceived(store, operation)).toHaveLength(1);
 * ```
 */
export type OperationRef<Input extends object = never> = string | CommandClass<Input>;

/** What to expect: `times` calls (else at least one), the `nth` of the operation's calls, their input (a partial match). */
export interface ReceivedExpectation {
  /** `null` where a matcher requires an input and was given none (refused). */
  readonly input?: object | null;
  readonly times?: number;
  readonly nth?: number;
}

/** How two values are compared: Jest's and Vitest's `this.equals` (asymmetric matchers work), else deep equality. */
export type Equals = (received: unknown, expected: unknown) => boolean;

export interface ReceivedResult {
  readonly pass: boolean;
  /** The calls that matched. */
  readonly matched: readonly JournalRecord[];
  readonly report: (negated: boolean) => string;
}

const SHOWN = 20;
const LONG = 300;

/** The journal a source holds, oldest first. */
function journalOf(source: unknown, what: string): readonly JournalRecord[] {
  if (Array.isArray(source)) return source as JournalRecord[];
  if (typeof source === 'object' && source !== null) {
    const requests = (source as { requests?: unknown }).requests;
    if (typeof requests === 'function') return (requests as () => JournalRecord[]).call(source);
    if (Array.isArray(requests)) return requests as JournalRecord[];
    const store = (source as { store?: unknown }).store;
    if (typeof store === 'object' && store !== null && typeof (store as { requests?: unknown }).requests === 'function') return (store as { requests(): JournalRecord[] }).requests();
  }
  throw journalSourceNotValid(what);
}

/** An operation's name, from its name or its command class (`DeleteImageVersionCommand` -> `DeleteImageVersion`). */
function operationName(operation: unknown, what: string): string {
  if (typeof operation === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(operation)) {
    // A slip of an implemented operation would pass `.not` and `Times(0)` without a word.
    const slip = slipOf(operation, IMPLEMENTED_OPERATIONS);
    if (slip !== undefined) throw operationSlip(what, operation, slip);
    return operation;
  }
  if (typeof operation === 'function' && /^[A-Z][A-Za-z0-9]*Command$/.test(operation.name)) return operation.name.slice(0, -'Command'.length);
  throw journalOperationNotValid(what, typeof operation === 'function' ? operation.name || 'an anonymous function' : JSON.stringify(operation));
}

const MARK = '\u0000';

/** An asymmetric matcher of Jest or Vitest (`expect.any(Number)`), as it names itself, with its sample. */
function asymmetric(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || typeof (value as { asymmetricMatch?: unknown }).asymmetricMatch !== 'function') return undefined;
  const named = value as { toAsymmetricMatcher?: () => string; toString: () => string; sample?: unknown };
  if (typeof named.toAsymmetricMatcher === 'function') return named.toAsymmetricMatcher();
  const { sample } = named;
  return sample === undefined ? named.toString() : `${named.toString()} ${sample instanceof RegExp ? String(sample) : short(sample)}`;
}

/** JSON, asymmetric matchers written as they name themselves (`{"ImageName":StringMatching /^a/}`), long texts cut. */
function short(value: unknown): string {
  let text: string;
  try {
    const json = JSON.stringify(value, (_key, inner: unknown) => {
      const name = asymmetric(inner);
      return name === undefined ? inner : `${MARK}${name}${MARK}`;
    });
    // The marks are written \u0000 in JSON: each marked string is put back as the name it holds.
    text = json === undefined ? String(value) : json.replace(/"\\u0000((?:[^"\\]|\\.)*?)\\u0000"/g, (_, name: string) => JSON.parse(`"${name}"`) as string);
  } catch {
    text = String(value);
  }
  return text.length > LONG ? `${text.slice(0, LONG)}...` : text;
}

function callLine(call: JournalRecord, i: number, accounts: boolean): string {
  const answer = call.error === undefined ? `${call.status}` : `${call.status} ${call.error.code}`;
  return `  ${i + 1}. ${call.operation} ${short(call.input)} -> ${answer}${accounts ? ` (account ${call.account})` : ''}`;
}

/** The calls received, the newest `SHOWN` of them, numbered from the oldest; each call's account when there are several. */
function receivedLines(journal: readonly JournalRecord[]): string {
  if (journal.length === 0) return '\nreceived no calls';
  const from = Math.max(0, journal.length - SHOWN);
  const accounts = new Set(journal.map((call) => call.account)).size > 1;
  const lines = journal.slice(from).map((call, i) => callLine(call, from + i, accounts));
  const earlier = from === 0 ? '' : `\n  (${from} earlier not shown)`;
  return `\nreceived ${journal.length} call${journal.length === 1 ? '' : 's'}:${earlier}\n${lines.join('\n')}`;
}

/** Whether `input` holds every member `expected` names, each equal (a partial match at the top, as `expect.objectContaining`). */
function holds(input: unknown, expected: object, equals: Equals): boolean {
  if (typeof input !== 'object' || input === null) return false;
  return Object.entries(expected).every(([key, value]) => Object.hasOwn(input, key) && equals((input as Record<string, unknown>)[key], value));
}

export const deepEquals: Equals = (a, b) => isDeepStrictEqual(a, b);

function wholeNumber(what: string, member: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) throw journalCountNotValid(what, member, value);
  return value;
}

/** Checks a journal against an operation and an expectation. */
export function checkReceived(source: unknown, operation: unknown, expected: ReceivedExpectation, equals: Equals, what: string): ReceivedResult {
  const journal = journalOf(source, what);
  const name = operationName(operation, what);
  const { input, times, nth } = expected;
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) throw journalInputNotValid(what, input);
  if (times !== undefined) wholeNumber(what, 'times', times, 0);
  if (nth !== undefined) wholeNumber(what, 'n', nth, 1);
  if (times !== undefined && nth !== undefined) throw journalTimesAndNth(what);
  const ofOperation = journal.filter((call) => call.operation === name);
  const fits = (call: JournalRecord) => input === undefined || holds(call.input, input, equals);
  let matched: JournalRecord[];
  let pass: boolean;
  if (nth !== undefined) {
    const call = ofOperation[nth - 1];
    matched = call !== undefined && fits(call) ? [call] : [];
    pass = matched.length === 1;
  } else {
    matched = ofOperation.filter(fits);
    pass = times === undefined ? matched.length > 0 : matched.length === times;
  }
  const withInput = input === undefined ? '' : ` with ${short(input)}`;
  const wanted = (not: string) =>
    nth !== undefined ? `call ${nth} of ${name} ${not}to have been${withInput === '' ? ' received' : ` made${withInput}`}`
    : times !== undefined ? `${name}${withInput} ${not}to have been received ${times} time${times === 1 ? '' : 's'}`
    : `${name}${withInput} ${not}to have been received`;
  const found = nth !== undefined ? `${ofOperation.length} call${ofOperation.length === 1 ? '' : 's'} of ${name}` : `${matched.length} matching`;
  return {
    pass,
    matched,
    report: (negated) => `expected ${wanted(negated ? 'not ' : '')} (found ${found})${receivedLines(journal)}`,
  };
}
