import type {
  CreateImageRequest,
  CreateImageResponse,
  DeleteImageRequest,
  DeleteImageResponse,
  DescribeImageRequest,
  DescribeImageResponse,
  ListImagesRequest,
  ListImagesResponse,
  UpdateImageRequest,
  UpdateImageResponse,
} from '@aws-sdk/client-sagemaker';
import {
  asDeletedForWaiters,
  imageAlreadyExists,
  imageInTransition,
  imageNotFound,
  invalidNextToken,
  limitExceeded,
  noImageToDelete,
  propertySetAndDeleted,
  versionInTransition,
} from '../errors/factories';
import type { Scope } from '../model/arn';
import { imageArn } from '../model/arn';
import type { ImageRecord } from '../model/records';
import { movedSince, newImageRecord } from '../model/records';
import { takePage } from '../pagination/take-page';
import { imageMatcher } from '../query/image-filter';
import { imageOrders } from '../query/image-order';
import { canonicalImageQuery, imageQueryOf } from '../query/image-query';
import { toDescribeImage, toImageSummary } from './image-views';
import type { Namespace, StoreState } from './store-state';
import { scopeKey } from '../model/arn';
import { tagsFromList } from './tag-operations';

const DEFAULT_MAX_RESULTS = 10;
const TRANSITIONAL = new Set(['CREATING', 'UPDATING', 'DELETING']);

