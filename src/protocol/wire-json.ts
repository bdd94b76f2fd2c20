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

/** An output as awsJson1_1 writes it: timestamps as epoch seconds, no null or undefined members. */
export function toWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, inner: unknown) {
    const original = this[key];
    if (original instanceof Date) return original.getTime() / 1000;
    return inner === null ? undefined : inner;
  });
}
