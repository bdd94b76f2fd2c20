/** A seed that the store refuses: a mistake in the test's own fixtures, not a service answer. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
}
