import type {
  AddTagsInput,
  AddTagsOutput,
  DeleteTagsInput,
  DeleteTagsOutput,
  ListTagsInput,
  ListTagsOutput,
  Tag,
} from '@aws-sdk/client-sagemaker';
import { invalidNextToken, limitExceeded, resourceDoesNotExist } from '../errors/factories';
import type { Scope } from '../model/arn';
import { partitionOf } from '../model/arn';
import { takePage } from '../pagination/take-page';
import { walkArray } from '../pagination/walk-array';
import { compareStrings } from '../query/compare-strings';
import { toTagList } from './image-views';
import type { StoreState } from './store-state';
import { scopeKey } from '../model/arn';

const DEFAULT_MAX_TAGS = 50;
const RESOURCE_ARN = /^arn:([^:]+):sagemaker:([^:]*):(\d{12}):(image|image-version)\/(.+)$/;

/** Tags as a map; a key given twice keeps its last value, as AddTags overwrites. */
export function tagsFromList(tags: readonly Tag[]): Map<string, string> {
  return new Map(tags.map((tag) => [tag.Key!, tag.Value!]));
}

/**
 * The tags of the image or image version an ARN names, in the caller's account and region, or the
 * service's `ValidationException: Resource does not exist.` (deleted, foreign, or another type).
 */
function tagsOf(state: StoreState, resourceArn: string, scope: Scope): Map<string, string> {
  const match = RESOURCE_ARN.exec(resourceArn);
  if (match === null) throw resourceDoesNotExist();
  const [, partition, region, account, kind, rest] = match as unknown as [string, string, string, string, string, string];
  if (region !== scope.region || account !== scope.accountId || partition !== partitionOf(region)) throw resourceDoesNotExist();
  const images = state.namespace(scope)?.images;
  if (kind === 'image') {
    const image = images?.get(rest);
    if (image === undefined) throw resourceDoesNotExist();
    return image.tags;
  }
  const slash = rest.lastIndexOf('/');
  const version = Number(rest.slice(slash + 1));
  for (const image of images?.withLowerName(rest.slice(0, slash)) ?? []) {
    const found = image.versions.get(version);
    if (found !== undefined && found.arn === resourceArn) return found.tags;
  }
  throw resourceDoesNotExist();
}

export function addTags(state: StoreState, request: AddTagsInput, scope: Scope): AddTagsOutput {
  const tags = tagsOf(state, request.ResourceArn!, scope);
  const added = tagsFromList(request.Tags!);
  const max = state.options.limits.tagsPerResource;
  const after = new Set([...tags.keys(), ...added.keys()]).size;
  if (after > max) throw limitExceeded('Number of tags per resource', max, tags.size, after - tags.size, 'Tags');
  for (const [key, value] of added) tags.set(key, value);
  return { Tags: toTagList(added) };
}

export function deleteTags(state: StoreState, request: DeleteTagsInput, scope: Scope): DeleteTagsOutput {
  const tags = tagsOf(state, request.ResourceArn!, scope);
  for (const key of request.TagKeys!) tags.delete(key);
  return {};
}

/** Pages through a resource's tags in key order (UTF-16), with a cursor on the last key. */
export function listTags(state: StoreState, request: ListTagsInput, scope: Scope): ListTagsOutput {
  const tags = tagsOf(state, request.ResourceArn!, scope);
  const binding = { operation: 'ListTags', scope: scopeKey(scope), query: JSON.stringify([request.ResourceArn]) };
  let after: string | undefined;
  if (request.NextToken !== undefined) {
    const [key] = state.tokens.read(request.NextToken, binding);
    if (typeof key !== 'string') throw invalidNextToken('malformed');
    after = key;
  }
  const sorted = [...tags.keys()].sort(compareStrings);
  const walk = walkArray(sorted, after === undefined ? undefined : (key) => compareStrings(key, after), false);
  const page = takePage(walk, () => true, request.MaxResults ?? DEFAULT_MAX_TAGS, 'exact');
  const output: ListTagsOutput = { Tags: page.items.map((Key) => ({ Key, Value: tags.get(Key)! })) };
  if (page.more && page.last !== undefined) output.NextToken = state.tokens.issue(binding, [page.last]);
  return output;
}
