import fs from 'node:fs';
import path from 'node:path';

// scripts/gen-model.js is plain CommonJS so that it runs without a build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require('../../scripts/gen-model.js') as {
  generate(model: unknown): string;
  generateCommands(model: unknown): string;
  DEFAULT_REFERENCE: string;
  TEAM_REFERENCE: string;
  OUTPUT: string;
  COMMANDS_OUTPUT: string;
};

const model: unknown = JSON.parse(fs.readFileSync(gen.DEFAULT_REFERENCE, 'utf8'));

describe('the generated service model', () => {
  it('is up to date with the model the repository keeps (run npm run gen:model)', () => {
    expect(fs.readFileSync(gen.OUTPUT, 'utf8')).toBe(gen.generate(model));
  });

  it('names the SDK command of every operation of that model (run npm run gen:model)', () => {
    expect(fs.readFileSync(gen.COMMANDS_OUTPUT, 'utf8')).toBe(gen.generateCommands(model));
  });

  it('keeps its licence note and provenance beside the model', () => {
    const readme = fs.readFileSync(path.join(path.dirname(gen.DEFAULT_REFERENCE), 'README.md'), 'utf8');
    expect(readme).toMatch(/Apache License\s+2\.0/);
    expect((model as { source: { license: string } }).source.license).toMatch(/^Apache-2\.0/);
  });

  // The team's reference copy lives beside the clone; a clone alone has what it needs above.
  (fs.existsSync(gen.TEAM_REFERENCE) ? it : it.skip)('is the same model as the team’s reference copy beside the clone', () => {
    expect(fs.readFileSync(gen.DEFAULT_REFERENCE, 'utf8')).toBe(fs.readFileSync(gen.TEAM_REFERENCE, 'utf8'));
  });

  it('holds constraints only, no documentation prose', () => {
    const text = fs.readFileSync(path.resolve(__dirname, 'generated', 'service-model.ts'), 'utf8');
    expect(text).not.toMatch(/documentation|<p>/);
  });
});
