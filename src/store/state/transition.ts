import type { Scope } from '../../model/arn';
import type { DomainSettings } from './records/domain-record';
import type { ImageDetails } from './records/image-record';

// The lifecycle's transitions as data: what CreateImage, UpdateImage, DeleteImage,
// CreateImageVersion and DeleteImageVersion leave pending. Being data, a pending transition can be
// kept in a snapshot and restored; store/transitions.ts says what finishing one does.

interface OfImage {
  readonly scope: Scope;
  readonly imageName: string;
  /** The revision that created the image: a transition of an image deleted and made again is void. */
  readonly imageRevision: number;
  /** The FailureReason when the test planned a failure, else absent: the transition succeeds. */
  readonly failure?: string;
}

interface OfDomain {
  readonly scope: Scope;
  readonly domainId: string;
  /** The revision that created the domain. */
  readonly domainRevision: number;
  /** The FailureReason when the test planned a failure, else absent: the transition succeeds. */
  readonly failure?: string;
}

interface OfVersion extends OfImage {
  readonly version: number;
  readonly versionRevision: number;
}

export type Transition =
  | (OfImage & { readonly kind: 'image-created' })
  | (OfImage & {
      readonly kind: 'image-updated';
      /** The members before the update, restored when it fails. */
      readonly previous: ImageDetails;
    })
  | (OfImage & { readonly kind: 'image-deleted' })
  | (OfVersion & { readonly kind: 'version-created' })
  | (OfVersion & { readonly kind: 'version-deleted' })
  | (OfDomain & { readonly kind: 'domain-created' })
  | (OfDomain & {
      readonly kind: 'domain-updated';
      /** The settings before the update, restored when it fails. */
      readonly previous: DomainSettings;
    })
  | (OfDomain & { readonly kind: 'domain-deleted' });

/** Every kind, once: the object's type makes it exactly the kinds of Transition (a snapshot's are the same type). */
const KINDS = {
  'image-created': true,
  'image-updated': true,
  'image-deleted': true,
  'version-created': true,
  'version-deleted': true,
  'domain-created': true,
  'domain-updated': true,
  'domain-deleted': true,
} as const satisfies Record<Transition['kind'], true>;

/** Every kind of transition, in one list (the snapshot checker reads it). */
export const TRANSITION_KINDS = Object.keys(KINDS) as readonly Transition['kind'][];
/** The kinds that carry a version. */
export const VERSION_KINDS: readonly Transition['kind'][] = ['version-created', 'version-deleted'];
/** The kinds that finish a domain's status. */
export const DOMAIN_KINDS: readonly Transition['kind'][] = ['domain-created', 'domain-updated', 'domain-deleted'];
