import type {
  AddTagsInput,
  AddTagsOutput,
  CreateImageRequest,
  CreateImageResponse,
  CreateImageVersionRequest,
  CreateImageVersionResponse,
  DeleteImageRequest,
  DeleteImageResponse,
  DeleteImageVersionRequest,
  DeleteImageVersionResponse,
  DeleteTagsInput,
  DeleteTagsOutput,
  DescribeImageRequest,
  DescribeImageResponse,
  DescribeImageVersionRequest,
  DescribeImageVersionResponse,
  ListAliasesRequest,
  ListAliasesResponse,
  ListImagesRequest,
  ListImagesResponse,
  ListImageVersionsRequest,
  ListImageVersionsResponse,
  ListTagsInput,
  ListTagsOutput,
  UpdateImageRequest,
  UpdateImageResponse,
  UpdateImageVersionRequest,
  UpdateImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import { duplicateSeed, invalidCallerScope, throttled } from '../errors/factories';
import type { Scope } from '../model/arn';
import type { OperationName } from '../model/shapes';
import { validateInput } from '../validation/validate';
import type { FailureInjection } from './failure-plan';
import { createImage, deleteImage, describeImage, listImages, updateImage } from './image-operations';
import { toDescribeImage } from './image-views';
import type { ImageSeed } from './seed';
import { imageFromSeed } from './seed';
import type { ImageStoreOptions, ResolvedStoreOptions } from './store-options';
import { ACCOUNT_ID, REGION } from './store-options';
import { StoreState } from './store-state';
import { scopeKey } from '../model/arn';
import { addTags, deleteTags, listTags } from './tag-operations';
import { listAliases, listImageVersions } from './version-lists';
import { createImageVersion, deleteImageVersion, describeImageVersion, updateImageVersion } from './version-operations';

export type SeedArgument = ImageSeed | readonly ImageSeed[];

/** Who is calling, and when: the region of the calling client, optionally another account. */
export interface CallContext {
  readonly region?: string;
  readonly accountId?: string;
  /** The instant of the call. Default: the store's clock, read once as the call begins. */
  readonly at?: Date;
}

/**
 * SageMaker images in memory, one namespace per (account, region). One method per operation: it
 * takes the SDK's input shape, returns the output shape, or throws a ServiceError. Inputs are
 * never kept or changed; every output is a fresh copy. Transitions finish when the store's clock
 * has passed their end, checked at the start of every call (no timers).
 */
export class ImageStore {
  private readonly state: StoreState;

  constructor(options: ImageStoreOptions = {}) {
    this.state = new StoreState(options);
  }

  get options(): ResolvedStoreOptions {
    return this.state.options;
  }

  /**
   * Puts images in the store as they are; takes seeds, or arrays of seeds (for large stores).
   * All or nothing: a seed that breaks a constraint or repeats a name throws a SeedError naming
   * the field, and nothing is stored. Returns each image as DescribeImage would.
   */
  seed(...seeds: SeedArgument[]): DescribeImageResponse[] {
    const defaults = { scope: this.scopeOf(undefined), now: this.state.now(), revision: this.state.nextRevision() };
    const seeded = seeds.flat().map((seed, index) => imageFromSeed(seed, index, defaults));
    const taken = new Set<string>();
    seeded.forEach(({ scope, image }, index) => {
      const key = `${scopeKey(scope)}/${image.name}`;
      if (taken.has(key) || this.state.namespace(scope)?.images.get(image.name) !== undefined) {
        throw duplicateSeed(index, image.name, scopeKey(scope));
      }
      taken.add(key);
    });
    for (const { scope, image } of seeded) {
      const ns = this.state.namespace(scope, true);
      ns.images.add(image);
      ns.deletedImages.delete(image.name);
    }
    return seeded.map(({ image }) => toDescribeImage(image));
  }

  /** Makes the next matching create, update or delete fail: `*_FAILED` with a FailureReason. */
  failNext(injection: FailureInjection): void {
    this.state.failures.add(injection, this.state.options);
  }

  /**
   * Answers the next `calls` calls (any operation) with ThrottlingException, before anything else.
   * Through the wire-protocol doors the SDK retries them, as it would against the service.
   */
  throttleNext(calls = 1): void {
    if (!Number.isInteger(calls) || calls < 0) throw new TypeError('throttleNext(calls) needs a whole number >= 0');
    this.state.throttledCalls = calls;
  }

  /** Empties every namespace, pending transition and planned failure in O(1). Earlier tokens stay readable. */
  reset(): void {
    this.state.reset();
  }

  createImage(input: CreateImageRequest, context?: CallContext): CreateImageResponse {
    return this.run('CreateImage', input, context, createImage);
  }

  describeImage(input: DescribeImageRequest, context?: CallContext): DescribeImageResponse {
    return this.run('DescribeImage', input, context, describeImage);
  }

  updateImage(input: UpdateImageRequest, context?: CallContext): UpdateImageResponse {
    return this.run('UpdateImage', input, context, updateImage);
  }

  deleteImage(input: DeleteImageRequest, context?: CallContext): DeleteImageResponse {
    return this.run('DeleteImage', input, context, deleteImage);
  }

  listImages(input: ListImagesRequest = {}, context?: CallContext): ListImagesResponse {
    return this.run('ListImages', input, context, listImages);
  }

  createImageVersion(input: CreateImageVersionRequest, context?: CallContext): CreateImageVersionResponse {
    return this.run('CreateImageVersion', input, context, createImageVersion);
  }

  describeImageVersion(input: DescribeImageVersionRequest, context?: CallContext): DescribeImageVersionResponse {
    return this.run('DescribeImageVersion', input, context, describeImageVersion);
  }

  updateImageVersion(input: UpdateImageVersionRequest, context?: CallContext): UpdateImageVersionResponse {
    return this.run('UpdateImageVersion', input, context, updateImageVersion);
  }

  deleteImageVersion(input: DeleteImageVersionRequest, context?: CallContext): DeleteImageVersionResponse {
    return this.run('DeleteImageVersion', input, context, deleteImageVersion);
  }

  listImageVersions(input: ListImageVersionsRequest, context?: CallContext): ListImageVersionsResponse {
    return this.run('ListImageVersions', input, context, listImageVersions);
  }

  listAliases(input: ListAliasesRequest, context?: CallContext): ListAliasesResponse {
    return this.run('ListAliases', input, context, listAliases);
  }

  addTags(input: AddTagsInput, context?: CallContext): AddTagsOutput {
    return this.run('AddTags', input, context, addTags);
  }

  listTags(input: ListTagsInput, context?: CallContext): ListTagsOutput {
    return this.run('ListTags', input, context, listTags);
  }

  deleteTags(input: DeleteTagsInput, context?: CallContext): DeleteTagsOutput {
    return this.run('DeleteTags', input, context, deleteTags);
  }

  /** Validate as the service does, finish due transitions, then run the operation in the caller's scope. */
  private run<I, O>(operation: OperationName, input: I, context: CallContext | undefined, body: (state: StoreState, request: I, scope: Scope) => O): O {
    const scope = this.callerScope(context);
    if (this.state.throttledCalls > 0) {
      this.state.throttledCalls -= 1;
      throw throttled();
    }
    const request = validateInput<I>(operation, input);
    return this.state.during(context?.at, () => body(this.state, request, scope));
  }

  /** The caller's (account, region); a region or account that is not of AWS's shape is refused. */
  private callerScope(context: CallContext | undefined): Scope {
    const scope = this.scopeOf(context);
    if (!REGION.test(scope.region)) throw invalidCallerScope('region', scope.region);
    if (!ACCOUNT_ID.test(scope.accountId)) throw invalidCallerScope('account', scope.accountId);
    return scope;
  }

  private scopeOf(context: CallContext | undefined): Scope {
    return {
      accountId: context?.accountId ?? this.state.options.accountId,
      region: context?.region ?? this.state.options.region,
    };
  }
}
