import fs from 'node:fs';
import path from 'node:path';
import { scenarioNotValid } from '../../errors/usage-errors';

// Scenarios as data (SPEC §16, decision 0043): a sequence of requests with placeholders, which a
// recording runs against an endpoint and a check replays on the three doors.

/** Wait for a step's answer: poll until a member holds one of these values, or until the call fails. */
type Until = { readonly member: string; readonly in: readonly string[] } | { readonly error: true };

export interface ScenarioStep {
  /** The operation, as the service names it. */
  readonly call: string;
  /** Its input; strings may hold placeholders: `{prefix}`, `{role}`, `{baseImage}`, `{last:Member}`. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Poll the call (a service's lifecycle takes seconds) until this holds; the last answer is kept. */
  readonly until?: Until;
}

export interface Scenario {
  readonly name: string;
  readonly about: string;
  /** What a recording must be given: `baseImage` (an image in ECR), for version scenarios; `domains`: an endpoint, not AWS (a domain costs money and needs a VPC). */
  readonly needs?: readonly ('baseImage' | 'domains')[];
  readonly steps: readonly ScenarioStep[];
}

/** Where the package keeps its scenarios and transcripts (beside dist/ and src/). */
export const CONFORMANCE_DIR = path.resolve(__dirname, '..', '..', '..', 'conformance');
export const SHIPPED_SCENARIOS = path.join(CONFORMANCE_DIR, 'scenarios');
export const SHIPPED_TRANSCRIPTS = path.join(CONFORMANCE_DIR, 'transcripts');

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scenario read from JSON, checked: a TypeError naming the file and the member otherwise. */
export function checkedScenario(value: unknown, file: string): Scenario {
  const bad = (what: string): never => {
    throw scenarioNotValid(file, what);
  };
  if (!isObject(value)) return bad('not an object');
  const { name, about, needs, steps } = value;
  if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name)) bad('name must be lower-case words joined by -');
  if (typeof about !== 'string') bad('about must be a text');
  if (needs !== undefined && (!Array.isArray(needs) || needs.some((n) => n !== 'baseImage' && n !== 'domains'))) bad("needs must be a list of 'baseImage' and 'domains'");
  if (!Array.isArray(steps) || steps.length === 0) return bad('steps must be a list of calls');
  steps.forEach((step: unknown, i) => {
    if (!isObject(step) || typeof step['call'] !== 'string' || !/^[A-Z][A-Za-z]+$/.test(step['call']) || !isObject(step['input'])) bad(`steps[${i}] must be { call, input }`);
    const until = (step as Record<string, unknown>)['until'];
    if (until !== undefined && !(isObject(until) && (until['error'] === true || (typeof until['member'] === 'string' && Array.isArray(until['in']))))) bad(`steps[${i}].until must be { member, in } or { error: true }`);
  });
  return value as unknown as Scenario;
}

/** A JSON file's value; a file that is not JSON is a TypeError naming it. */
export function parsedFile(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw scenarioNotValid(file, (error as Error).message);
  }
}

/** The scenarios of a folder (`*.json`), in name order. */
export function readScenarios(dir: string = SHIPPED_SCENARIOS): Scenario[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => checkedScenario(parsedFile(path.join(dir, file)), path.join(dir, file)));
}
