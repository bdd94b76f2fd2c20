import { assertKnownKeys } from '../../errors/usage-errors';
import type { FailableOperation, FailureInjection } from '../../glossary';
import type { Scope } from '../../model/arn';
import { ACCOUNT_ID, REGION, scopeKey } from '../../model/arn';
import { fieldViolations } from '../../validation/constraints';

const FAILABLE: readonly FailableOperation[] = ['CreateImage', 'UpdateImage', 'DeleteImage', 'CreateImageVersion', 'DeleteImageVersion'];
const WITH_VERSION: readonly FailableOperation[] = ['CreateImageVersion', 'DeleteImageVersion'];
const INJECTION_KEYS = ['operation', 'ImageName', 'Version', 'FailureReason', 'region', 'accountId'];

export interface Planned {
  readonly operation: FailableOperation;
  readonly namespace: string;
  readonly imageName: string;
  readonly version: number | undefined;
  readonly reason: string;
}

/**
 * Checks an injection as the store would need it to match a call: a TypeError at once for an
 * unknown operation, a name or version no call can have, or a FailureReason the service could not
 * report.
 */
function checkedInjection(injection: FailureInjection, defaults: Scope): Planned {
  const what = 'failNext(injection)';
  assertKnownKeys(what, injection, INJECTION_KEYS);
  const { operation, ImageName, Version, FailureReason } = injection;
  if (!FAILABLE.includes(operation)) {
    throw new TypeError(`${what}: operation ${JSON.stringify(operation)} cannot be made to fail; one of ${FAILABLE.join(', ')}`);
  }
  const nameProblems = typeof ImageName === 'string' ? fieldViolations('ImageName', ImageName, 'ImageName') : ['ImageName is required'];
  if (nameProblems.length > 0) throw new TypeError(`${what}: no image can match: ${nameProblems.join('; ')}`);
  if (Version !== undefined) {
    if (!WITH_VERSION.includes(operation)) throw new TypeError(`${what}: Version only applies to ${WITH_VERSION.join(' and ')}, not ${operation}`);
    if (!Number.isInteger(Version) || Version < 1) throw new TypeError(`${what}: Version must be a whole number >= 1`);
  }
  if (FailureReason !== undefined) {
    const problems = typeof FailureReason === 'string' ? fieldViolations('FailureReason', FailureReason, 'FailureReason') : ['must be a string'];
    if (problems.length > 0) throw new TypeError(`${what}: FailureReason: ${problems.join('; ')}`);
  }
  const region = injection.region ?? defaults.region;
  const accountId = injection.accountId ?? defaults.accountId;
  if (typeof region !== 'string' || !REGION.test(region)) throw new TypeError(`${what}: region '${String(region)}' is not a region`);
  if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) throw new TypeError(`${what}: accountId '${String(accountId)}' is not a 12-digit account`);
  return {
    operation,
    namespace: scopeKey({ accountId, region }),
    imageName: ImageName,
    version: Version,
    reason: FailureReason ?? `${operation} of ${ImageName} failed (failure injected by the test).`,
  };
}

/** Failures a test has asked for, each used by the next matching operation and then forgotten. */
export class FailurePlan {
  private planned: Planned[] = [];

  add(injection: FailureInjection, defaults: Scope): void {
    this.planned.push(checkedInjection(injection, defaults));
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

  /** The planned failures, in the order they were planned (for snapshots). */
  entries(): readonly Planned[] {
    return [...this.planned];
  }

  load(planned: readonly Planned[]): void {
    this.planned = [...planned];
  }
}