export function isTransitional(status: string): boolean {
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

/** ResourceInUse when the image, or any of its versions, is in a transitional status. */
export function assertImageSettled(image: ImageRecord, includeVersions: boolean): void {
  if (isTransitional(image.status)) throw imageInTransition(image.name, image.status);
  if (!includeVersions) return;
  for (const version of image.versions.values()) {
    if (isTransitional(version.status)) throw versionInTransition(version.arn, version.status);
  }
}

export function createImage(state: StoreState, request: CreateImageRequest, scope: Scope): CreateImageResponse {
  const name = request.ImageName!;
  const ns = state.namespace(scope, true);
  if (ns.images.get(name) !== undefined) throw imageAlreadyExists(name);
  const { images: maxImages, tagsPerResource } = state.options.limits;
  if (ns.images.size >= maxImages) throw limitExceeded('Number of images', maxImages, ns.images.size, 1, 'Images');
  const tags = tagsFromList(request.Tags ?? []);
  if (tags.size > tagsPerResource) throw limitExceeded('Number of tags per resource', tagsPerResource, 0, tags.size, 'Tags');
  const now = state.now();
  const image = newImageRecord({
    name,
    arn: imageArn(scope, name),
    ...(request.Description !== undefined && { description: request.Description }),
    ...(request.DisplayName !== undefined && { displayName: request.DisplayName }),
    ...(request.RoleArn !== undefined && { roleArn: request.RoleArn }),
    status: 'CREATING',
    creationTime: now,
    lastModifiedTime: now,
    tags,
  }, state.nextRevision());
  ns.images.add(image);
  ns.deletedImages.delete(name);
  const failure = state.failures.take('CreateImage', scopeKey(scope), name);
  state.scheduler.schedule('creating', now, (at) => {
    if (ns.images.get(name) !== image) return;
    image.status = failure === undefined ? 'CREATED' : 'CREATE_FAILED';
    if (failure !== undefined) image.failureReason = failure;
    ns.images.setLastModified(image, at, state.nextRevision());
  });
  return { ImageArn: image.arn };
}

export function describeImage(state: StoreState, request: DescribeImageRequest, scope: Scope): DescribeImageResponse {
  return toDescribeImage(existingImage(state, scope, request.ImageName!).image);
}

export function updateImage(state: StoreState, request: UpdateImageRequest, scope: Scope): UpdateImageResponse {
  const { ns, image } = existingImage(state, scope, request.ImageName!);
  assertImageSettled(image, false);
  const deleting = new Set(request.DeleteProperties ?? []);
  for (const property of ['Description', 'DisplayName'] as const) {
    if (deleting.has(property) && request[property] !== undefined) throw propertySetAndDeleted(property);
  }
  const previous = { description: image.description, displayName: image.displayName, roleArn: image.roleArn };
  if (request.Description !== undefined) image.description = request.Description;
  if (request.DisplayName !== undefined) image.displayName = request.DisplayName;
  if (request.RoleArn !== undefined) image.roleArn = request.RoleArn;
  if (deleting.has('Description')) delete image.description;
  if (deleting.has('DisplayName')) delete image.displayName;
  delete image.failureReason;
  image.status = 'UPDATING';
  const now = state.now();
  ns.images.setLastModified(image, now, state.nextRevision());
  const failure = state.failures.take('UpdateImage', scopeKey(scope), image.name);
  state.scheduler.schedule('updating', now, (at) => {
    if (ns.images.get(image.name) !== image) return;
    if (failure === undefined) {
      image.status = 'CREATED';
    } else {
      // A failed update leaves the image as it was before it, with the failure noted.
      restore(image, previous);
      image.status = 'UPDATE_FAILED';
      image.failureReason = failure;
    }
    ns.images.setLastModified(image, at, state.nextRevision());
  });
  return { ImageArn: image.arn };
}

function restore(image: ImageRecord, previous: Pick<ImageRecord, 'description' | 'displayName' | 'roleArn'>): void {
  delete image.description;
  delete image.displayName;
  delete image.roleArn;
  Object.assign(image, withoutUndefined(previous));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function deleteImage(state: StoreState, request: DeleteImageRequest, scope: Scope): DeleteImageResponse {
  const name = request.ImageName!;
  const ns = state.namespace(scope);
  const image = ns?.images.get(name);
  if (ns === undefined || image === undefined) throw noImageToDelete(name);
  assertImageSettled(image, true);
  image.status = 'DELETING';
  const failure = state.failures.take('DeleteImage', scopeKey(scope), name);
  const now = state.now();
  state.scheduler.schedule('deleting', now, (at) => {
    if (ns.images.get(name) !== image) return;
    if (failure === undefined) {
      // Versions, aliases and tags live on the record: they go with it.
      ns.images.remove(image);
      ns.deletedImages.add(name);
      return;
    }
    image.status = 'DELETE_FAILED';
    image.failureReason = failure;
    ns.images.setLastModified(image, at, state.nextRevision());
  });
  return {};
}

export function listImages(state: StoreState, request: ListImagesRequest, scope: Scope): ListImagesResponse {
  const query = imageQueryOf(request);
  const order = imageOrders[query.sortBy];
  const binding = { operation: 'ListImages', scope: scopeKey(scope), query: canonicalImageQuery(query) };
  // A walk remembers the store revision of its first page (SPEC §5: no item twice under mutation).
  let start = state.revision;
  let probe;
  if (request.NextToken !== undefined) {
    const [revision, ...cursor] = state.tokens.read(request.NextToken, binding);
    probe = order.probe(cursor);
    if (typeof revision !== 'number' || probe === undefined) throw invalidNextToken('malformed');
    start = revision;
  }
  const index = state.namespace(scope)?.images.index(query.sortBy);
  const walk = index?.walk(probe, query.sortOrder === 'DESCENDING') ?? [];
  const filter = imageMatcher(query, state.options.nameContains);
  const keysMove = query.sortBy === 'LAST_MODIFIED_TIME';
  const matches = keysMove ? (image: ImageRecord) => filter(image) && !movedSince(image, start) : filter;
  const page = takePage(walk, matches, request.MaxResults ?? DEFAULT_MAX_RESULTS, state.options.listPaging);
  const output: ListImagesResponse = { Images: page.items.map(toImageSummary) };
  if (page.more && page.last !== undefined) output.NextToken = state.tokens.issue(binding, [start, ...order.cursorOf(page.last)]);
  return output;
}
