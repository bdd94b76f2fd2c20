import type {
  CreateImageVersionRequest,
  CreateImageVersionResponse,
  DeleteImageVersionRequest,
  DeleteImageVersionResponse,
  DescribeImageVersionRequest,
  DescribeImageVersionResponse,
  UpdateImageVersionRequest,
  UpdateImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import { aliasAddedAndDeleted, aliasTaken, imageInInvalidState, limitExceeded, modifiedConcurrently } from '../../errors/factories';
import type { Scope } from '../../model/arn';
import { imageVersionArn, scopeKey } from '../../model/arn';
import { assertImageSettled, assertVersionSettled, existingImage, selectVersion } from '../lookups';
import type { ImageRecord } from '../state/records/image-record';
import { metadataProperties, VersionRecord } from '../state/records/version-record';
import type { StoreState } from '../state/store-state';
import { touchVersion } from '../transitions';
import { toDescribeImageVersion } from '../views';

// CreateImageVersion, DescribeImageVersion, UpdateImageVersion, DeleteImageVersion; ListImageVersions
// and ListAliases page with the other list operations (./lists.ts).


function assertAliasesFree(image: ImageRecord, aliases: Iterable<string>, forVersion: number | undefined): void {
  for (const alias of aliases) {
    const holder = image.aliases.get(alias);
    if (holder !== undefined && holder !== forVersion) throw aliasTaken(alias, image.name, holder);
  }
}

export function createImageVersion(state: StoreState, request: CreateImageVersionRequest, scope: Scope): CreateImageVersionResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  const replay = image.replayOf(request.ClientToken!);
  if (replay !== undefined) return { ImageVersionArn: replay };
  if (image.status !== 'CREATED') throw imageInInvalidState(image.name);
  // Only the newest version can be CREATING: no version is created while one is, none deleted while it is.
  if (image.latestVersion()?.status === 'CREATING') throw modifiedConcurrently();
  const max = state.options.limits.versionsPerImage;
  if (image.versions.size >= max) throw limitExceeded('Number of image versions per image', max, image.versions.size, 1, 'ImageVersions');
  const aliases = new Set(request.Aliases ?? []);
  assertAliasesFree(image, aliases, undefined);
  const number = image.lastVersion + 1;
  const now = state.now();
  const revision = state.nextRevision();
  const version = new VersionRecord(image, {
    ...metadataProperties(request),
    version: number,
    arn: imageVersionArn(scope, image.name, number),
    baseImage: request.BaseImage!,
    status: 'CREATING',
    creationTime: now,
    lastModifiedTime: now,
    createdRevision: revision,
    modifiedRevision: revision,
    tags: new Map(),
  });
  image.addVersion(version);
  for (const alias of aliases) image.setAlias(alias, number);
  image.rememberClientToken(request.ClientToken!, version.arn);
  const failure = state.failures.take('CreateImageVersion', scopeKey(scope), image.name, number);
  state.schedule('creating', now, {
    kind: 'version-created',
    scope,
    imageName: image.name,
    imageRevision: image.createdRevision,
    version: number,
    versionRevision: revision,
    ...(failure !== undefined && { failure }),
  });
  return { ImageVersionArn: version.arn };
}

export function describeImageVersion(state: StoreState, request: DescribeImageVersionRequest, scope: Scope): DescribeImageVersionResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  return toDescribeImageVersion(selectVersion(state, image, scope, request, true));
}

export function updateImageVersion(state: StoreState, request: UpdateImageVersionRequest, scope: Scope): UpdateImageVersionResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  const version = selectVersion(state, image, scope, request, true);
  assertImageSettled(image, false);
  assertVersionSettled(version);
  const toAdd = new Set(request.AliasesToAdd ?? []);
  const toDelete = new Set(request.AliasesToDelete ?? []);
  for (const alias of toAdd) if (toDelete.has(alias)) throw aliasAddedAndDeleted(alias);
  assertAliasesFree(image, toAdd, version.version);
  for (const alias of toDelete) image.deleteAlias(alias, version.version);
  for (const alias of toAdd) image.setAlias(alias, version.version);
  version.setMetadata(request);
  touchVersion(state, version, state.now());
  return { ImageVersionArn: version.arn };
}

export function deleteImageVersion(state: StoreState, request: DeleteImageVersionRequest, scope: Scope): DeleteImageVersionResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  const version = selectVersion(state, image, scope, request, false);
  assertImageSettled(image, false);
  assertVersionSettled(version);
  version.setStatus('DELETING');
  const failure = state.failures.take('DeleteImageVersion', scopeKey(scope), image.name, version.version);
  state.schedule('deleting', state.now(), {
    kind: 'version-deleted',
    scope,
    imageName: image.name,
    imageRevision: image.createdRevision,
    version: version.version,
    versionRevision: version.createdRevision,
    ...(failure !== undefined && { failure }),
  });
  return {};
}
