import { malformedJson } from '../errors/factories';

const NON_FINITE = '\u0000sagemaker-image-mock:';

/**
 * Parses a request body. An empty body is `{}`. The JS SDK writes an invalid Date or a NaN number as
 * the bare token `NaN` (or `Infinity`), which is not JSON; those tokens are read as the numbers they
 * stand for, so the validator can name the member in its SerializationException. Anything else that
 * is not JSON is a SerializationException here.
 */
export function parseWireJson(body: string): unknown {
  if (body.trim() === '') return {};
  try {
    return JSON.parse(body);
  } catch (error) {
    // The marker starts with a NUL character, written as a JSON escape: no real member value holds it.
    const lenient = body.replace(/([:[,]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g, (_, before: string, token: string) => `${before}"\\u0000${NON_FINITE.slice(1)}${token}"`);
    if (lenient !== body) {
      try {
        return JSON.parse(lenient, (_key, value: unknown) => (typeof value === 'string' && value.startsWith(NON_FINITE) ? Number(value.slice(NON_FINITE.length)) : value));
      } catch {
        // fall through: report the original error
      }
    }
    throw malformedJson(error instanceof Error ? error.message : String(error));
  }
}

/**
 * An output as awsJson1_1 writes it: timestamps as epoch seconds, no null or undefined members.
 * The output is the door's own fresh copy, so its Dates are turned into numbers in place and the
 * rest is left to the native JSON.stringify (a replacer function, or a writer in JavaScript, made
 * this step a fifth to a half of the server's time).
 */
export function toWireJson(output: unknown): string {
  return JSON.stringify(datesToEpochSeconds(output)) ?? 'null';
}

function datesToEpochSeconds(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item instanceof Date) value[i] = item.getTime() / 1000;
      else if (typeof item === 'object' && item !== null) datesToEpochSeconds(item);
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const inner = record[key];
      if (typeof inner !== 'object') continue;
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- an output of our own, being written
      if (inner === null) delete record[key];
      else if (inner instanceof Date) record[key] = inner.getTime() / 1000;
      else datesToEpochSeconds(inner);
    }
  }
  return value;
}
