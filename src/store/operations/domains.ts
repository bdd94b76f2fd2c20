import type {
  CreateDomainRequest,
  CreateDomainResponse,
  DeleteDomainRequest,
  DescribeDomainRequest,
  DescribeDomainResponse,
  DomainStatus,
  UpdateDomainRequest,
  UpdateDomainResponse,
} from '@aws-sdk/client-sagemaker';
import { customImageMissing, customImageRepeated, domainInTransition, limitExceeded, validationError } from '../../errors/factories';
import type { Scope } from '../../model/arn';
import { domainArn, domainUrl, scopeKey } from '../../model/arn';
import { memberPath } from '../../model/shapes';
import { existingDomain, tagsFromList } from '../lookups';
import type { DomainSettings } from '../state/records/domain-record';
import { DOMAIN_SETTING_DEFAULTS, DOMAIN_SETTING_MEMBERS, DomainRecord, newDomainIds } from '../state/records/domain-record';
import type { StoreState } from '../state/store-state';
import { toDescribeDomain } from '../views';

// CreateDomain, DescribeDomain, UpdateDomain, DeleteDomain; ListDomains pages with the other list
// operations (./lists.ts). Status follows the lifecycle option: Pending, Updating and Deleting end
// when the store's clock passes them (store/transitions.ts), or fail as `failNext` planned.

/** Statuses a domain can be updated from (decision 0034): not while a transition runs, nor once a delete failed. */
const UPDATABLE: readonly DomainStatus[] = ['InService', 'Update_Failed'];
/** Statuses a domain can be deleted from: any that no transition is running in. */
const DELETABLE: readonly DomainStatus[] = ['InService', 'Failed', 'Update_Failed', 'Delete_Failed'];

/** Every CustomImages list the settings hold, with its path (`defaultUserSettings.kernelGatewayAppSettings.customImages`). */
function* customImageLists(value: unknown, path: string): Generator<[readonly Record<string, unknown>[], string]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const [member, inner] of Object.entries(value)) {
    const innerPath = memberPath(path, member);
    if (member === 'CustomImages' && Array.isArray(inner)) yield [inner as Record<string, unknown>[], innerPath];
    else yield* customImageLists(inner, innerPath);
  }
}

/**
 * The CustomImages of the given settings checked against the namespace (decision 0035): each names an
 * image (and version, if given) and an AppImageConfig that exist, once per list. Every problem is
 * listed in one ValidationException.
 */
function checkCustomImages(state: StoreState, scope: Scope, settings: Record<string, unknown>): void {
  if (state.options.customImages === 'unchecked') return;
  const ns = state.namespace(scope);
  const problems: string[] = [];
  for (const [list, path] of customImageLists(settings, '')) {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const at = `${path}.${i + 1}.member`;
      const imageName = entry['ImageName'] as string;
      const version = entry['ImageVersionNumber'] as number | undefined;
      const configName = entry['AppImageConfigName'] as string;
      const image = ns?.images.get(imageName);
      if (image === undefined) problems.push(customImageMissing(`${at}.imageName`, imageName, `Image ${imageName}`));
      else if (version !== undefined && !image.versions.has(version)) {
        problems.push(customImageMissing(`${at}.imageVersionNumber`, version, `Version ${version} of image ${imageName}`));
      }
      if (ns?.appImageConfigs.has(configName) !== true) problems.push(customImageMissing(`${at}.appImageConfigName`, configName, `AppImageConfig ${configName}`));
      const key = `${imageName}\u0000${version ?? ''}`;
      if (seen.has(key)) problems.push(customImageRepeated(`${at}.imageName`, imageName, version));
      seen.add(key);
    });
  }
  if (problems.length > 0) throw validationError(problems);
}

/** The request's settings members, as given (validated copies). */
function settingsOf(request: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const member of DOMAIN_SETTING_MEMBERS) if (request[member] !== undefined) out[member] = request[member];
  return out;
}

