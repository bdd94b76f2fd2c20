import type {
  DescribeImageRequest,
  DescribeImageResponse,
  ListImagesRequest,
  ListImagesResponse,
} from '@aws-sdk/client-sagemaker';
import type { CallContext, ImageStore } from '../store/image-store';

/** Input and output of every operation the store answers, as the SDK types them. */
export interface OperationShapes {
  DescribeImage: { input: DescribeImageRequest; output: DescribeImageResponse };
  ListImages: { input: ListImagesRequest; output: ListImagesResponse };
}

export type ImplementedOperation = keyof OperationShapes;
export type OperationInput<Op extends ImplementedOperation> = OperationShapes[Op]['input'];
export type OperationOutput<Op extends ImplementedOperation> = OperationShapes[Op]['output'];

type Handler<Op extends ImplementedOperation> = (store: ImageStore, input: unknown, context: CallContext) => OperationOutput<Op>;

// The store validates every input, so the table hands it over as it came from the door.
const handlers: { readonly [Op in ImplementedOperation]: Handler<Op> } = {
  DescribeImage: (store, input, context) => store.describeImage(input as DescribeImageRequest, context),
  ListImages: (store, input, context) => store.listImages(input as ListImagesRequest, context),
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
