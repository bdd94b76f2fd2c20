import type {
  CreateImageRequest,
  CreateImageResponse,
  DeleteImageRequest,
  DeleteImageResponse,
  DescribeImageRequest,
  DescribeImageResponse,
  UpdateImageRequest,
  UpdateImageResponse,
} from '@aws-sdk/client-sagemaker';
import { imageAlreadyExists, limitExceeded, noImageToDelete, propertySetAndDeleted } from '../../errors/factories';
import type { Scope } from '../../model/arn';
import { imageArn, scopeKey } from '../../model/arn';
import { assertImageSettled, existingImage, tagsFromList } from '../lookups';
import { ImageRecord } from '../state/records/image-record';
import type { StoreState } from '../state/store-state';
import { toDescribeImage } from '../views';

// CreateImage, DescribeImage, UpdateImage, DeleteImage; ListImages pages with the other list operations (./lists.ts).

export function createImage(state: StoreState, request: CreateImageRequest, scope: Scope): CreateImageResponse {
  const name = request.ImageName!;
  const ns = state.namespace(scope, true);
  if (ns.images.get(name) !== undefined) throw imageAlreadyExists(name);
  const { images: maxImages, tagsPerResource } = state.options.limits;
  if (ns.images.size >= maxImages) throw limitExceeded('Number of images', maxImages, ns.images.size, 1, 'Images');
  const tags = tagsFromList(request.Tags ?? []);
  if (tags.size > tagsPerResource) throw limitExceeded('Number of tags per resource', tagsPerResource, 0, tags.size, 'Tags');
  const now = state.now();
  const image = new ImageRecord({
    name,
    arn: imageArn(scope, name),
    description: request.Description,
    displayName: request.DisplayName,
    roleArn: request.RoleArn,
    status: 'CREATING',
    creationTime: now,
    lastModifiedTime: now,
    tags,
  }, state.nextRevision());
  ns.images.add(image);
  ns.deletedImages.delete(name);
  const failure = state.failures.take('CreateImage', scopeKey(scope), name);
  state.schedule('creating', now, { kind: 'image-created', scope, imageName: name, imageRevision: image.createdRevision, ...(failure !== undefined && { failure }) });
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
  const previous = image.details;
  image.setDetails({
    description: deleting.has('Description') ? undefined : (request.Description ?? previous.description),
    displayName: deleting.has('DisplayName') ? undefined : (request.DisplayName ?? previous.displayName),
    roleArn: request.RoleArn ?? previous.roleArn,
  });
  image.setStatus('UPDATING', null);
  const now = state.now();
  ns.images.setLastModified(image, now, state.nextRevision());
  const failure = state.failures.take('UpdateImage', scopeKey(scope), image.name);
  state.schedule('updating', now, { kind: 'image-updated', scope, imageName: image.name, imageRevision: image.createdRevision, previous, ...(failure !== undefined && { failure }) });
  return { ImageArn: image.arn };
}


export function deleteImage(state: StoreState, request: DeleteImageRequest, scope: Scope): DeleteImageResponse {
  const name = request.ImageName!;
  const ns = state.namespace(scope);
  const image = ns?.images.get(name);
  if (ns === undefined || image === undefined) throw noImageToDelete(name);
  assertImageSettled(image, true);
  image.setStatus('DELETING');
  const failure = state.failures.take('DeleteImage', scopeKey(scope), name);
  const now = state.now();
  state.schedule('deleting', now, { kind: 'image-deleted', scope, imageName: name, imageRevision: image.createdRevision, ...(failure !== undefined && { failure }) });
  return {};
}
