/** ARNs (docs/behaviour.md §7), and the shapes of the regions and accounts they are made of. */

export const ACCOUNT_ID = /^\d{12}$/;
export const REGION = /^[a-z]{2,}(-[a-z]+)+-\d+$/;

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export interface Scope {
  readonly accountId: string;
  readonly region: string;
}

/** The key of a namespace: one per (account, region). */
export function scopeKey(scope: Scope): string {
  return `${scope.accountId}/${scope.region}`;
}

/** Whether a namespace key (`account/region`) is one of that account's. */
export function isOfAccount(key: string, accountId: string): boolean {
  return key.startsWith(`${accountId}/`);
}

export function imageArn(scope: Scope, imageName: string): string {
  return `arn:${partitionOf(scope.region)}:sagemaker:${scope.region}:${scope.accountId}:image/${imageName}`;
}

/** Version ARNs lower-case the image name (the model's ImageVersionArn pattern allows only [a-z0-9]). */
export function imageVersionArn(scope: Scope, imageName: string, version: number): string {
  const prefix = `arn:${partitionOf(scope.region)}:sagemaker:${scope.region}:${scope.accountId}`;
  return `${prefix}:image-version/${imageName.toLowerCase()}/${version}`;
}

/** The name as given (decision 0033: nothing shows the service lower-casing it). */
export function appImageConfigArn(scope: Scope, name: string): string {
  return `arn:${partitionOf(scope.region)}:sagemaker:${scope.region}:${scope.accountId}:app-image-config/${name}`;
}

export function domainArn(scope: Scope, domainId: string): string {
  return `arn:${partitionOf(scope.region)}:sagemaker:${scope.region}:${scope.accountId}:domain/${domainId}`;
}

/** Studio's address for a domain (behaviour-studio §6.5): no trailing slash. */
export function domainUrl(scope: Scope, domainId: string): string {
  return `https://${domainId}.studio.${scope.region}.sagemaker.aws`;
}
