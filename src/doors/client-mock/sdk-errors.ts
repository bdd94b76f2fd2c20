import {
  ConflictException,
  ResourceInUse,
  ResourceLimitExceeded,
  ResourceNotFound,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import type { ServiceError } from '../../errors/service-error';

export type ResponseMetadata = SageMakerServiceException['$metadata'];

type ModelledErrorClass = new (options: { message: string; $metadata: ResponseMetadata }) => SageMakerServiceException;

const modelled = { ResourceNotFound, ResourceInUse, ResourceLimitExceeded, ConflictException } as const;

/**
 * The error the user's own SDK would have built from this answer: an instance of its modelled
 * class, or a SageMakerServiceException named after the code, with the message in `message`.
 */
export function toSdkError(error: ServiceError, $metadata: ResponseMetadata): SageMakerServiceException {
  const message = error.message;
  const Modelled = (modelled as Record<string, ModelledErrorClass | undefined>)[error.code];
  const sdkError =
    Modelled !== undefined
      ? new Modelled({ message, $metadata })
      : new SageMakerServiceException({ name: error.code, $fault: error.fault, message, $metadata });
  // The SDK's decoder moves the text into `message` and deletes `Message`; do the same.
  delete (sdkError as { Message?: string }).Message;
  return sdkError;
}
