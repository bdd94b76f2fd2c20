import type {
  AppImageConfigSortKey,
  ImageSortBy,
  ListAppImageConfigsRequest,
  ListAppImageConfigsResponse,
  ListDomainsRequest,
  ListDomainsResponse,
  ImageVersionSortBy,
  ListAliasesRequest,
  ListAliasesResponse,
  ListImagesRequest,
  ListImagesResponse,
  ListImageVersionsRequest,
  ListImageVersionsResponse,
  ListTagsInput,
  ListTagsOutput,
} from '@aws-sdk/client-sagemaker';
import type { Scope } from '../../model/arn';
import { scopeKey } from '../../model/arn';
import type { Cursor } from '../../pagination/cursor-token';
import { cursorReader } from '../../pagination/cursor-token';
import type { ListOperation, ListSpec, PagingContext } from '../../pagination/list-page';
import { listPage } from '../../pagination/list-page';
import { walkSorted } from '../../collections/sorted-list';
import { compareStrings } from '../../query/compare-strings';
import { imageMatcher } from '../../query/image-filter';
import { imageOrders } from '../../query/image-order';
import { imageQueryKey, imageQueryOf } from '../../query/image-query';
import { inTimeWindow, timeWindowKey, timeWindowOf } from '../../query/time-window';
import { existingImage, resourceTags, selectVersion } from '../lookups';
import { movedSince } from '../state/records/fields';
import type { ImageRecord } from '../state/records/image-record';
import type { VersionRecord } from '../state/records/version-record';
import type { AppImageConfigRecord } from '../state/records/app-image-config-record';
import type { DomainRecord } from '../state/records/domain-record';
import type { StoreState } from '../state/store-state';
import { toDescribeAppImageConfig, toDomainSummary, toImageSummary, toVersionSummary } from '../views';

// The six list operations, each a spec for the one paging pipeline (pagination/list-page.ts):
// what binds its token, its cursor, its ordered walk and its filter. Nothing here pages by hand.

function paging(state: StoreState, scope: Scope): PagingContext {
  return { tokens: state.tokens, scope: scopeKey(scope), revision: state.revision };
}

function page<Item, C extends Cursor>(
  state: StoreState,
  scope: Scope,
  operation: ListOperation,
  spec: ListSpec<Item, C>,
  request: { readonly MaxResults?: number; readonly NextToken?: string },
): { items: Item[]; next: { NextToken?: string } } {
  const { items, nextToken } = listPage(paging(state, scope), operation, spec, request);
  return { items, next: nextToken === undefined ? {} : { NextToken: nextToken } };
}

/** A cursor of one string (an alias, a tag key), walked in UTF-16 order. */
const stringCursor = {
  of: (item: string): Cursor => [item],
  read: cursorReader('string'),
};

function walkStrings(sorted: readonly string[], after: Cursor | undefined): Iterable<string> {
  const key = after?.[0] as string | undefined;
  return walkSorted(sorted, key === undefined ? undefined : (item) => compareStrings(item, key), false);
}

/**
 * ListImages: the filters combined with AND, in a total order, from the namespace's sorted index.
 * Under LAST_MODIFIED_TIME an image modified since the walk began is left out of its later pages,
 * so no image is returned twice (decision 0004).
 */
export function listImages(state: StoreState, request: ListImagesRequest, scope: Scope): ListImagesResponse {
  const query = imageQueryOf(request);
  const order = imageOrders[query.sortBy];
  const index = state.namespace(scope)?.images.index(query.sortBy);
  const filter = imageMatcher(query, state.options.nameContains);
  const keysMove = query.sortBy === 'LAST_MODIFIED_TIME';
  const { items, next } = page<ImageRecord, Cursor>(state, scope, 'ListImages', {
    query: imageQueryKey(query),
    cursor: order.cursor,
    walk: (after) => index?.walk(after && order.probe(after), query.sortOrder === 'DESCENDING') ?? [],
    matches: (image, start) => filter(image) && !(keysMove && movedSince(image, start)),
    paging: state.options.listPaging,
  }, request);
  return { Images: items.map(toImageSummary), ...next };
}

const versionKey: Record<ImageVersionSortBy, (v: VersionRecord) => number> = {
  CREATION_TIME: (v) => v.creationTime,
  LAST_MODIFIED_TIME: (v) => v.lastModifiedTime,
  VERSION: (v) => v.version,
};

/** ListImageVersions: ListImages' rules over one image's versions; ties broken by version number. */
export function listImageVersions(state: StoreState, request: ListImageVersionsRequest, scope: Scope): ListImageVersionsResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  const sortBy = request.SortBy ?? 'CREATION_TIME';
  const descending = (request.SortOrder ?? 'DESCENDING') === 'DESCENDING';
  const window = timeWindowOf(request);
  const inWindow = inTimeWindow(window);
  const key = versionKey[sortBy];
  const { items, next } = page<VersionRecord, Cursor>(state, scope, 'ListImageVersions', {
    query: [image.name, ...timeWindowKey(window), sortBy, descending],
    cursor: {
      of: (v) => [key(v), v.version],
      read: cursorReader('number', 'number'),
    },
    walk: (after) => {
      const sorted = [...image.versions.values()].sort((a, b) => key(a) - key(b) || a.version - b.version);
      const [k, n] = (after ?? []) as number[];
      return walkSorted(sorted, after === undefined ? undefined : (v) => key(v) - k! || v.version - n!, descending);
    },
    matches: (v, start) => inWindow(v) && !(sortBy === 'LAST_MODIFIED_TIME' && movedSince(v, start)),
    paging: state.options.listPaging,
  }, request);
  return { ImageVersions: items.map(toVersionSummary), ...next };
}

