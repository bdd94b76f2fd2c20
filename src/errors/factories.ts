import { SeedError } from './seed-error';
import { ServiceError } from './service-error';
import type { ServiceErrorCode } from './service-error';

// Every text of a service answer (an AWS error code and its message, from any door) is written
// here, once. The other texts live beside it, one module each: usage-errors.ts (a test's own
// mistakes), invariant-errors.ts (states that cannot happen), snapshot-errors.ts (damaged
// snapshots), http-problems.ts (the HTTP server and its control plane). scripts/check-messages.js
// refuses a text written inline anywhere else in src/.

export function constraintViolation(renderedValue: string, path: string, phrase: string): string {
  return `Value '${renderedValue}' at '${path}' failed to satisfy constraint: Member must ${phrase}`;
}

/** A map whose keys (or values) break their shape's constraints: the whole map, and every constraint broken (decision 0032). */
export function mapViolation(renderedMap: string, path: string, part: 'keys' | 'value', brokenPhrases: readonly string[]): string {
  return `Value '${renderedMap}' at '${path}' failed to satisfy constraint: Map ${part} must satisfy constraint: [${brokenPhrases.map((p) => `Member must ${p}`).join(', ')}]`;
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

/** How many violations a ValidationException lists at most; the count stays the true one (decision 0031). */
const MAX_LISTED_VIOLATIONS = 100;

export function validationError(violations: readonly string[]): ServiceError {
  const n = violations.length;
  const listed = n <= MAX_LISTED_VIOLATIONS ? violations : [...violations.slice(0, MAX_LISTED_VIOLATIONS), `and ${n - MAX_LISTED_VIOLATIONS} more`];
  return new ServiceError(
    'ValidationException',
    `${n} validation error${n === 1 ? '' : 's'} detected: ${listed.join('; ')}`,
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

/** A seed whose name (AppImageConfig) or id (domain) the namespace or an earlier seed already has. */
export function duplicateResourceSeed(index: number, member: string, what: string, value: string, namespace: string): SeedError {
  return invalidSeed(index, member, `${what} '${value}' already exists in ${namespace}`);
}

/** A snapshot that cannot be restored: a TypeError naming what is wrong (a test's own mistake, not a service answer). */
export function invalidSnapshot(detail: string): TypeError {
  return new TypeError(`sagemaker-image-mock: cannot restore the snapshot: ${detail}`);
}

// The image family (docs/behaviour.md §8). Texts marked "observed" are the service's own, as seen in public reports.

/** Observed, for CreateImage on a taken name. */
export function imageAlreadyExists(imageName: string): ServiceError {
  return new ServiceError('ResourceInUse', `The Image with ImageName ${imageName} already exists. Please use a different ImageName.`);
}

// AppImageConfigs and domains (behaviour-studio §3, §6, §8, §10; decisions 0033-0035).

export function appImageConfigInUse(): ServiceError {
  return new ServiceError('ResourceInUse', 'The ID or Name specified is already in use.');
}

export function appImageConfigNotFound(arn: string): ServiceError {
  return new ServiceError('ResourceNotFound', `AppImageConfig ${arn} does not exist.`);
}

export function domainNotFound(domainId: string): ServiceError {
  return new ServiceError('ResourceNotFound', `Domain ${domainId} does not exist.`);
}

export function domainInTransition(domainArn: string, status: string): ServiceError {
  return new ServiceError('ResourceInUse', `Domain [${domainArn}] is in status ${status} and cannot be changed until that finishes.`);
}

/** A CustomImages entry that names something the domain's account and region do not have (decision 0035). */
export function customImageMissing(path: string, value: string | number, what: string): string {
  return `Value '${value}' at '${path}' failed to satisfy constraint: ${what} does not exist in this account and region`;
}

export function customImageRepeated(path: string, imageName: string, version: number | undefined): string {
  const which = version === undefined ? `Image ${imageName}` : `Version ${version} of image ${imageName}`;
  return `Value '${imageName}' at '${path}' failed to satisfy constraint: ${which} is already in this CustomImages list`;
}

/** Observed prefix ("No Image with the name"), for DeleteImage on an absent image. */
export function noImageToDelete(imageName: string): ServiceError {
  return new ServiceError('ResourceNotFound', `No Image with the name ${imageName} exists.`);
}

/** Observed, for CreateImageVersion on an image that is not CREATED. */
export function imageInInvalidState(imageName: string): ServiceError {
  return new ServiceError('ValidationException', `Image ${imageName} is in an invalid state.`);
}

const progressive: Record<string, string> = { CREATING: 'created', UPDATING: 'updated', DELETING: 'deleted' };

/** Modelled on the observed "ImageVersion (...) is being deleted". */
export function imageInTransition(imageName: string, status: string): ServiceError {
  return new ServiceError('ResourceInUse', `Image ${imageName} is being ${progressive[status] ?? status.toLowerCase()}.`);
}

export function versionInTransition(versionArn: string, status: string): ServiceError {
  return new ServiceError('ResourceInUse', `ImageVersion (${versionArn}) is being ${progressive[status] ?? status.toLowerCase()}.`);
}

/** Observed, for a CreateImageVersion while another version of the image is being created. */
export function modifiedConcurrently(): ServiceError {
  return new ServiceError('ResourceInUse', 'Resource was modified concurrently');
}

/** Observed, for DescribeImageVersion without Version or Alias on an image with no versions. */
export function noLatestVersion(imageName: string): ServiceError {
  return new ServiceError('ResourceNotFound', `Latest ImageVersion with ImageName ${imageName} does not exist. Please provide a valid ImageName.`);
}

export function versionNotFound(versionArn: string): ServiceError {
  return new ServiceError('ResourceNotFound', `ImageVersion with ARN ${versionArn} does not exist`);
}

export function aliasNotFound(imageName: string, alias: string): ServiceError {
  return new ServiceError('ResourceNotFound', `ImageVersion with ImageName ${imageName} and Alias ${alias} does not exist`);
}

/** What `deletedWaiterCompat` answers for a resource that was deleted, so the SDK's delete waiters match. */
export function asDeletedForWaiters(error: ServiceError): ServiceError {
  return new ServiceError('ResourceNotFoundException', error.message);
}

export function versionAndAliasDisagree(version: number, alias: string): ServiceError {
  return new ServiceError('ValidationException', `Version ${version} and Alias ${alias} do not identify the same image version.`);
}

export function versionOrAliasRequired(): ServiceError {
  return new ServiceError('ValidationException', 'Either Version or Alias must be specified.');
}

export function aliasTaken(alias: string, imageName: string, version: number): ServiceError {
  return new ServiceError('ValidationException', `The alias ${alias} is already attached to version ${version} of image ${imageName}.`);
}

export function aliasAddedAndDeleted(alias: string): ServiceError {
  return new ServiceError('ValidationException', `The alias ${alias} is in both AliasesToAdd and AliasesToDelete.`);
}

export function propertySetAndDeleted(property: string): ServiceError {
  return new ServiceError('ValidationException', `${property} cannot be both updated and deleted in the same request.`);
}

/** Observed, for a tag operation on an ARN that names no existing resource. */
export function resourceDoesNotExist(): ServiceError {
  return new ServiceError('ValidationException', 'Resource does not exist.');
}

/** The family of SageMaker's account-level quota texts. */
export function limitExceeded(limit: string, max: number, current: number, delta: number, unit: string): ServiceError {
  return new ServiceError(
    'ResourceLimitExceeded',
    `The account-level service limit '${limit}' is ${max} ${unit}, with current utilization of ${current} ${unit} and a request delta of ${delta} ${unit}. ` +
      'Please use AWS Service Quotas to request an increase for this quota.',
  );
}

// The wire protocol (awsJson1_1) and the HTTP server.

export function unknownOperation(target: string | undefined): ServiceError {
  return new ServiceError(
    'UnknownOperationException',
    target === undefined || target === ''
      ? 'Missing X-Amz-Target header: expected SageMaker.<Operation>.'
      : `sagemaker-image-mock does not implement the operation ${target}.`,
  );
}

/** A call of an operation the store does not implement and no stub answers (on the wire doors). */
export function operationNotStubbed(operation: string, meant?: string): ServiceError {
  return new ServiceError(
    'UnknownOperationException',
    meant !== undefined
      ? `sagemaker-image-mock does not implement the operation ${operation}: did you mean ${meant}?`
      : `sagemaker-image-mock does not implement the operation ${operation}. Give it a canned answer: POST /_mock/stubs with ` +
          `{"operation": "${operation}", "output": {...}} (or "error": {"code": ..., "message": ...}), or store.stubOperation({ operation: '${operation}', output }) in process.`,
  );
}

/**
 * A caller whose region or account is not of AWS's shape (from the SigV4 credential scope, the
 * client's configured region, or a store call's context): refused before anything else, as the
 * service refuses a credential scoped to no region.
 */
export function invalidCallerScope(part: 'region' | 'account', value: string): ServiceError {
  return new ServiceError(
    'InvalidSignatureException',
    part === 'region'
      ? `Credential should be scoped to a valid region: '${clip(value)}' is not a region (such as us-east-1).`
      : `Credential should be scoped to a valid account: '${clip(value)}' is not a 12-digit account id.`,
  );
}

function clip(text: string): string {
  return text.length > 64 ? `${text.slice(0, 64)}...` : text;
}

export function malformedJson(detail: string): ServiceError {
  return new ServiceError('SerializationException', `The request body is not valid JSON: ${detail}`);
}

// The HTTP server's own problems (HttpProblem) are in http-problems.ts.

/** Injected with `errorNext`: any code the test names, with its status (a 5xx is the server's fault). */
export function injectedError(code: string, message: string | undefined, httpStatus: number): ServiceError {
  // Any AWS code a test names: the SDK builds a SageMakerServiceException named after it.
  return new ServiceError(code as ServiceErrorCode, message ?? `${code} (error injected by the test)`, httpStatus, httpStatus >= 500 ? 'server' : 'client');
}

/** Injected with `throttleNext`: what the SDK retries and aws-sdk-client-mock cannot show. */
export function throttled(): ServiceError {
  return new ServiceError('ThrottlingException', 'Rate exceeded');
}

/** The FailureReason of a failure a test planned without giving one. */
export function injectedFailureReason(operation: string, name: string): string {
  return `${operation} of ${name} failed (failure injected by the test).`;
}
