import type { Tag } from '@aws-sdk/client-sagemaker';
import {
  aliasNotFound,
  appImageConfigNotFound,
  domainNotFound,
  asDeletedForWaiters,
  imageInTransition,
  imageNotFound,
  noLatestVersion,
  resourceDoesNotExist,
  versionAndAliasDisagree,
  versionInTransition,
  versionNotFound,
  versionOrAliasRequired,
} from '../errors/factories';
import type { Scope } from '../model/arn';
import { appImageConfigArn, imageArn, imageVersionArn, partitionOf } from '../model/arn';
import type { AppImageConfigRecord } from './state/records/app-image-config-record';
import type { DomainRecord } from './state/records/domain-record';
import type { ImageRecord } from './state/records/image-record';
import type { VersionRecord } from './state/records/version-record';
import type { Namespace, StoreState } from './state/store-state';

// The lookups and guards every family of operations shares: each finds a record or throws the
// service's error. Operation files import these and the state, never each other.

const TRANSITIONAL = new Set(['CREATING', 'UPDATING', 'DELETING']);

function isTransitional(status: string): boolean {
  return TRANSITIONAL.has(status);
}

/** The image, or ResourceNotFound (ResourceNotFoundException for a deleted one with deletedWaiterCompat). */
export function existingImage(state: StoreState, scope: Scope, imageName: string): { ns: Namespace; image: ImageRecord } {
  const ns = state.namespace(scope);
  const image = ns?.images.get(imageName);
  if (ns === undefined || image === undefined) {
    const error = imageNotFound(imageArn(scope, imageName));
    throw state.options.deletedWaiterCompat && ns?.deletedImages.has(imageName) ? asDeletedForWaiters(error) : error;
  }
  return { ns, image };
}

/** ResourceInUse when the image, or (with `includeVersions`) any of its versions, is in a transitional status. */
export function assertImageSettled(image: ImageRecord, includeVersions: boolean): void {
  if (isTransitional(image.status)) throw imageInTransition(image.name, image.status);
  if (!includeVersions) return;
  for (const version of image.versions.values()) {
    if (isTransitional(version.status)) throw versionInTransition(version.arn, version.status);
  }
}

/** ResourceInUse when the version is in a transitional status. */
export function assertVersionSettled(version: VersionRecord): void {
  if (isTransitional(version.status)) throw versionInTransition(version.arn, version.status);
}

interface Selector {
  readonly Version?: number;
  readonly Alias?: string;
}

/**
 * The version that Version and/or Alias name; with neither, the latest when `latest` is allowed.
 * ResourceNotFound for a number or alias the image does not have.
 */
export function selectVersion(state: StoreState, image: ImageRecord, scope: Scope, selector: Selector, latest: boolean): VersionRecord {
  const { Version, Alias } = selector;
  const notFound = (version: number) => {
    const error = versionNotFound(imageVersionArn(scope, image.name, version));
    return state.options.deletedWaiterCompat && image.deletedVersions.has(version) ? asDeletedForWaiters(error) : error;
  };
  if (Version !== undefined) {
    const byNumber = image.versions.get(Version);
    if (byNumber === undefined) throw notFound(Version);
    if (Alias !== undefined && image.aliases.get(Alias) !== Version) {
      if (!image.aliases.has(Alias)) throw aliasNotFound(image.name, Alias);
      throw versionAndAliasDisagree(Version, Alias);
    }
    return byNumber;
  }
  if (Alias !== undefined) {
    const number = image.aliases.get(Alias);
    if (number === undefined) throw aliasNotFound(image.name, Alias);
    return image.versions.get(number)!;
  }
  if (!latest) throw versionOrAliasRequired();
  const newest = image.latestVersion();
  if (newest === undefined) throw noLatestVersion(image.name);
  return newest;
}

const RESOURCE_ARN = /^arn:([^:]+):sagemaker:([^:]*):(\d{12}):(image|image-version|app-image-config|domain)\/(.+)$/;

/** The AppImageConfig of that name in the caller's namespace, or the service's ResourceNotFound. */
export function existingAppImageConfig(state: StoreState, scope: Scope, name: string): AppImageConfigRecord {
  const config = state.namespace(scope)?.appImageConfigs.get(name);
  if (config === undefined) throw appImageConfigNotFound(appImageConfigArn(scope, name));
  return config;
}

/** The domain of that id in the caller's namespace, or the service's ResourceNotFound. */
export function existingDomain(state: StoreState, scope: Scope, domainId: string): DomainRecord {
  const domain = state.namespace(scope)?.domains.get(domainId);
  if (domain === undefined) throw domainNotFound(domainId);
  return domain;
}

/**
 * The tags of the image, image version, AppImageConfig or domain an ARN names, in the caller's account and region, or the
 * service's `ValidationException: Resource does not exist.` (deleted, foreign, or another type).
 */
export function resourceTags(state: StoreState, resourceArn: string, scope: Scope): Map<string, string> {
  const match = RESOURCE_ARN.exec(resourceArn);
  if (match === null) throw resourceDoesNotExist();
  const [, partition, region, account, kind, rest] = match as unknown as [string, string, string, string, string, string];
  if (region !== scope.region || account !== scope.accountId || partition !== partitionOf(region)) throw resourceDoesNotExist();
  const ns = state.namespace(scope);
  if (kind === 'app-image-config' || kind === 'domain') {
    const found = kind === 'domain' ? ns?.domains.get(rest) : ns?.appImageConfigs.get(rest);
    if (found === undefined || found.arn !== resourceArn) throw resourceDoesNotExist();
    return found.tags;
  }
  const images = ns?.images;
  if (kind === 'image') {
    const image = images?.get(rest);
    if (image === undefined) throw resourceDoesNotExist();
    return image.tags;
  }
  const slash = rest.lastIndexOf('/');
  const version = Number(rest.slice(slash + 1));
  for (const image of images?.withLowerName(rest.slice(0, slash)) ?? []) {
    const found = image.versions.get(version);
    if (found !== undefined && found.arn === resourceArn) return found.tags;
  }
  throw resourceDoesNotExist();
}

/** Tags as a map; a key given twice keeps its last value, as AddTags overwrites. */
export function tagsFromList(tags: readonly Tag[]): Map<string, string> {
  return new Map(tags.map((tag) => [tag.Key!, tag.Value!]));
}