export function createDomain(state: StoreState, request: CreateDomainRequest, scope: Scope): CreateDomainResponse {
  const given = settingsOf(request as unknown as Record<string, unknown>);
  checkCustomImages(state, scope, given);
  const tags = tagsFromList(request.Tags ?? []);
  const { tagsPerResource } = state.options.limits;
  if (tags.size > tagsPerResource) throw limitExceeded('Number of tags per resource', tagsPerResource, 0, tags.size, 'Tags');
  const ns = state.namespace(scope, true);
  const now = state.now();
  const revision = state.nextRevision();
  const { id, efs } = newDomainIds(state.tokens.secret, scopeKey(scope), revision, (taken) => ns.domains.has(taken));
  const domain = new DomainRecord({
    id,
    arn: domainArn(scope, id),
    name: request.DomainName!,
    url: domainUrl(scope, id),
    homeEfsFileSystemId: efs,
    status: 'Pending',
    creationTime: now,
    lastModifiedTime: now,
    createdRevision: revision,
    modifiedRevision: revision,
    settings: { ...DOMAIN_SETTING_DEFAULTS, ...given },
    tags,
  });
  ns.domains.set(id, domain);
  const failure = state.failures.take('CreateDomain', scopeKey(scope), domain.name);
  state.schedule('creating', now, { kind: 'domain-created', scope, domainId: id, domainRevision: revision, ...(failure !== undefined && { failure }) });
  return { DomainArn: domain.arn, DomainId: id, Url: domain.url };
}

export function describeDomain(state: StoreState, request: DescribeDomainRequest, scope: Scope): DescribeDomainResponse {
  return toDescribeDomain(existingDomain(state, scope, request.DomainId!));
}

const isStructure = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Structures merge member by member; lists and scalars given replace what is stored, so a given
 * empty list clears (decision 0034). Domain settings hold no map shape, so a JSON object is a
 * structure here.
 */
function merged(stored: unknown, given: unknown): unknown {
  if (!isStructure(stored) || !isStructure(given)) return given;
  const out: Record<string, unknown> = { ...stored };
  for (const [member, value] of Object.entries(given)) out[member] = merged(stored[member], value);
  return out;
}

/** A `...ForUpdate` structure named as the one it updates: each member `XForUpdate` becomes `X`, at every depth. */
function forCreate(value: unknown): unknown {
  if (!isStructure(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([member, inner]) => [member.endsWith('ForUpdate') ? member.slice(0, -'ForUpdate'.length) : member, forCreate(inner)]));
}

export function updateDomain(state: StoreState, request: UpdateDomainRequest, scope: Scope): UpdateDomainResponse {
  const domain = existingDomain(state, scope, request.DomainId!);
  if (!UPDATABLE.includes(domain.status)) throw domainInTransition(domain.arn, domain.status);
  // UpdateDomain's members are the settings CreateDomain gave; DomainSettings comes as
  // DomainSettingsForUpdate, whose RStudioServerProDomainSettingsForUpdate is the stored RStudioServerProDomainSettings.
  const { DomainSettingsForUpdate, ...members } = request as unknown as Record<string, unknown>;
  const given = settingsOf({ ...members, DomainSettings: DomainSettingsForUpdate === undefined ? undefined : forCreate(DomainSettingsForUpdate) });
  checkCustomImages(state, scope, given);
  const previous = domain.settings;
  domain.setSettings(merged(previous, given) as DomainSettings);
  domain.setStatus('Updating', null);
  const now = state.now();
  domain.touch(now, state.nextRevision());
  const failure = state.failures.take('UpdateDomain', scopeKey(scope), domain.name);
  state.schedule('updating', now, { kind: 'domain-updated', scope, domainId: domain.id, domainRevision: domain.createdRevision, previous, ...(failure !== undefined && { failure }) });
  return { DomainArn: domain.arn };
}

/** RetentionPolicy is accepted and has nothing to act on: the mock keeps no EFS volume. */
export function deleteDomain(state: StoreState, request: DeleteDomainRequest, scope: Scope): Record<string, never> {
  const domain = existingDomain(state, scope, request.DomainId!);
  if (!DELETABLE.includes(domain.status)) throw domainInTransition(domain.arn, domain.status);
  domain.setStatus('Deleting');
  const failure = state.failures.take('DeleteDomain', scopeKey(scope), domain.name);
  state.schedule('deleting', state.now(), { kind: 'domain-deleted', scope, domainId: domain.id, domainRevision: domain.createdRevision, ...(failure !== undefined && { failure }) });
  return {};
}

