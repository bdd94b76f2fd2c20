import type { SnapshotImage, SnapshotTransition, SnapshotVersion, StoreSnapshot } from '../../glossary';
import type { ImageRecord, VersionRecord } from '../../model/records';
import type { StoreState } from '../state/store-state';
import { FORMAT, VERSION } from './format';

// store.snapshot(): everything a store holds as plain JSON.

/** Drops undefined members, so the picture is the same before and after a JSON round trip. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

function versionPicture(v: VersionRecord): SnapshotVersion {
  return defined({
    Version: v.version,
    BaseImage: v.baseImage,
    ContainerImage: v.containerImage,
    ImageVersionStatus: v.status,
    FailureReason: v.failureReason,
    CreationTime: v.creationTime,
    LastModifiedTime: v.lastModifiedTime,
    createdRevision: v.createdRevision,
    modifiedRevision: v.modifiedRevision,
    VendorGuidance: v.vendorGuidance,
    JobType: v.jobType,
    MLFramework: v.mlFramework,
    ProgrammingLang: v.programmingLang,
    Processor: v.processor,
    Horovod: v.horovod,
    ReleaseNotes: v.releaseNotes,
    Tags: [...v.tags],
  });
}

function imagePicture(image: ImageRecord): SnapshotImage {
  return defined({
    ImageName: image.name,
    Description: image.description,
    DisplayName: image.displayName,
    RoleArn: image.roleArn,
    ImageStatus: image.status,
    FailureReason: image.failureReason,
    CreationTime: image.creationTime,
    LastModifiedTime: image.lastModifiedTime,
    createdRevision: image.createdRevision,
    modifiedRevision: image.modifiedRevision,
    lastVersion: image.lastVersion,
    Tags: [...image.tags],
    versions: [...image.versions.values()].sort((a, b) => a.version - b.version).map(versionPicture),
    aliases: [...image.aliases],
    clientTokens: [...image.clientTokens],
    deletedVersions: [...image.deletedVersions],
  });
}

export function takeSnapshot(state: StoreState): StoreSnapshot {
  const { jobs, seq } = state.scheduler.pending();
  return {
    format: FORMAT,
    version: VERSION,
    revision: state.revision,
    tokenSecret: state.tokens.secret,
    throttledCalls: state.throttledCalls,
    namespaces: state.allNamespaces().map(([key, ns]) => {
      const [accountId = '', region = ''] = key.split('/');
      const images = [...ns.images.index('IMAGE_NAME').walk(undefined, false)].map(imagePicture);
      return { accountId, region, deletedImages: [...ns.deletedImages], images };
    }),
    transitions: {
      seq,
      pending: jobs.map(({ until, seq: order, transition }) => {
        const { scope, ...rest } = transition;
        const picture: SnapshotTransition = { until, seq: order, accountId: scope.accountId, region: scope.region, ...rest };
        return defined(picture);
      }),
    },
    failures: state.failures.entries().map((p) => defined({ operation: p.operation, namespace: p.namespace, imageName: p.imageName, version: p.version, reason: p.reason })),
  };
}
