import type { AddTagsInput, AddTagsOutput, DeleteTagsInput, DeleteTagsOutput } from '@aws-sdk/client-sagemaker';
import { limitExceeded } from '../../errors/factories';
import type { Scope } from '../../model/arn';
import { resourceTags, tagsFromList } from '../lookups';
import type { StoreState } from '../state/store-state';
import { toTagList } from '../views';

// AddTags and DeleteTags; ListTags pages with the other list operations (./lists.ts).

export function addTags(state: StoreState, request: AddTagsInput, scope: Scope): AddTagsOutput {
  const tags = resourceTags(state, request.ResourceArn!, scope);
  const added = tagsFromList(request.Tags!);
  const max = state.options.limits.tagsPerResource;
  const after = new Set([...tags.keys(), ...added.keys()]).size;
  if (after > max) throw limitExceeded('Number of tags per resource', max, tags.size, after - tags.size, 'Tags');
  for (const [key, value] of added) tags.set(key, value);
  return { Tags: toTagList(added) };
}

export function deleteTags(state: StoreState, request: DeleteTagsInput, scope: Scope): DeleteTagsOutput {
  const tags = resourceTags(state, request.ResourceArn!, scope);
  for (const key of request.TagKeys!) tags.delete(key);
  return {};
}
