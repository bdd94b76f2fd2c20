// `import 'sagemaker-image-mock/vitest'` (in a test, or in Vitest's setupFiles) adds
// toThrowServiceError to Vitest's expect. ESM only, as Vitest is.
import { expect } from 'vitest';
import matchers from './matchers.js';
import type { ServiceErrorMatchers } from './matchers.js';

expect.extend(matchers.serviceErrorMatchers);

export const serviceErrorMatchers = matchers.serviceErrorMatchers;
export type { ServiceErrorMatchers };

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Assertion<T = any> extends ServiceErrorMatchers<void> {}
}
