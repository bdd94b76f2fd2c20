import type {
  ImageVersionSortBy,
  ListAliasesRequest,
  ListAliasesResponse,
  ListImageVersionsRequest,
  ListImageVersionsResponse,
} from '@aws-sdk/client-sagemaker';
import { invalidNextToken } from '../errors/factories';
import type { Scope } from '../model/arn';
import type { VersionRecord } from '../model/records';
import { movedSince } from '../model/records';
import { takePage } from '../pagination/take-page';
import { walkArray } from '../pagination/walk-array';
import { compareStrings } from '../query/compare-strings';
import { inTimeWindow, timeWindowOf } from '../query/time-window';
import { toVersionSummary } from './image-views';
import { existingImage } from './image-operations';
import type { StoreState } from './store-state';
import { scopeKey } from '../model/arn';
import { selectVersion } from './version-operations';

const DEFAULT_MAX_RESULTS = 10;

const versionKey: Record<ImageVersionSortBy, (v: VersionRecord) => number> = {
  CREATION_TIME: (v) => v.creationTime,
  LAST_MODIFIED_TIME: (v) => v.lastModifiedTime,
  VERSION: (v) => v.version,
};

/** ListImageVersions: SPEC §5's rules over one image's versions; ties broken by version number. */
export function listImageVersions(state: StoreState, request: ListImageVersionsRequest, scope: Scope): ListImageVersionsResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  const sortBy = request.SortBy ?? 'CREATION_TIME';
  const descending = (request.SortOrder ?? 'DESCENDING') === 'DESCENDING';
  const window = timeWindowOf(request);
  const w = (bound: number | undefined) => bound ?? null;
  const query = [image.name, w(window.creationTimeAfter), w(window.creationTimeBefore), w(window.lastModifiedTimeAfter), w(window.lastModifiedTimeBefore), sortBy, descending];
  const binding = { operation: 'ListImageVersions', scope: scopeKey(scope), query: JSON.stringify(query) };
  const key = versionKey[sortBy];
  let start = state.revision;
  let probe: ((v: VersionRecord) => number) | undefined;
  if (request.NextToken !== undefined) {
    const [revision, k, n] = state.tokens.read(request.NextToken, binding);
    if (typeof revision !== 'number' || typeof k !== 'number' || typeof n !== 'number') throw invalidNextToken('malformed');
    probe = (v) => key(v) - k || v.version - n;
    start = revision;
  }
  const sorted = [...image.versions.values()].sort((a, b) => key(a) - key(b) || a.version - b.version);
  const inWindow = inTimeWindow(window);
  const matches = (v: VersionRecord) => inWindow(v) && (sortBy !== 'LAST_MODIFIED_TIME' || !movedSince(v, start));
  const page = takePage(walkArray(sorted, probe, descending), matches, request.MaxResults ?? DEFAULT_MAX_RESULTS, state.options.listPaging);
  const output: ListImageVersionsResponse = { ImageVersions: page.items.map(toVersionSummary) };
  if (page.more && page.last !== undefined) output.NextToken = state.tokens.issue(binding, [start, key(page.last), page.last.version]);
  return output;
}

/** ListAliases: the aliases of an image, or of one version, or the one alias asked for; in alias order. */
export function listAliases(state: StoreState, request: ListAliasesRequest, scope: Scope): ListAliasesResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  let aliases: string[];
  if (request.Alias !== undefined || request.Version !== undefined) {
    const version = selectVersion(state, image, scope, request, false);
    aliases = [...image.aliases].filter(([alias, n]) => n === version.version && (request.Alias === undefined || alias === request.Alias)).map(([alias]) => alias);
  } else {
    aliases = [...image.aliases.keys()];
  }
  const binding = { operation: 'ListAliases', scope: scopeKey(scope), query: JSON.stringify([image.name, request.Version ?? null, request.Alias ?? null]) };
  let after: string | undefined;
  if (request.NextToken !== undefined) {
    const [alias] = state.tokens.read(request.NextToken, binding);
    if (typeof alias !== 'string') throw invalidNextToken('malformed');
    after = alias;
  }
  const sorted = aliases.sort(compareStrings);
  const walk = walkArray(sorted, after === undefined ? undefined : (alias) => compareStrings(alias, after), false);
  const page = takePage(walk, () => true, request.MaxResults ?? DEFAULT_MAX_RESULTS, 'exact');
  const output: ListAliasesResponse = { SageMakerImageVersionAliases: page.items };
  if (page.more && page.last !== undefined) output.NextToken = state.tokens.issue(binding, [page.last]);
  return output;
}
