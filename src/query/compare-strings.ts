/** Plain JavaScript string order: UTF-16 code units, no locale. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
