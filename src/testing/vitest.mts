/**
 * `sagemaker-image-mock/vitest`: importing it adds the `toThrowServiceError` matcher and the
 * journal's matchers (`toHaveReceivedRequest`, `...Times`, `...With`, `toHaveReceivedNthRequestWith`)
 * to Vitest's `expect` (in a test file, or in Vitest's `setupFiles`). ESM only, as Vitest is.
 *
 * @module sagemaker-image-mock/vitest
 */
// Kept in the declarations, so that the augmentation below reaches Vitest's types for a project that
// only lists this entry in setupFiles and uses Vitest's globals (no file of its own imports 'vitest').
import 'vitest';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { MockSageMakerImagesOptions, SageMakerImagesMock } from '../doors/client-mock/mock-sagemaker-images.js';
import matchers from './matchers.js';
import type { RequestMatchers, ServiceErrorMatchers } from './matchers.js';
import use from './use-sagemaker-images.js';

expect.extend({ ...matchers.serviceErrorMatchers, ...matchers.requestMatchers });

/**
 * Mocks the SageMaker image APIs for this test file (or `describe` block), with Vitest's hooks:
 * checks the options and makes the store now (seed it anywhere), intercepts `send` from the file's
 * or block's `beforeAll`, resets the mock after each test and restores it in `afterAll`. Returns
 * the mock (`mock.stub` exists once the suite runs).
 *
 * @param client `SageMakerClient` (the class: every instance) or one client instance.
 * @param options As for `mockSageMakerImages`.
 *
 * @example
 * ```ts
 * import { SageMakerClient, ListImagesCommand } from '@aws-sdk/client-sagemaker';
 * import { expect, test } from 'vitest';
 * import { useSageMakerImages } from 'sagemaker-image-mock/vitest';
 *
 * const mock = useSageMakerImages(SageMakerClient);
 *
 * test('lists the seeded image', async () => {
 *   mock.seed({ ImageName: 'a' });
 *   const { Images } = await new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({}));
 *   expect(Images?.map((image) => image.ImageName)).toEqual(['a']);
 * });
 * ```
 */
export function useSageMakerImages(client: typeof SageMakerClient | SageMakerClient, options?: MockSageMakerImagesOptions): SageMakerImagesMock {
  return use.useSageMakerImagesWith({ beforeAll, afterEach, afterAll }, client, options);
}

/**
 * The matchers that importing this entry adds to Vitest's `expect`, for an `expect` of your own
 * (one made with `createExpect`, or another library's that takes Vitest-style matchers).
 *
 * @example
 * ```ts
 * import { createExpect } from 'vitest';
 * import { serviceErrorMatchers } from 'sagemaker-image-mock/vitest';
 *
 * const expect = createExpect();
 * expect.extend(serviceErrorMatchers);
 * ```
 */
export const serviceErrorMatchers = matchers.serviceErrorMatchers;

/**
 * The journal's matchers that importing this entry adds to Vitest's `expect`, for an `expect` of
 * your own.
 *
 * @example
 * ```ts
 * import { createExpect } from 'vitest';
 * import { requestMatchers } from 'sagemaker-image-mock/vitest';
 *
 * const expect = createExpect();
 * expect.extend(requestMatchers);
 * ```
 */
export const requestMatchers = matchers.requestMatchers;
export type { RequestMatchers, ServiceErrorMatchers };

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends ServiceErrorMatchers<void>, RequestMatchers<void> {}
}
