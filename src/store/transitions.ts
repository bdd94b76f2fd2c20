import type { ImageRecord } from './state/records/image-record';
import type { VersionRecord } from './state/records/version-record';
import type { StoreState } from './state/store-state';
import type { Transition } from './state/transition';

// What finishing one of the lifecycle's transitions (state/transition.ts) does.

type ImageTransition = Exclude<Transition, { readonly domainId: string }>;
type DomainTransition = Extract<Transition, { readonly domainId: string }>;

function imageOf(state: StoreState, t: ImageTransition): ImageRecord | undefined {
  const image = state.namespace(t.scope)?.images.get(t.imageName);
  return image !== undefined && image.createdRevision === t.imageRevision ? image : undefined;
}

function versionOf(image: ImageRecord, t: ImageTransition & { readonly version: number; readonly versionRevision: number }): VersionRecord | undefined {
  const version = image.versions.get(t.version);
  return version !== undefined && version.createdRevision === t.versionRevision ? version : undefined;
}

export function touchVersion(state: StoreState, version: VersionRecord, time: number): void {
  version.touch(time, state.nextRevision());
}

/** Finishes a transition at time `at`. One whose resource is gone (or made again) does nothing. */
export function finishTransition(state: StoreState, t: Transition, at: number): void {
  if ('domainId' in t) finishDomainTransition(state, t, at);
  else finishImageTransition(state, t, at);
}

/** Pending ends InService or Failed; Updating ends InService, or Update_Failed with the settings before; Deleting ends gone, or Delete_Failed. */
function finishDomainTransition(state: StoreState, t: DomainTransition, at: number): void {
  const domains = state.namespace(t.scope)?.domains;
  const domain = domains?.get(t.domainId);
  if (domain === undefined || domain.createdRevision !== t.domainRevision) return;
  switch (t.kind) {
    case 'domain-created':
      domain.setStatus(t.failure === undefined ? 'InService' : 'Failed', t.failure);
      break;
    case 'domain-updated':
      if (t.failure !== undefined) domain.setSettings(t.previous);
      domain.setStatus(t.failure === undefined ? 'InService' : 'Update_Failed', t.failure);
      break;
    case 'domain-deleted':
      if (t.failure === undefined) {
        domains!.delete(domain.id);
        return;
      }
      domain.setStatus('Delete_Failed', t.failure);
      break;
  }
  domain.touch(at, state.nextRevision());
}

function finishImageTransition(state: StoreState, t: ImageTransition, at: number): void {
  const image = imageOf(state, t);
  if (image === undefined) return;
  const images = state.namespace(t.scope)!.images;
  switch (t.kind) {
    case 'image-created':
      image.setStatus(t.failure === undefined ? 'CREATED' : 'CREATE_FAILED', t.failure);
      images.setLastModified(image, at, state.nextRevision());
      return;
    case 'image-updated':
      if (t.failure === undefined) {
        image.setStatus('CREATED');
      } else {
        // A failed update leaves the image as it was before it, with the failure noted.
        image.setDetails(t.previous);
        image.setStatus('UPDATE_FAILED', t.failure);
      }
      images.setLastModified(image, at, state.nextRevision());
      return;
    case 'image-deleted':
      if (t.failure === undefined) {
        // Versions, aliases and tags live on the record: they go with it.
        images.remove(image);
        state.namespace(t.scope)!.deletedImages.add(image.name);
        return;
      }
      image.setStatus('DELETE_FAILED', t.failure);
      images.setLastModified(image, at, state.nextRevision());
      return;
    case 'version-created': {
      const version = versionOf(image, t);
      if (version === undefined) return;
      version.setStatus(t.failure === undefined ? 'CREATED' : 'CREATE_FAILED', t.failure);
      touchVersion(state, version, at);
      return;
    }
    case 'version-deleted': {
      const version = versionOf(image, t);
      if (version === undefined) return;
      if (t.failure === undefined) {
        image.removeVersion(t.version);
        return;
      }
      version.setStatus('DELETE_FAILED', t.failure);
      touchVersion(state, version, at);
      return;
    }
  }
}
