// Loads the types of Jest's 'expect' package (for the @jest/globals augmentation below); no code.
import type {} from 'expect';
import type { ServiceErrorMatchers } from './matchers';
import { serviceErrorMatchers } from './matchers';

// `import 'sagemaker-image-mock/jest'` (in a test, or in Jest's setupFilesAfterEnv) adds
// toThrowServiceError to Jest's expect. With `injectGlobals: false`, call
// `expect.extend(serviceErrorMatchers)` on the expect from '@jest/globals' instead.

const jestExpect = (globalThis as { expect?: { extend?: (matchers: object) => void } }).expect;
if (typeof jestExpect?.extend === 'function') jestExpect.extend(serviceErrorMatchers);

export { serviceErrorMatchers };
export type { ServiceErrorMatchers };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends ServiceErrorMatchers<R> {}
  }
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends ServiceErrorMatchers<R> {}
}
