// Every text for a mistake in a test's own use of the library, written here once: options,
// arguments, failure injections and the toolkit's own checks (TypeErrors, thrown at once), and the
// toolkit's own failures (advanceUntilSettled giving up). Not service answers (factories.ts), not
// damaged snapshots (snapshot-errors.ts), not the HTTP server's problems (http-problems.ts).
import { didYouMean } from './did-you-mean';

/** A TypeError naming the first key of `value` that is not one of `known` (and the key it was probably meant to be). */
export function assertKnownKeys(what: string, value: unknown, known: readonly string[]): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${what} must be an object`);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const near = didYouMean(key, known);
    throw new TypeError(`${what}: unknown option '${key}'${near === undefined ? '' : ` (did you mean '${near}'?)`}; known: ${known.join(', ')}`);
  }
}

/**
 * aws-sdk-client-mock's `mockClient` (or `sinon.stub`) on a client whose `send` a live
 * mockSageMakerImages answers through: the new stub would leave the image operations answering
 * `undefined`. `clientName` is the class's name when the mock is of the class, undefined for an instance.
 */
export function stubbedUnderImagesMock(clientName: string | undefined): TypeError {
  const client = clientName ?? 'client';
  const which = clientName === undefined ? 'this client' : `${clientName} or one of its instances`;
  return new TypeError(
    `aws-sdk-client-mock's mockClient cannot stub ${which} while mockSageMakerImages(${client}) answers through its send: ` +
      `the image operations would answer undefined. Call mockClient(${client}) before mockSageMakerImages(${client}) ` +
      `(both then share one stub: the store answers the image operations, your rules the rest, and mock.reset() resets both), ` +
      `or add your rules with mock.stub.on(...). The reset() of a mockClient stub calls mockClient again: use mock.reset() or mock.stub.reset().`,
  );
}

// --- Store options (new ImageStore(options), mockSageMakerImages(client, options)) -----------------

export function optionNotOneOf(name: string, allowed: readonly string[]): TypeError {
  return new TypeError(`option ${name} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}

export function optionNotValid(name: string, value: unknown): TypeError {
  return new TypeError(`option ${name} '${String(value)}' is not valid`);
}

export function deletedWaiterCompatNotBoolean(): TypeError {
  return new TypeError('option deletedWaiterCompat must be a boolean');
}

export function clockWithoutNow(): TypeError {
  return new TypeError('option clock must have a now() method');
}

export function tokenSecretNotBytes(): TypeError {
  return new TypeError('option tokenSecret must be a string or a Uint8Array');
}

export function tokenSecretEmpty(): TypeError {
  return new TypeError('option tokenSecret must not be empty');
}

export function lifecycleNotValid(): TypeError {
  return new TypeError("option lifecycle must be 'instant' or { creating, updating, deleting }");
}

export function lifecyclePhaseNotDuration(phase: string): TypeError {
  return new TypeError(`option lifecycle.${phase} must be a number of milliseconds >= 0`);
}

export function journalSizeNotWholeNumber(): TypeError {
  return new TypeError('option journalSize must be a whole number >= 0');
}

export function limitNotWholeNumber(name: string): TypeError {
  return new TypeError(`option limits.${name} must be a whole number >= 0`);
}

export function notAClient(): TypeError {
  return new TypeError('mockSageMakerImages(client) needs SageMakerClient (the class) or a SageMakerClient instance');
}

export function storeOptionNotAStore(): TypeError {
  return new TypeError('option store must be an ImageStore');
}

export function storeWithOtherOptions(keys: readonly string[]): TypeError {
  return new TypeError(`option store comes with its own options; ${keys.join(', ')} would be ignored`);
}

// --- Arguments and times ------------------------------------------------------------------------

/** `what` names the call and argument, e.g. `createManualClock(start)`. */
export function invalidDate(what: string): TypeError {
  return new TypeError(`${what} needs a valid Date`);
}

export function advanceNotFinite(): TypeError {
  return new TypeError('advance(ms) needs a finite number of milliseconds');
}

export function contextAtNotDate(): TypeError {
  return new TypeError('context.at must be a valid Date');
}

export function clockGaveInvalidDate(): TypeError {
  return new TypeError('the clock gave an invalid Date');
}

export function throttleCallsNotWholeNumber(): TypeError {
  return new TypeError('throttleNext(calls) needs a whole number >= 0');
}

export function requestBodyNotText(): TypeError {
  return new TypeError('sagemaker-image-mock: the request body is neither a string nor bytes');
}

export function timeBoundsNotValid(): TypeError {
  return new TypeError('minTime and maxTime must be valid Dates with minTime <= maxTime');
}

// --- Failure injections (store.failNext, POST /_mock/fail-next) ---------------------------------
// `what` names the call, e.g. `failNext(injection)`.

export function injectionNotFailable(what: string, operation: unknown, failable: readonly string[]): TypeError {
  return new TypeError(`${what}: operation ${JSON.stringify(operation)} cannot be made to fail; one of ${failable.join(', ')}`);
}

export function injectionNameMatchesNothing(what: string, problems: readonly string[]): TypeError {
  return new TypeError(`${what}: no image can match: ${problems.join('; ')}`);
}

export function injectionVersionNotApplicable(what: string, withVersion: readonly string[], operation: string): TypeError {
  return new TypeError(`${what}: Version only applies to ${withVersion.join(' and ')}, not ${operation}`);
}

export function injectionVersionNotWholeNumber(what: string): TypeError {
  return new TypeError(`${what}: Version must be a whole number >= 1`);
}

export function injectionFailureReasonNotValid(what: string, problems: readonly string[]): TypeError {
  return new TypeError(`${what}: FailureReason: ${problems.join('; ')}`);
}

export function injectionRegionNotValid(what: string, region: unknown): TypeError {
  return new TypeError(`${what}: region '${String(region)}' is not a region`);
}

/** An `errorNext` injection member no call could meet. */
export function errorInjectionNotValid(what: string, member: string, takes: string): TypeError {
  return new TypeError(`${what}: ${member} must be ${takes}`);
}

/** A stub's or matcher's operation that is a slip of one the store implements. */
export function operationSlip(what: string, operation: string, meant: string): TypeError {
  return new TypeError(`${what}: '${operation}' is not an operation of the mock: did you mean '${meant}'?`);
}

/** A stub for an operation the store answers by its rules. */
export function stubOfImplementedOperation(operation: string): TypeError {
  return new TypeError(
    `stubOperation(stub): ${operation} is answered by the store's own rules and cannot be stubbed; seed the data it should answer, or plan an error with errorNext({ code, operation: '${operation}' }) (POST /_mock/error-next on the server)`,
  );
}

