/**
 * The main entry: `mockSageMakerImages` (door 1, over aws-sdk-client-mock), `createRequestHandler`
 * (door 2, an in-process SDK requestHandler), the `ImageStore` behind every door, clocks, the
 * service's errors, and for any test runner the error-path assertion `expectServiceError` and the
 * journal's `expectReceived`.
 *
 * @module sagemaker-image-mock
 */
export { mockSageMakerImages } from './doors/client-mock/mock-sagemaker-images';
export type { MockSageMakerImagesOptions, SageMakerImagesMock } from './doors/client-mock/mock-sagemaker-images';
export { createManualClock } from './clock/manual-clock';
export type { ManualClock } from './clock/manual-clock';
export { systemClock } from './clock/clock';
export type { Clock } from './clock/clock';
export { ImageStore } from './store/image-store';
export type { OperationMethods } from './store/image-store';
export type { ResolvedStoreOptions } from './store/state/store-options';
export type {
  AccountScope,
  AppImageConfigSeed,
  CallContext,
  CustomImagesMode,
  DomainSeed,
  ErrorInjection,
  FailableOperation,
  FailureInjection,
  ImageSeed,
  ImageVersionSeed,
  JournalFilter,
  JournalRecord,
  ImageStoreOptions,
  LifecycleOption,
  Limits,
  ListPaging,
  NameContainsMode,
  OperationStub,
  SeedArgument,
  StoreSnapshot,
} from './glossary';
export { dispatch, IMPLEMENTED_OPERATIONS } from './operations/operation-table';
export type { ImplementedOperation, OperationInput, OperationOutput, OperationShapes } from './operations/operation-table';
export { createRequestHandler } from './doors/request-handler/request-handler';
export type { StoreRequestHandler } from './doors/request-handler/request-handler';
export { ServiceError, isServiceError } from './errors/service-error';
export type { ServiceErrorCode } from './errors/service-error';
export { SeedError } from './errors/seed-error';
export { UnsupportedCommandError } from './errors/unsupported-command-error';
export { expectServiceError } from './testing/expect-service-error';
export { expectReceived } from './testing/expect-received';
export type { CommandClass, JournalSource, OperationRef } from './testing/journal-check';
export { advanceUntilSettled } from './testing/advance-until-settled';
export type { AdvanceUntilSettledOptions } from './testing/advance-until-settled';
