/**
 * How a value is quoted in `Value '<value>' at ...`: strings and numbers as they are; lists and
 * structures in the Java `toString` style the service's validator is built on.
 */
export function renderValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderValue).join(', ')}]`;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).map(([k, v]) => `${k}=${renderValue(v)}`);
    return `{${fields.join(', ')}}`;
  }
  return String(value);
}
