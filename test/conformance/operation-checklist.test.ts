// "Adding an operation" (CONTRIBUTING.md) as tests: each step of the checklist, for every operation
// the store implements. An operation added to the model and the store but not to one of these
// places fails here, naming the operation and the step it misses.
import fs from 'node:fs';
import path from 'node:path';
import * as sagemaker from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { IMPLEMENTED_OPERATIONS, ImageStore } from 'sagemaker-image-mock';
import { steps } from '../support/call-steps';
import { operationOfCommand } from '../../src/doors/client-mock/command-operations';
import { paginators } from '../../src/model/generated/service-model';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const readAll = (dir: string) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts')).map((f) => read(path.join(dir, f))).join('\n');
const method = (op: string) => op.charAt(0).toLowerCase() + op.slice(1);

describe.each(IMPLEMENTED_OPERATIONS.map((operation) => [operation]))('the checklist of %s', (operation) => {
  it('1. the store has a method for it', () => {
    expect(typeof (new ImageStore() as unknown as Record<string, unknown>)[method(operation)]).toBe('function');
  });

  it('2. door 1 knows its SDK command (generated from the model)', () => {
    const Command = (sagemaker as unknown as Record<string, new (input: object) => object>)[`${operation}Command`];
    expect(Command).toBeDefined();
    expect(operationOfCommand(new Command!({}))).toBe(operation);
  });

  it('3. the call steps draw it, so the doors-agree and snapshot laws cover it', () => {
    const commands = new Set(steps.flatMap((step) => fc.sample(step, { numRuns: 20, seed: 7 }).map((s) => ('command' in s ? s.command : undefined))));
    expect([...commands]).toContain(operation);
  });

  it('4. the conformance suite sends it through every door', () => {
    expect(readAll('test/conformance')).toContain(`${operation}Command`);
  });

  it('5. the README coverage table names it', () => {
    const coverage = read('README.md').split('## Coverage')[1] ?? '';
    expect(coverage).toMatch(new RegExp(`\\b${operation}\\b`));
  });
});

describe.each(Object.keys(paginators).map((operation) => [operation]))('the checklist of %s, a list operation (it has a paginator)', (operation) => {
  it('6. is implemented, and has a subject in the list laws', () => {
    expect(IMPLEMENTED_OPERATIONS).toContain(operation);
    expect(read('test/laws/list-operations.laws.test.ts')).toContain(`operation: '${operation}'`);
  });
});
