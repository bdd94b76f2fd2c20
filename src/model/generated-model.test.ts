import fs from 'node:fs';
import path from 'node:path';

// scripts/gen-model.js is plain CommonJS so that it runs without a build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate, DEFAULT_REFERENCE, OUTPUT } = require('../../scripts/gen-model.js') as {
  generate(model: unknown): string;
  DEFAULT_REFERENCE: string;
  OUTPUT: string;
};

const haveReference = fs.existsSync(DEFAULT_REFERENCE);
if (!haveReference) {
  console.warn(`generated-model.test: skipped, no service model at ${DEFAULT_REFERENCE} (it is there in CI, beside the clone)`);
}

describe('the generated service model', () => {
  (haveReference ? it : it.skip)('is up to date with the service model it is generated from (run npm run gen:model)', () => {
    const model: unknown = JSON.parse(fs.readFileSync(DEFAULT_REFERENCE, 'utf8'));
    expect(fs.readFileSync(OUTPUT, 'utf8')).toBe(generate(model));
  });

  it('holds constraints only, no documentation prose', () => {
    const text = fs.readFileSync(path.resolve(__dirname, 'generated', 'service-model.ts'), 'utf8');
    expect(text).not.toMatch(/documentation|<p>/);
  });
});
