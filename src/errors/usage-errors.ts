// Mistakes in a test's own use of the library (not service answers): TypeErrors, thrown at once.

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
