/** The operations whose transition a test can make fail. */
export type FailableOperation = 'CreateImage' | 'UpdateImage' | 'DeleteImage' | 'CreateImageVersion' | 'DeleteImageVersion';

export interface FailureInjection {
  readonly operation: FailableOperation;
  readonly ImageName: string;
  /** For DeleteImageVersion: which version (any version of the image when absent). */
  readonly Version?: number;
  /** Default: a text naming the operation and the image. */
  readonly FailureReason?: string;
  /** Default: the store's region and account. */
  readonly region?: string;
  readonly accountId?: string;
}

interface Planned {
  readonly operation: FailableOperation;
  readonly namespace: string;
  readonly imageName: string;
  readonly version: number | undefined;
  readonly reason: string;
}

/** Failures a test has asked for, each used by the next matching operation and then forgotten. */
export class FailurePlan {
  private planned: Planned[] = [];

  add(injection: FailureInjection, namespace: string): void {
    this.planned.push({
      operation: injection.operation,
      namespace,
      imageName: injection.ImageName,
      version: injection.Version,
      reason: injection.FailureReason ?? `${injection.operation} of ${injection.ImageName} failed (failure injected by the test).`,
    });
  }

  /** The FailureReason for this operation on this resource, if a failure was planned for it. */
  take(operation: FailableOperation, namespace: string, imageName: string, version?: number): string | undefined {
    const i = this.planned.findIndex(
      (p) =>
        p.operation === operation &&
        p.namespace === namespace &&
        p.imageName === imageName &&
        (p.version === undefined || p.version === version),
    );
    if (i < 0) return undefined;
    const [found] = this.planned.splice(i, 1);
    return found!.reason;
  }

  clear(): void {
    this.planned = [];
  }
}
