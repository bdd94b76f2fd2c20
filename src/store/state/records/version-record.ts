import type { ImageVersionStatus, JobType, Processor, VendorGuidance } from '@aws-sdk/client-sagemaker';
import type { Field, Writable } from './fields';
import { fieldsAt, propertiesOf } from './fields';

/** A version's optional members, named as the service names them (a request, a seed and a snapshot all carry them so). */
export interface VersionMetadata {
  readonly VendorGuidance?: VendorGuidance | undefined;
  readonly JobType?: JobType | undefined;
  readonly MLFramework?: string | undefined;
  readonly ProgrammingLang?: string | undefined;
  readonly Processor?: Processor | undefined;
  readonly Horovod?: boolean | undefined;
  readonly ReleaseNotes?: string | undefined;
}

type Metadata = 'vendorGuidance' | 'jobType' | 'mlFramework' | 'programmingLang' | 'processor' | 'horovod' | 'releaseNotes';
type Optional = Metadata | 'containerImage' | 'failureReason';

/**
 * A new version's properties, named as the record names them: the image's name and ARN come from
 * the image; ContainerImage defaults to the BaseImage (what the service answers; a snapshot keeps
 * its own).
 */
export type NewVersion = Omit<VersionRecord, Optional | 'imageName' | 'imageArn' | 'setStatus' | 'touch' | 'setMetadata'> &
  Partial<Pick<VersionRecord, Optional>>;

/**
 * An image version as the store keeps it: times as epoch milliseconds. Every field is set in the
 * constructor in one order, so all versions share one shape. Its fields are read-only to every
 * module but this one: the methods below are the only writes.
 */
export class VersionRecord {
  readonly imageName: string;
  readonly version: number;
  readonly arn: string;
  readonly imageArn: string;
  readonly baseImage: string;
  readonly containerImage: string;
  readonly status: ImageVersionStatus;
  readonly failureReason: string | undefined;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  /** The store revision that created this version, and the one that last moved its LastModifiedTime. */
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly vendorGuidance: VendorGuidance | undefined;
  readonly jobType: JobType | undefined;
  readonly mlFramework: string | undefined;
  readonly programmingLang: string | undefined;
  readonly processor: Processor | undefined;
  readonly horovod: boolean | undefined;
  readonly releaseNotes: string | undefined;
  readonly tags: Map<string, string>;

  constructor(image: { readonly name: string; readonly arn: string }, v: NewVersion) {
    this.imageName = image.name;
    this.version = v.version;
    this.arn = v.arn;
    this.imageArn = image.arn;
    this.baseImage = v.baseImage;
    this.containerImage = v.containerImage ?? v.baseImage;
    this.status = v.status;
    this.failureReason = v.failureReason;
    this.creationTime = v.creationTime;
    this.lastModifiedTime = v.lastModifiedTime;
    this.createdRevision = v.createdRevision;
    this.modifiedRevision = v.modifiedRevision;
    this.vendorGuidance = v.vendorGuidance;
    this.jobType = v.jobType;
    this.mlFramework = v.mlFramework;
    this.programmingLang = v.programmingLang;
    this.processor = v.processor;
    this.horovod = v.horovod;
    this.releaseNotes = v.releaseNotes;
    this.tags = v.tags;
  }

  /** Sets the status, and the FailureReason when one is given (otherwise it stays). */
  setStatus(status: ImageVersionStatus, failureReason?: string): void {
    const own = this as Writable<VersionRecord>;
    own.status = status;
    if (failureReason !== undefined) own.failureReason = failureReason;
  }

  /** Moves LastModifiedTime to `time` at store revision `revision`. */
  touch(time: number, revision: number): void {
    const own = this as Writable<VersionRecord>;
    own.lastModifiedTime = time;
    own.modifiedRevision = revision;
  }

  /** Each metadata member given replaces the version's (UpdateImageVersion). */
  setMetadata(metadata: VersionMetadata): void {
    const own = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(metadataProperties(metadata))) if (value !== undefined) own[key] = value;
  }
}

/** Every member of a version the service answers, seeds and snapshots carry (tags and counters apart). */
export const VERSION_FIELDS: readonly Field<VersionRecord>[] = [
  { member: 'Version', key: 'version', shape: 'ImageVersionNumber', required: true, in: ['summary', 'describe', 'snapshot'] },
  { member: 'ImageArn', key: 'imageArn', shape: 'ImageArn', required: true, in: ['summary', 'describe'] },
  { member: 'ImageVersionArn', key: 'arn', shape: 'ImageVersionArn', required: true, in: ['summary', 'describe'] },
  { member: 'BaseImage', key: 'baseImage', shape: 'ImageBaseImage', required: true, in: ['describe', 'seed', 'snapshot'] },
  { member: 'ContainerImage', key: 'containerImage', shape: 'ImageContainerImage', required: true, in: ['describe', 'snapshot'] },
  { member: 'ImageVersionStatus', key: 'status', shape: 'ImageVersionStatus', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'FailureReason', key: 'failureReason', shape: 'FailureReason', in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'CreationTime', key: 'creationTime', shape: 'Timestamp', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'LastModifiedTime', key: 'lastModifiedTime', shape: 'Timestamp', required: true, in: ['summary', 'describe', 'seed', 'snapshot'] },
  { member: 'VendorGuidance', key: 'vendorGuidance', shape: 'VendorGuidance', in: ['describe', 'seed', 'snapshot'] },
  { member: 'JobType', key: 'jobType', shape: 'JobType', in: ['describe', 'seed', 'snapshot'] },
  { member: 'MLFramework', key: 'mlFramework', shape: 'MLFramework', in: ['describe', 'seed', 'snapshot'] },
  { member: 'ProgrammingLang', key: 'programmingLang', shape: 'ProgrammingLang', in: ['describe', 'seed', 'snapshot'] },
  { member: 'Processor', key: 'processor', shape: 'Processor', in: ['describe', 'seed', 'snapshot'] },
  { member: 'Horovod', key: 'horovod', shape: 'Horovod', in: ['describe', 'seed', 'snapshot'] },
  { member: 'ReleaseNotes', key: 'releaseNotes', shape: 'ReleaseNotes', in: ['describe', 'seed', 'snapshot'] },
];

/** The members a CreateImageVersion or UpdateImageVersion request sets as they are: the version's metadata. */
const METADATA_MEMBERS: ReadonlySet<string> = new Set<keyof VersionMetadata>([
  'VendorGuidance', 'JobType', 'MLFramework', 'ProgrammingLang', 'Processor', 'Horovod', 'ReleaseNotes',
]);
const METADATA_FIELDS = fieldsAt(VERSION_FIELDS, 'describe').filter((field) => METADATA_MEMBERS.has(field.member));

/** A request's (or seed's) metadata members as the record's properties. */
export function metadataProperties(metadata: VersionMetadata): Partial<NewVersion> {
  return propertiesOf(METADATA_FIELDS, metadata as Readonly<Record<string, unknown>>);
}
