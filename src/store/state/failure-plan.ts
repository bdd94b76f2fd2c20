import {
  assertKnownKeys,
  injectionAccountNotValid,
  injectionFailureReasonNotValid,
  injectionNameMatchesNothing,
  injectionNotFailable,
  injectionRegionNotValid,
  injectionVersionNotApplicable,
  injectionVersionNotWholeNumber,
} from '../../errors/usage-errors';
import type { FailableOperation, FailureInjection } from '../../glossary';
import type { Scope } from '../../model/arn';
import { ACCOUNT_ID, REGION, scopeKey } from '../../model/arn';
import { fieldViolations } from '../../validation/constraints';
import { injectedFailureReason } from '../../errors/factories';

/** Every FailableOperation, once: the object's type makes it exactly the public type's members. */
const OPERATIONS = {
  CreateImage: true, UpdateImage: true, DeleteImage: true, CreateImageVersion: true, DeleteImageVersion: true,
  CreateDomain: true, UpdateDomain: true, DeleteDomain: true,
} as const satisfies Record<FailableOperation, true>;
/** Every operation `failNext` can make fail (the snapshot checker reads it too). */
export const FAILABLE = Object.keys(OPERATIONS) as readonly FailableOperation[];
/** The failable operations an injection may name a version for. */
export const WITH_VERSION: readonly FailableOperation[] = ['CreateImageVersion', 'DeleteImageVersion'];
/** The failable operations of domains: named by DomainName, not ImageName. */
export const OF_DOMAINS: readonly FailableOperation[] = ['CreateDomain', 'UpdateDomain', 'DeleteDomain'];
const INJECTION_KEYS = ['operation', 'ImageName', 'Version', 'FailureReason', 'region', 'accountId'];
const DOMAIN_INJECTION_KEYS = ['operation', 'DomainName', 'FailureReason', 'region', 'accountId'];

export interface Planned {
  readonly operation: FailableOperation;
  readonly namespace: string;
  /** The image's name, or the domain's DomainName. */
  readonly name: string;
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
  const { operation, FailureReason } = injection;
  if (!(FAILABLE as readonly string[]).includes(operation)) {
    throw injectionNotFailable(what, operation, FAILABLE);
  }
  const ofDomain = OF_DOMAINS.includes(operation);
  assertKnownKeys(what, injection, ofDomain ? DOMAIN_INJECTION_KEYS : INJECTION_KEYS);
  const nameMember = ofDomain ? 'DomainName' : 'ImageName';
  const name: unknown = ofDomain ? injection.DomainName : injection.ImageName;
  const { Version } = injection;
  const nameProblems = typeof name === 'string' ? fieldViolations(nameMember, name, nameMember) : [`${nameMember} is required`];
  if (nameProblems.length > 0) throw injectionNameMatchesNothing(what, nameProblems);
  if (Version !== undefined) {
    if (!WITH_VERSION.includes(operation)) throw injectionVersionNotApplicable(what, WITH_VERSION, operation);
    if (!Number.isInteger(Version) || Version < 1) throw injectionVersionNotWholeNumber(what);
  }
  if (FailureReason !== undefined) {
    const problems = typeof FailureReason === 'string' ? fieldViolations('FailureReason', FailureReason, 'FailureReason') : ['must be a string'];
    if (problems.length > 0) throw injectionFailureReasonNotValid(what, problems);
  }
  const region = injection.region ?? defaults.region;
  const accountId = injection.accountId ?? defaults.accountId;
  if (typeof region !== 'string' || !REGION.test(region)) throw injectionRegionNotValid(what, region);
  if (typeof accountId !== 'string' || !ACCOUNT_ID.test(accountId)) throw injectionAccountNotValid(what, accountId);
  return {
    operation,
    namespace: scopeKey({ accountId, region }),
    name: name as string,
    version: Version,
    reason: FailureReason ?? injectedFailureReason(operation, name as string),
  };
}

/** Failures a test has asked for, each used by the next matching operation and then forgotten. */
export class FailurePlan {
  private planned: Planned[] = [];

  add(injection: FailureInjection, defaults: Scope): void {
    this.planned.push(checkedInjection(injection, defaults));
  }

  /** The FailureReason for this operation on this resource, if a failure was planned for it. */
  take(operation: FailableOperation, namespace: string, name: string, version?: number): string | undefined {
    const i = this.planned.findIndex(
      (p) =>
        p.operation === operation &&
        p.namespace === namespace &&
        p.name === name &&
        (p.version === undefined || p.version === version),
    );
    if (i < 0) return undefined;
    const [found] = this.planned.splice(i, 1);
    return found!.reason;
  }

  /** Forgets the planned failures `mine` picks (all when absent). */
  clear(mine?: (planned: Planned) => boolean): void {
    this.planned = mine === undefined ? [] : this.planned.filter((p) => !mine(p));
  }

  /** The planned failures, in the order they were planned (for snapshots). */
  entries(): readonly Planned[] {
    return [...this.planned];
  }

  load(planned: readonly Planned[]): void {
    this.planned = [...planned];
  }
}

