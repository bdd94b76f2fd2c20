// The likeliest meaning of a misspelt word: for unknown options (usage-errors.ts) and the CLI's unknown commands and flags (behaviour §17).

/** Edits from `a` to `b`: insertions, deletions, substitutions and swaps of two neighbours (`prot` -> `port` is one). */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i]!;
      const above = rows[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known word the user most likely meant: the only one that `word` begins (`acc` -> `account-id`),
 * else the closest within a third of its length (at least one edit), else the same word with
 * another ending (`create` -> `creating`), case aside; undefined when nothing is that close.
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  const starting = known.filter((candidate) => candidate.toLowerCase().startsWith(typed));
  if (typed.length > 0 && starting.length === 1) return starting[0];
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of known) {
    const edits = distance(typed, candidate.toLowerCase());
    if (best === undefined || edits < best.edits) best = { candidate, edits };
  }
  if (best !== undefined && best.edits <= Math.max(1, Math.floor(typed.length / 3))) return best.candidate;
  // The same word with another ending ('create' for 'creating').
  return known.find((candidate) => {
    const other = candidate.toLowerCase();
    let common = 0;
    while (common < typed.length && typed[common] === other[common]) common += 1;
    return common >= Math.max(4, Math.min(typed.length, other.length) - 1);
  });
}

/**
 * The known word `word` is a slip of (one or two edits away, case aside), when it is not one of them
 * itself: `ListImage` for `ListImages`. Stricter than didYouMean, for names that may be right though
 * unknown (an operation the mock does not implement): `DeleteApp` is not a slip of `DeleteAppImageConfig`.
 */
export function slipOf(word: string, known: readonly string[]): string | undefined {
  if (known.includes(word)) return undefined;
  const typed = word.toLowerCase();
  return known.find((candidate) => distance(typed, candidate.toLowerCase()) <= 2);
}
