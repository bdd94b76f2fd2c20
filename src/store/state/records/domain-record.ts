import type { DomainStatus } from '@aws-sdk/client-sagemaker';
import { createHmac } from 'node:crypto';
import { shapeOf } from '../../../model/shapes';
import type { StructureShapeModel } from '../../../model/shape-types';
import type { Field, Place, Writable } from './fields';

/**
 * A domain's settings: the CreateDomain members DescribeDomain answers back, named as the service
 * names them, as the validated request carried them (structures, lists and maps are the store's
 * own copies, never handed out).
 */
export type DomainSettings = Readonly<Record<string, unknown>>;

/** A new domain's properties, named as the record names them. */
export type NewDomain = Omit<DomainRecord, 'failureReason' | 'setStatus' | 'setSettings' | 'touch'> & { readonly failureReason?: string | undefined };

/**
 * A Studio domain as the store keeps it: its identity and status, times as epoch milliseconds, and
 * its settings. Its fields are read-only to every module but this one: the methods below are the
 * only writes.
 */
export class DomainRecord {
  readonly id: string;
  readonly arn: string;
  readonly name: string;
  readonly url: string;
  readonly homeEfsFileSystemId: string;
  readonly status: DomainStatus;
  readonly failureReason: string | undefined;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly settings: DomainSettings;
  readonly tags: Map<string, string>;

  constructor(d: NewDomain) {
    this.id = d.id;
    this.arn = d.arn;
    this.name = d.name;
    this.url = d.url;
    this.homeEfsFileSystemId = d.homeEfsFileSystemId;
    this.status = d.status;
    this.failureReason = d.failureReason;
    this.creationTime = d.creationTime;
    this.lastModifiedTime = d.lastModifiedTime;
    this.createdRevision = d.createdRevision;
    this.modifiedRevision = d.modifiedRevision;
    this.settings = d.settings;
    this.tags = d.tags;
  }

  /** Sets the status, and the FailureReason when one is given (`null` clears it; otherwise it stays). */
  setStatus(status: DomainStatus, failureReason?: string | null): void {
    const own = this as Writable<DomainRecord>;
    own.status = status;
    if (failureReason !== undefined) own.failureReason = failureReason ?? undefined;
  }

  setSettings(settings: DomainSettings): void {
    (this as Writable<DomainRecord>).settings = settings;
  }

  touch(time: number, revision: number): void {
    const own = this as Writable<DomainRecord>;
    own.lastModifiedTime = time;
    own.modifiedRevision = revision;
  }
}

const SUMMARY_AND_MORE: readonly Place[] = ['summary', 'describe', 'seed', 'snapshot'];

/**
 * The members of a domain of its own (not its settings): the service answers them, seeds and
 * snapshots carry them. The settings members are the CreateDomain members of `DOMAIN_SETTING_MEMBERS`.
 */
export const DOMAIN_FIELDS: readonly Field<DomainRecord>[] = [
  { member: 'DomainArn', key: 'arn', shape: 'DomainArn', required: true, in: ['summary', 'describe'] },
  { member: 'DomainId', key: 'id', shape: 'DomainId', required: true, in: SUMMARY_AND_MORE },
  { member: 'DomainName', key: 'name', shape: 'DomainName', required: true, in: SUMMARY_AND_MORE },
  { member: 'HomeEfsFileSystemId', key: 'homeEfsFileSystemId', shape: 'ResourceId', required: true, in: ['describe', 'seed', 'snapshot'] },
  { member: 'Status', key: 'status', shape: 'DomainStatus', required: true, in: SUMMARY_AND_MORE },
  { member: 'FailureReason', key: 'failureReason', shape: 'FailureReason', in: ['describe', 'seed', 'snapshot'] },
  { member: 'CreationTime', key: 'creationTime', shape: 'CreationTime', required: true, in: SUMMARY_AND_MORE },
  { member: 'LastModifiedTime', key: 'lastModifiedTime', shape: 'LastModifiedTime', required: true, in: SUMMARY_AND_MORE },
  { member: 'Url', key: 'url', shape: 'String1024', required: true, in: ['summary', 'describe'] },
];

/**
 * The CreateDomain members a domain keeps as its settings and DescribeDomain answers back: every
 * member of CreateDomainRequest that DescribeDomainResponse also has, but the name.
 */
export const DOMAIN_SETTING_MEMBERS = [
  'AuthMode', 'DefaultUserSettings', 'DomainSettings', 'SubnetIds', 'VpcId', 'AppNetworkAccessType', 'HomeEfsFileSystemKmsKeyId',
  'KmsKeyId', 'AppSecurityGroupManagement', 'HomeEfsFileSystemCreation', 'TagPropagation', 'DefaultSpaceSettings',
] as const;

/** Each settings member's model shape, as CreateDomain takes it (the snapshot checker and the seeds check settings with them). */
export const DOMAIN_SETTING_SHAPES: Readonly<Record<string, string>> = Object.fromEntries(
  (shapeOf('CreateDomainRequest') as StructureShapeModel).members
    .filter((m) => (DOMAIN_SETTING_MEMBERS as readonly string[]).includes(m.name))
    .map((m) => [m.name, m.shape]),
);

/** What CreateDomain fills in when a member is not given (behaviour-studio §6.7). */
export const DOMAIN_SETTING_DEFAULTS: DomainSettings = { AppNetworkAccessType: 'PublicInternetOnly', TagPropagation: 'DISABLED' };

/**
 * A new DomainId (`d-` and 12 lower-case letters or digits, as observed) and EFS id (`fs-` and 17
 * hex digits), drawn from the token secret (the one a snapshot carries), the namespace and a
 * revision: the same store, calls and clock give the same ids (the store draws no randomness of
 * its own), and `taken` ids are never given again.
 */
export function newDomainIds(secret: string, namespace: string, revision: number, taken: (id: string) => boolean): { id: string; efs: string } {
  for (let salt = 0; ; salt += 1) {
    const digest = createHmac('sha256', secret).update(`domain/${namespace}/${revision}/${salt}`).digest();
    const id = `d-${[...digest.subarray(0, 12)].map((byte) => (byte % 36).toString(36)).join('')}`;
    if (!taken(id)) return { id, efs: `fs-${digest.subarray(12, 21).toString('hex').slice(0, 17)}` };
  }
}
