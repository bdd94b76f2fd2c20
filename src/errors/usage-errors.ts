// Mistakes in a test's own use of the library (not service answers): TypeErrors, thrown at once.
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
