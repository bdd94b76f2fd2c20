// Loads the types of Jest's 'expect' package (for the @jest/globals augmentation below); no code.
import type {} from 'expect';
import type { ServiceErrorMatchers } from './matchers';
import { serviceErrorMatchers } from './matchers';

// `import 'sagemaker-image-mock/jest'` (in a test, or in Jest's setupFiles or setupFilesAfterEnv)
// adds toThrowServiceError to Jest's expect. Where there is no global `expect` yet (setupFiles, or
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
if (typeof target?.extend === 'function') target.extend(serviceErrorMatchers);

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