/** ListAliases: the aliases of an image, of one version, or the one alias asked for; in alias order. */
export function listAliases(state: StoreState, request: ListAliasesRequest, scope: Scope): ListAliasesResponse {
  const { image } = existingImage(state, scope, request.ImageName!);
  let aliases: string[];
  if (request.Alias !== undefined || request.Version !== undefined) {
    const version = selectVersion(state, image, scope, request, false);
    aliases = [...image.aliases].filter(([alias, n]) => n === version.version && (request.Alias === undefined || alias === request.Alias)).map(([alias]) => alias);
  } else {
    aliases = [...image.aliases.keys()];
  }
  const sorted = aliases.sort(compareStrings);
  const { items, next } = page<string, Cursor>(state, scope, 'ListAliases', {
    query: [image.name, request.Version ?? null, request.Alias ?? null],
    cursor: stringCursor,
    walk: (after) => walkStrings(sorted, after),
    matches: () => true,
    paging: 'exact',
  }, request);
  return { SageMakerImageVersionAliases: items, ...next };
}

/** ListTags: a resource's tags in key order (UTF-16). */
export function listTags(state: StoreState, request: ListTagsInput, scope: Scope): ListTagsOutput {
  const tags = resourceTags(state, request.ResourceArn!, scope);
  const sorted = [...tags.keys()].sort(compareStrings);
  const { items, next } = page<string, Cursor>(state, scope, 'ListTags', {
    query: [request.ResourceArn],
    cursor: stringCursor,
    walk: (after) => walkStrings(sorted, after),
    matches: () => true,
    paging: 'exact',
  }, request);
  return { Tags: items.map((Key) => ({ Key, Value: tags.get(Key)! })), ...next };
}

/** ListAppImageConfigs' SortBy, as the orders of ListImages name them. */
const CONFIG_ORDER: Record<AppImageConfigSortKey, ImageSortBy> = { CreationTime: 'CREATION_TIME', LastModifiedTime: 'LAST_MODIFIED_TIME', Name: 'IMAGE_NAME' };

/**
 * ListAppImageConfigs: ListImages' rules with this operation's names (behaviour-studio §2): the
 * filters combined with AND, inclusive, ModifiedTime on LastModifiedTime; the same total orders
 * (the sort key, then the name); the store's nameContains and listPaging options.
 */
export function listAppImageConfigs(state: StoreState, request: ListAppImageConfigsRequest, scope: Scope): ListAppImageConfigsResponse {
  const sortBy = request.SortBy ?? 'CreationTime';
  const sortOrder = request.SortOrder ?? 'Descending';
  const order = imageOrders[CONFIG_ORDER[sortBy]];
  const window = timeWindowOf({
    CreationTimeAfter: request.CreationTimeAfter,
    CreationTimeBefore: request.CreationTimeBefore,
    LastModifiedTimeAfter: request.ModifiedTimeAfter,
    LastModifiedTimeBefore: request.ModifiedTimeBefore,
  });
  const filter = imageMatcher({ ...window, ...(request.NameContains !== undefined && { nameContains: request.NameContains }), sortBy: CONFIG_ORDER[sortBy], sortOrder: 'ASCENDING' }, state.options.nameContains);
  const index = state.namespace(scope)?.appImageConfigs.index(CONFIG_ORDER[sortBy]);
  const keysMove = sortBy === 'LastModifiedTime';
  const { items, next } = page<AppImageConfigRecord, Cursor>(state, scope, 'ListAppImageConfigs', {
    query: [...timeWindowKey(window), request.NameContains ?? null, sortBy, sortOrder],
    cursor: order.cursor,
    walk: (after) => index?.walk(after && order.probe(after), sortOrder === 'Descending') ?? [],
    matches: (config, start) => filter(config) && !(keysMove && movedSince(config, start)),
    paging: state.options.listPaging,
  }, request);
  return { AppImageConfigs: items.map(toDescribeAppImageConfig), ...next };
}

/** ListDomains: every domain that still exists, whatever its status, by CreationTime then DomainId, ascending (decision 0034). */
export function listDomains(state: StoreState, request: ListDomainsRequest, scope: Scope): ListDomainsResponse {
  const byCreation = (a: DomainRecord, b: DomainRecord) => a.creationTime - b.creationTime || compareStrings(a.id, b.id);
  const domains = [...(state.namespace(scope)?.domains.values() ?? [])].sort(byCreation);
  const { items, next } = page<DomainRecord, Cursor>(state, scope, 'ListDomains', {
    query: [],
    cursor: { of: (d) => [d.creationTime, d.id], read: cursorReader('number', 'string') },
    walk: (after) => {
      const [time, id] = (after ?? []) as [number, string];
      return walkSorted(domains, after === undefined ? undefined : (d) => d.creationTime - time || compareStrings(d.id, id), false);
    },
    matches: () => true,
    paging: 'exact',
  }, request);
  return { Domains: items.map(toDomainSummary), ...next };
}
