import { invalidNextToken } from '../errors/factories';
import type { ListPaging } from '../glossary';
import { operations, paginators, shapes } from '../model/generated/service-model';
import type { StructureShapeModel } from '../model/shape-types';
import { shapeOf } from '../model/shapes';
import type { Cursor, TokenCodec } from './cursor-token';
import { takePage } from './take-page';

/** The four list operations: the ones the service model has a paginator for. */
export type ListOperation = keyof typeof paginators;

/**
 * What one list operation is, to the one paging pipeline every list operation uses: which request
 * members bind its token, the typed cursor it resumes from, the ordered walk and the filter.
 */
export interface ListSpec<Item, C extends Cursor> {
  /** The members that decide which items come in what order (not the page size): they bind the token. */
  readonly query: readonly unknown[];
  /** The cursor of an item (its sort key and tie-breaker), and a cursor read back from a token (undefined: not of this form). */
  readonly cursor: { of(item: Item): C; read(raw: Cursor): C | undefined };
  /** The items in the order asked for, strictly after the cursor when there is one. */
  walk(after: C | undefined): Iterable<Item>;
  /** Whether an item belongs on a page of a walk that began at store revision `walkStart`. */
  matches(item: Item, walkStart: number): boolean;
  readonly paging: ListPaging;
}

/** What the pipeline needs of the store: its token codec, the namespace and the current revision. */
export interface PagingContext {
  readonly tokens: TokenCodec;
  readonly scope: string;
  readonly revision: number;
}

export interface ListPage<Item> {
  readonly items: Item[];
  readonly nextToken?: string;
}

/**
 * One page of a list operation: reads the token (bound to operation, namespace and query; it
 * carries the revision the walk began at and the cursor), walks from the cursor, takes the page,
 * and issues the next token if and only if at least one more item follows.
 */
export function listPage<Item, C extends Cursor>(
  context: PagingContext,
  operation: ListOperation,
  spec: ListSpec<Item, C>,
  request: { readonly MaxResults?: number; readonly NextToken?: string },
): ListPage<Item> {
  const binding = { operation, scope: context.scope, query: JSON.stringify(spec.query) };
  let start = context.revision;
  let after: C | undefined;
  if (request.NextToken !== undefined) {
    const [revision, ...raw] = context.tokens.read(request.NextToken, binding);
    after = spec.cursor.read(raw);
    if (typeof revision !== 'number' || after === undefined) throw invalidNextToken('malformed');
    start = revision;
  }
  const walkStart = start;
  const page = takePage(spec.walk(after), (item) => spec.matches(item, walkStart), request.MaxResults ?? defaultPageSize(operation), spec.paging);
  if (!page.more || page.last === undefined) return { items: page.items };
  return { items: page.items, nextToken: context.tokens.issue(binding, [start, ...spec.cursor.of(page.last)]) };
}

const DEFAULT_PAGE_SIZE = 10;
const pageSizes = new Map<ListOperation, number>();

/**
 * The page size when MaxResults is absent: the documented 10, or the smallest MaxResults the model
 * allows when that is larger (ListTags: 50).
 */
function defaultPageSize(operation: ListOperation): number {
  let size = pageSizes.get(operation);
  if (size === undefined) {
    const input = shapes[operations[operation].input] as StructureShapeModel;
    const limit = input.members.find((member) => member.name === paginators[operation].limitKey);
    const limitShape = limit === undefined ? undefined : shapeOf(limit.shape);
    const min = limitShape?.type === 'integer' ? (limitShape.min ?? 0) : 0;
    size = Math.max(DEFAULT_PAGE_SIZE, min);
    pageSizes.set(operation, size);
  }
  return size;
}
