import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Where Jest's globalSetup (transpile-cli.ts) writes src/ as JavaScript for the spawned CLI. */
export const CLI_BUILD = path.join(ROOT, 'node_modules', '.cache', 'sagemaker-image-mock-tests', 'src');
