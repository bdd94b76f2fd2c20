import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { MockSageMakerImagesOptions, SageMakerImagesMock } from '../doors/client-mock/mock-sagemaker-images';
import { mockSageMakerImages, storeForMock } from '../doors/client-mock/mock-sagemaker-images';
import { stubBeforeSuite } from '../errors/usage-errors';

/** The hooks of a test runner that `useSageMakerImages` registers. */
export interface SuiteHooks {
  beforeAll(fn: () => void): unknown;
  afterEach(fn: () => void): unknown;
  afterAll(fn: () => void): unknown;
}

/**
 * The body of `useSageMakerImages` for any runner. The store is made (and the options checked)
 * at once, so the mock can be seeded anywhere; the interception is installed when the suite or
 * `describe` block starts (beforeAll) and removed when it ends (afterAll), so a block's own mock
 * answers only inside that block, and the file's mock again after it. After each test, reset.
 */
export function useSageMakerImagesWith(
  hooks: SuiteHooks,
  client: typeof SageMakerClient | SageMakerClient,
  options: MockSageMakerImagesOptions = {},
): SageMakerImagesMock {
  // Checks the client and every option now, where the mistake was written; installs nothing yet.
  const store = storeForMock(client, options);
  let current: SageMakerImagesMock | undefined;
  const reset = () => (current === undefined ? store.reset() : current.reset());
  const restore = () => {
    current?.restore();
    current = undefined;
  };
  hooks.beforeAll(() => {
    current = mockSageMakerImages(client, { store });
  });
  hooks.afterEach(reset);
  hooks.afterAll(restore);
  return {
    store,
    get stub() {
      if (current === undefined) {
        throw stubBeforeSuite();
      }
      return current.stub;
    },
    seed: (...seeds) => store.seed(...seeds),
    seedAppImageConfigs: (...seeds) => store.seedAppImageConfigs(...seeds),
    seedDomains: (...seeds) => store.seedDomains(...seeds),
    failNext: (injection) => store.failNext(injection),
    reset,
    restore,
  };
}
