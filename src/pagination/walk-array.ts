/**
 * The items of an array already in ascending order that lie strictly after the cursor (`probe`
 * positive), or strictly before it walking downwards. For small collections (an image's versions,
 * aliases or tags); the image list itself uses the store's sorted indexes.
 */
export function walkArray<T>(sorted: readonly T[], probe: ((item: T) => number) | undefined, descending: boolean): T[] {
  if (descending) {
    const before = probe === undefined ? [...sorted] : sorted.filter((item) => probe(item) < 0);
    return before.reverse();
  }
  return probe === undefined ? [...sorted] : sorted.filter((item) => probe(item) > 0);
}