/** A stub's output that is not JSON data. */
export function stubOutputNotData(path: string, what: string): TypeError {
  return new TypeError(`stubOperation(stub): ${path} must be JSON data (objects, arrays, strings, finite numbers, booleans, Dates), not ${what}`);
}

/** A store method's `{ accountId }` scope that names no account. */
export function scopeAccountNotValid(what: string, accountId: unknown): TypeError {
  return new TypeError(`${what}({ accountId }): '${String(accountId)}' is not a 12-digit account`);
}

export function injectionAccountNotValid(what: string, accountId: unknown): TypeError {
  return new TypeError(`${what}: accountId '${String(accountId)}' is not a 12-digit account`);
}

// --- The testing toolkit ------------------------------------------------------------------------

export function settlePromiseNotPromise(): TypeError {
  return new TypeError('advanceUntilSettled(promise, advance): promise must be a promise');
}

export function settleAdvanceNotFunction(): TypeError {
  return new TypeError('advanceUntilSettled(promise, advance): advance must be a function, e.g. (ms) => jest.advanceTimersByTimeAsync(ms)');
}

export function settleOptionNotPositive(name: string, value: unknown): TypeError {
  return new TypeError(`advanceUntilSettled: option ${name} must be a positive number of milliseconds, got ${String(value)}`);
}

/** Not a mistake in the call: the promise did not settle within `maxTime` ms of fake time. */
export function neverSettled(maxTime: number, elapsed: number, step: number): Error {
  return new Error(
    `advanceUntilSettled: the promise had not settled after ${maxTime} ms of fake time (${elapsed / step} steps of ${step} ms). ` +
      'Is the code waiting on the timers that advance() moves (fake timers installed before the call started)? Raise maxTime if it needs longer.',
  );
}

export function noSuiteHooks(): TypeError {
  return new TypeError('useSageMakerImages: no beforeAll/afterEach/afterAll here; call it at the top of a Jest test file or in a describe block');
}

export function stubBeforeSuite(): TypeError {
  return new TypeError('useSageMakerImages: mock.stub exists while the suite runs (in beforeAll, beforeEach, a test or afterEach), not when the file is loaded');
}

export function serviceErrorCodeNotValid(): TypeError {
  return new TypeError('toThrowServiceError(code, message?): code must be the AWS error code, a non-empty string');
}

export function serviceErrorMessageNotValid(): TypeError {
  return new TypeError('toThrowServiceError(code, message?): message must be a string (the whole text) or a RegExp');
}

/** startServer's old `storeOptions` given beside store options at the top level. */
export function storeOptionsBesideTopLevel(keys: readonly string[]): TypeError {
  return new TypeError(`option storeOptions comes beside ${keys.join(', ')}: give every store option at the top level of startServer's options`);
}

/** What a journal matcher was given to read: not a store, mock, server or journal. */
export function journalSourceNotValid(what: string): TypeError {
  return new TypeError(
    `${what}: expected an ImageStore, the mock (mockSageMakerImages, useSageMakerImages), a running server (startServer), ` +
      'or the journal itself (store.requests(), or the JSON of GET /_mock/requests)',
  );
}

/** A journal matcher's operation that names none. */
export function journalOperationNotValid(what: string, operation: unknown): TypeError {
  return new TypeError(`${what}: the operation must be its name ('DeleteImageVersion') or the SDK's command class (DeleteImageVersionCommand), not ${String(operation)}`);
}

/** A journal matcher's expected input that is not an object of members. */
export function journalInputNotValid(what: string, input: unknown): TypeError {
  return new TypeError(`${what}: the input must be an object of the members to match (e.g. { ImageName: 'img' }), not ${Array.isArray(input) ? 'an array' : String(input)}`);
}

/** Both `times` and `nth` given to expectReceived. */
export function journalTimesAndNth(what: string): TypeError {
  return new TypeError(`${what}: give times or nth, not both`);
}

/** A journal matcher's count or position that is not a whole number. */
export function journalCountNotValid(what: string, member: string, value: unknown): TypeError {
  return new TypeError(`${what}: ${member} must be a whole number${member === 'n' ? ', 1 or more' : ''}, not ${String(value)}`);
}

// --- Conformance scenarios and transcripts ---------------------------------------------------------

/** A scenario or transcript file that is not one. */
export function scenarioNotValid(file: string, what: string): TypeError {
  return new TypeError(`${file}: ${what}`);
}

/** A scenario's call that names no command of the SDK. */
export function conformanceUnknownOperation(operation: string): TypeError {
  return new TypeError(`conformance: the SDK has no ${operation}Command (is @aws-sdk/client-sagemaker older than the scenario?)`);
}
