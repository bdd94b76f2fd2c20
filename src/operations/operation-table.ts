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
  ListImageVersionsRequest,
  ListImageVersionsResponse,
  ListImagesRequest,
  ListImagesResponse,
  ListTagsInput,
  ListTagsOutput,
  UpdateImageRequest,
  UpdateImageResponse,
  UpdateImageVersionRequest,
  UpdateImageVersionResponse,
} from '@aws-sdk/client-sagemaker';
import type { CallContext, ImageStore } from '../store/image-store';

/** Input and output of every operation the store answers, as the SDK types them (SPEC §1's 14). */
export interface OperationShapes {
  CreateImage: { input: CreateImageRequest; output: CreateImageResponse };
  DescribeImage: { input: DescribeImageRequest; output: DescribeImageResponse };
  UpdateImage: { input: UpdateImageRequest; output: UpdateImageResponse };
  DeleteImage: { input: DeleteImageRequest; output: DeleteImageResponse };
  ListImages: { input: ListImagesRequest; output: ListImagesResponse };
  CreateImageVersion: { input: CreateImageVersionRequest; output: CreateImageVersionResponse };
  DescribeImageVersion: { input: DescribeImageVersionRequest; output: DescribeImageVersionResponse };
  UpdateImageVersion: { input: UpdateImageVersionRequest; output: UpdateImageVersionResponse };
  DeleteImageVersion: { input: DeleteImageVersionRequest; output: DeleteImageVersionResponse };
  ListImageVersions: { input: ListImageVersionsRequest; output: ListImageVersionsResponse };
  ListAliases: { input: ListAliasesRequest; output: ListAliasesResponse };
  AddTags: { input: AddTagsInput; output: AddTagsOutput };
  ListTags: { input: ListTagsInput; output: ListTagsOutput };
  DeleteTags: { input: DeleteTagsInput; output: DeleteTagsOutput };
}

export type ImplementedOperation = keyof OperationShapes;
export type OperationInput<Op extends ImplementedOperation> = OperationShapes[Op]['input'];
export type OperationOutput<Op extends ImplementedOperation> = OperationShapes[Op]['output'];

type Handler<Op extends ImplementedOperation> = (store: ImageStore, input: unknown, context: CallContext) => OperationOutput<Op>;

// The store validates every input, so the table hands it over as it came from the door.
const handlers: { readonly [Op in ImplementedOperation]: Handler<Op> } = {
  CreateImage: (store, input, context) => store.createImage(input as CreateImageRequest, context),
  DescribeImage: (store, input, context) => store.describeImage(input as DescribeImageRequest, context),
  UpdateImage: (store, input, context) => store.updateImage(input as UpdateImageRequest, context),
  DeleteImage: (store, input, context) => store.deleteImage(input as DeleteImageRequest, context),
  ListImages: (store, input, context) => store.listImages(input as ListImagesRequest, context),
  CreateImageVersion: (store, input, context) => store.createImageVersion(input as CreateImageVersionRequest, context),
  DescribeImageVersion: (store, input, context) => store.describeImageVersion(input as DescribeImageVersionRequest, context),
  UpdateImageVersion: (store, input, context) => store.updateImageVersion(input as UpdateImageVersionRequest, context),
  DeleteImageVersion: (store, input, context) => store.deleteImageVersion(input as DeleteImageVersionRequest, context),
  ListImageVersions: (store, input, context) => store.listImageVersions(input as ListImageVersionsRequest, context),
  ListAliases: (store, input, context) => store.listAliases(input as ListAliasesRequest, context),
  AddTags: (store, input, context) => store.addTags(input as AddTagsInput, context),
  ListTags: (store, input, context) => store.listTags(input as ListTagsInput, context),
  DeleteTags: (store, input, context) => store.deleteTags(input as DeleteTagsInput, context),
};

export const IMPLEMENTED_OPERATIONS = Object.keys(handlers) as readonly ImplementedOperation[];

export function isImplementedOperation(name: string): name is ImplementedOperation {
  return Object.prototype.hasOwnProperty.call(handlers, name);
}

/**
 * The one transport-free entry that every door calls. Throws ServiceError for any service error.
 * The input is validated as the service would, so a door may hand over what it received.
 */
export function dispatch<Op extends ImplementedOperation>(
  store: ImageStore,
  operation: Op,
  input: OperationInput<Op>,
  context: CallContext = {},
): OperationOutput<Op> {
  const handler = handlers[operation] as Handler<Op>;
  return handler(store, input, context);
}
