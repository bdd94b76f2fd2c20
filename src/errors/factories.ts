import { SeedError } from './seed-error';
import { ServiceError } from './service-error';

// Every message text the mock produces is written here, once.

export function constraintViolation(renderedValue: string, path: string, phrase: string): string {
  return `Value '${renderedValue}' at '${path}' failed to satisfy constraint: Member must ${phrase}`;
}

export function nullViolation(path: string): string {
  return `Value null at '${path}' failed to satisfy constraint: Member must not be null`;
}

export const phrases = {
  maxLength: (n: number) => `have length less than or equal to ${n}`,
  minLength: (n: number) => `have length greater than or equal to ${n}`,
  maxValue: (n: number) => `have value less than or equal to ${n}`,
  minValue: (n: number) => `have value greater than or equal to ${n}`,
  pattern: (p: string) => `satisfy regular expression pattern: ${p}`,
  enumeration: (values: readonly string[]) => `satisfy enum value set: [${values.join(', ')}]`,
} as const;

export function validationError(violations: readonly string[]): ServiceError {
  const n = violations.length;
  return new ServiceError(
    'ValidationException',
    `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.join('; ')}`,
  );
}

export function serializationError(path: string, expected: string, actual: string): ServiceError {
  return new ServiceError(
    'SerializationException',
    `Cannot deserialize the value at '${path}': expected ${expected}, got ${actual}`,
  );
}

export function imageNotFound(imageArn: string): ServiceError {
  return new ServiceError('ResourceNotFound', `Image with ARN ${imageArn} does not exist`);
}

export type TokenProblem = 'malformed' | 'scope' | 'operation' | 'query';

const tokenReasons: Record<TokenProblem, string> = {
  malformed: 'it is not a token that this mock store issued',
  scope: 'it was issued for another account or region',
  operation: 'it was issued for another operation',
  query: 'it was issued for a request with other filters, SortBy or SortOrder',
};

export function invalidNextToken(problem: TokenProblem): ServiceError {
  return new ServiceError('ValidationException', `Invalid pagination token (NextToken): ${tokenReasons[problem]}.`);
}

export function invalidSeed(index: number, field: string, reason: string): SeedError {
  return new SeedError(`Invalid seed #${index + 1}: ${field}: ${reason}`);
}

export function duplicateSeed(index: number, imageName: string, namespace: string): SeedError {
  return invalidSeed(index, 'ImageName', `an image named '${imageName}' already exists in ${namespace}`);
}
