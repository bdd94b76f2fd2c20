import { availableParallelism } from 'node:os';
import type { Config } from 'jest';

// Property-test depth: `npm test` keeps runs modest; `npm run test:deep` raises FC_NUM_RUNS.
const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/examples'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleNameMapper: {
    '^sagemaker-image-mock$': '<rootDir>/src/index.ts',
    '^sagemaker-image-mock/server$': '<rootDir>/src/doors/http-server/index.ts',
    '^sagemaker-image-mock/arbitraries$': '<rootDir>/src/testing/arbitraries/index.ts',
    '^sagemaker-image-mock/jest$': '<rootDir>/src/testing/jest.ts',
  },
  setupFiles: ['<rootDir>/test/support/setup-env.ts'],
  // src/ transpiled once per run, for the tests that spawn the CLI (test/support/transpile-cli.ts).
  globalSetup: '<rootDir>/test/support/transpile-cli.ts',
  // Property tests run a hundred cases each, some through a real HTTP server: 5 s is too tight on a
  // loaded 2-core machine. Example tests finish in milliseconds either way.
  testTimeout: 60_000,
  // Jest's default is a worker per core but one (cores - 1): on 2 cores, one worker, while much of the
  // suite waits on the processes it spawns (the CLI, pytest, go test, the AWS CLI). Two
  // workers at least keep both cores busy.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  setupFilesAfterEnv: ['<rootDir>/test/support/setup-fast-check.ts'],
};

export default config;
