import { isDeepStrictEqual } from 'node:util';
import type { ConformanceDoor } from './doors';
import { CONFORMANCE_DOORS } from './doors';
import type { Answer } from './normalise';
import type { RunValues } from './normalise';
import { runScenario } from './run';
import type { Transcript } from './transcript';

/** What a replay on the doors fills the placeholders with: any values do, the answers are normalised back. */
export const REPLAY_VALUES: RunValues = {
  prefix: 'cfm-replay',
  role: 'arn:aws:iam::123456789012:role/conformance',
  baseImage: '123456789012.dkr.ecr.us-east-1.amazonaws.com/conformance:1',
  region: 'us-east-1',
};

/** One step whose answer on a door is not the transcript's. */
export interface Divergence {
  readonly scenario: string;
  readonly door: string;
  /** From 1. */
  readonly step: number;
  readonly call: string;
  readonly input: unknown;
  readonly expected: Answer | undefined;
  readonly got: Answer | undefined;
}

/** Replays a transcript's requests on one door and answers where the answers differ. */
async function replay(transcript: Transcript, door: ConformanceDoor): Promise<Divergence[]> {
  const got = await runScenario(transcript, door.caller, { ...REPLAY_VALUES, pollMs: 0, maxPolls: 3 });
  const divergences: Divergence[] = [];
  transcript.steps.forEach((step, i) => {
    const answer = got[i]?.answer;
    if (!isDeepStrictEqual(answer, step.answer)) divergences.push({ scenario: transcript.scenario, door: door.name, step: i + 1, call: step.call, input: step.input, expected: step.answer, got: answer });
  });
  return divergences;
}

/** Replays every transcript on each of the three doors (a fresh store for each), in order. */
export async function checkTranscripts(transcripts: readonly Transcript[]): Promise<Divergence[]> {
  const divergences: Divergence[] = [];
  for (const door of CONFORMANCE_DOORS) {
    for (const transcript of transcripts) {
      const opened = await door.open();
      try {
        divergences.push(...(await replay(transcript, opened)));
      } finally {
        await opened.close();
      }
    }
  }
  return divergences;
}

/** The lines of `a` and `b`, each marked ' ' (both), '-' (only in a) or '+' (only in b), by their longest common subsequence. */
function lineDiff(a: readonly string[], b: readonly string[]): string[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) for (let j = b.length - 1; j >= 0; j -= 1) lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      out.push(`+ ${b[j]}`);
      j += 1;
    } else {
      out.push(`- ${a[i]}`);
      i += 1;
    }
  }
  return out;
}

/** Members in name order: a diff shows what differs, not the order an endpoint wrote members in. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}

const pretty = (value: unknown): string[] => (value === undefined ? ['(no answer: the replay ended before this step)'] : JSON.stringify(sorted(value), null, 2).split('\n'));

/** A divergence as a reader wants it: scenario, door, step, request, then expected (-) against got (+). */
export function formatDivergence(d: Divergence): string {
  return [
    `${d.scenario}, step ${d.step} on ${d.door}: ${d.call} ${JSON.stringify(d.input)}`,
    '  - expected (the transcript), + got',
    ...lineDiff(pretty(d.expected), pretty(d.got)).map((line) => `  ${line}`),
  ].join('\n');
}
