import type {
  DescribeImageRequest,
  DescribeImageResponse,
  ListImagesRequest,
  ListImagesResponse,
} from '@aws-sdk/client-sagemaker';
import { duplicateSeed, imageNotFound, invalidNextToken } from '../errors/factories';
import type { Scope } from '../model/arn';
import { imageArn } from '../model/arn';
import { TokenCodec } from '../pagination/cursor-token';
import { takePage } from '../pagination/take-page';
import { imageMatcher } from '../query/image-filter';
import { imageOrders } from '../query/image-order';
import { canonicalImageQuery, imageQueryOf } from '../query/image-query';
import { validateInput } from '../validation/validate';
import { ImageTable } from './image-table';
import { toDescribeImage, toImageSummary } from './image-views';
import type { ImageSeed } from './seed';
import { imageFromSeed } from './seed';
import type { ImageStoreOptions, ResolvedStoreOptions } from './store-options';
import { resolveStoreOptions } from './store-options';

export type SeedArgument = ImageSeed | readonly ImageSeed[];

/** Who is calling: the region of the calling client, and optionally another account. */
export interface CallContext {
  readonly region?: string;
  readonly accountId?: string;
}

const DEFAULT_MAX_RESULTS = 10;

/**
 * SageMaker images in memory, one namespace per (account, region). One method per operation: it
 * takes the SDK's input shape, returns the output shape, or throws a ServiceError. Inputs are
 * never kept or changed; every output is a fresh copy.
 */
export class ImageStore {
  readonly options: ResolvedStoreOptions;
  private tables = new Map<string, ImageTable>();
  private readonly tokens: TokenCodec;

  constructor(options: ImageStoreOptions = {}) {
    this.options = resolveStoreOptions(options);
    this.tokens = new TokenCodec(this.options.tokenSecret);
  }

  /**
   * Puts images in the store as they are; takes seeds, or arrays of seeds (for large stores).
   * All or nothing: a seed that breaks a constraint or repeats a name throws a SeedError naming
   * the field, and nothing is stored. Returns each image as DescribeImage would.
   */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[] {
    const defaults = { scope: this.defaultScope(), now: this.options.clock.now().getTime() };
    const seeded = seeds.flat().map((seed, index) => imageFromSeed(seed, index, defaults));
    const taken = new Set<string>();
    seeded.forEach(({ scope, image }, index) => {
      const key = `${scopeKey(scope)}/${image.name}`;
      if (taken.has(key) || this.tables.get(scopeKey(scope))?.get(image.name) !== undefined) {
        throw duplicateSeed(index, image.name, scopeKey(scope));
      }
      taken.add(key);
    });
    for (const { scope, image } of seeded) this.tableFor(scope, true).add(image);
    return seeded.map(({ image }) => toDescribeImage(image));
  }

  /** Empties every namespace in O(1). Earlier tokens stay readable: they carry a cursor, not an item. */
  reset(): void {
    this.tables = new Map();
  }

  describeImage(input: DescribeImageRequest, context?: CallContext): DescribeImageResponse {
    const request = validateInput<DescribeImageRequest>('DescribeImage', input);
    const scope = this.scopeOf(context);
    const image = this.tableFor(scope)?.get(request.ImageName!);
    if (image === undefined) throw imageNotFound(imageArn(scope, request.ImageName!));
    return toDescribeImage(image);
  }

  listImages(input: ListImagesRequest = {}, context?: CallContext): ListImagesResponse {
    const request = validateInput<ListImagesRequest>('ListImages', input);
    const scope = this.scopeOf(context);
    const query = imageQueryOf(request);
    const order = imageOrders[query.sortBy];
    const binding = { operation: 'ListImages', scope: scopeKey(scope), query: canonicalImageQuery(query) };
    let probe;
    if (request.NextToken !== undefined) {
      probe = order.probe(this.tokens.read(request.NextToken, binding));
      if (probe === undefined) throw invalidNextToken('malformed');
    }
    const index = this.tableFor(scope)?.index(query.sortBy);
    const walk = index?.walk(probe, query.sortOrder === 'DESCENDING') ?? [];
    const matches = imageMatcher(query, this.options.nameContains);
    const page = takePage(walk, matches, request.MaxResults ?? DEFAULT_MAX_RESULTS, this.options.listPaging);
    const output: ListImagesResponse = { Images: page.items.map(toImageSummary) };
    if (page.more && page.last !== undefined) output.NextToken = this.tokens.issue(binding, order.cursorOf(page.last));
    return output;
  }

  private defaultScope(): Scope {
    return { accountId: this.options.accountId, region: this.options.region };
  }

  private scopeOf(context: CallContext | undefined): Scope {
    return {
      accountId: context?.accountId ?? this.options.accountId,
      region: context?.region ?? this.options.region,
    };
  }

  private tableFor(scope: Scope, create: true): ImageTable;
  private tableFor(scope: Scope, create?: boolean): ImageTable | undefined;
  private tableFor(scope: Scope, create = false): ImageTable | undefined {
    const key = scopeKey(scope);
    let table = this.tables.get(key);
    if (table === undefined && create) {
      table = new ImageTable();
      this.tables.set(key, table);
    }
    return table;
  }
}

function scopeKey(scope: Scope): string {
  return `${scope.accountId}/${scope.region}`;
}
