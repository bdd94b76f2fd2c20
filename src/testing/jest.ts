/**
 * `sagemaker-image-mock/jest`: importing it adds the `toThrowServiceError` matcher and the journal's
 * matchers (`toHaveReceivedRequest`, `...Times`, `...With`, `toHaveReceivedNthRequestWith`) to Jest's
 * `expect` (in a test file, or in Jest's `setupFiles` or `setupFilesAfterEnv`).
 *
 * @module sagemaker-image-mock/jest
 */
// Loads the types of Jest's 'expect' package (for the @jest/globals augmentation below); no code.
import type {} from 'expect';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { MockSageMakerImagesOptions, SageMakerImagesMock } from '../doors/client-mock/mock-sagemaker-images';
import { noSuiteHooks } from '../errors/usage-errors';
import type { RequestMatchers, ServiceErrorMatchers } from './matchers';
import { requestMatchers, serviceErrorMatchers } from './matchers';
import type { SuiteHooks } from './use-sagemaker-images';
import { useSageMakerImagesWith } from './use-sagemaker-images';

// `import 'sagemaker-image-mock/jest'` (in a test, or in Jest's setupFiles or setupFilesAfterEnv)
// adds toThrowServiceError and the journal's matchers to Jest's expect. Where there is no global `expect` yet (setupFiles, or
// `injectGlobals: false`), Jest's own 'expect' package takes it: its matchers live in one registry
// per test context, shared by every copy. Failing both, call `expect.extend(serviceErrorMatchers)`.

type Extensible = { extend?: (matchers: object) => void } | undefined;

function jestExpect(): Extensible {
  const global = (globalThis as { expect?: Extensible }).expect;
  if (typeof global?.extend === 'function') return global;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('expect') as { expect?: Extensible }).expect;
  } catch {
    return undefined;
  }
}

const target = jestExpect();
if (typeof target?.extend === 'function') target.extend({ ...serviceErrorMatchers, ...requestMatchers });

/** Jest's hooks: the globals, or (under `injectGlobals: false`) '@jest/globals'. */
function jestHooks(): SuiteHooks {
  const global = globalThis as Partial<SuiteHooks>;
  if (typeof global.beforeAll === 'function' && typeof global.afterEach === 'function' && typeof global.afterAll === 'function') return global as SuiteHooks;
  try {
    // Jest's runtime answers this name itself, in every test file; outside Jest it is not found.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@jest/globals') as SuiteHooks;
  } catch {
    throw noSuiteHooks();
  }
}

/**
 * Mocks the SageMaker image APIs for this test file (or `describe` block), as msw's `setupServer`
 * recipe does for HTTP: checks the options and makes the store now (seed it anywhere), intercepts
 * `send` from the file's or block's `beforeAll`, resets the mock after each test and restores it
 * in `afterAll`. Returns the mock (`mock.stub` exists once the suite runs).
 *
 * @param client `SageMakerClient` (the class: every instance) or one client instance.
 * @param options As for `mockSageMakerImages`.
 *
 * @example
 * ```ts
 * import { SageMakerClient, ListImagesCommand } from '@aws-sdk/client-sagemaker';
 * import { useSageMakerImages } from 'sagemaker-image-mock/jest';
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
  return useSageMakerImagesWith(jestHooks(), client, options);
}

export { requestMatchers, serviceErrorMatchers };
export type { RequestMatchers, ServiceErrorMatchers };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends ServiceErrorMatchers<R>, RequestMatchers<R> {}
  }
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ServiceErrorMatchers<R>, RequestMatchers<R> {}
}
