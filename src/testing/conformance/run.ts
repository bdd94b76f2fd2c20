import { setTimeout as sleep } from 'node:timers/promises';
import type { Answer, RunValues } from './normalise';
import { normalise } from './normalise';
import type { Scenario, ScenarioStep } from './scenario';

/** Sends one call to an endpoint (through a real SageMakerClient) and answers its output or error. */
export type Caller = (operation: string, input: Record<string, unknown>) => Promise<Answer>;

/** One step as a transcript keeps it: the call as the scenario wrote it, and the normalised answer. */
export interface TranscriptStep extends ScenarioStep {
  readonly answer: Answer;
}

export interface RunOptions extends RunValues {
  /** Between two polls of an `until` step, and how many at most. */
  readonly pollMs: number;
  readonly maxPolls: number;
  /** Called before each call (what a recording prints); a true `stopped()` ends the run after the step in flight. */
  readonly onCall?: (operation: string, input: Record<string, unknown>) => void;
  readonly stopped?: () => boolean;
}

const TIME_MEMBER = /(Time|After|Before)$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The input a step sends: placeholders filled, `{last:Member}` from the newest earlier output that has it, times as Dates. */
function filledInput(input: Readonly<Record<string, unknown>>, run: RunValues, earlier: readonly Answer[]): Record<string, unknown> {
  const last = (member: string): unknown => {
    for (let i = earlier.length - 1; i >= 0; i -= 1) {
      const answer = earlier[i]!;
      if ('output' in answer && answer.output[member] !== undefined) return answer.output[member];
    }
    return undefined;
  };
  const fill = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      const reference = /^\{last:(\w+)\}$/.exec(value);
      if (reference !== null) return last(reference[1]!);
      if (key !== undefined && TIME_MEMBER.test(key) && ISO_TIME.test(value)) return new Date(value);
      return value.replaceAll('{prefix}', run.prefix).replaceAll('{role}', run.role).replaceAll('{baseImage}', run.baseImage);
    }
    if (Array.isArray(value)) return value.map((item) => fill(item, undefined));
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const filled = fill(v, k);
        if (filled !== undefined) out[k] = filled;
      }
      return out;
    }
    return value;
  };
  return fill(input, undefined) as Record<string, unknown>;
}

function settled(answer: Answer, until: ScenarioStep['until']): boolean {
  if (until === undefined) return true;
  if ('error' in until) return 'error' in answer;
  return 'output' in answer && until.in.includes(String(answer.output[until.member]));
}

/** Runs a scenario's steps in order against `caller`; answers each step's normalised answer. */
export async function runScenario(scenario: Pick<Scenario, 'steps'>, caller: Caller, options: RunOptions): Promise<TranscriptStep[]> {
  const raw: Answer[] = [];
  const steps: TranscriptStep[] = [];
  for (const step of scenario.steps) {
    if (options.stopped?.() === true) break;
    const input = filledInput(step.input, options, raw);
    let answer: Answer;
    for (let poll = 1; ; poll += 1) {
      options.onCall?.(step.call, input);
      answer = await caller(step.call, input);
      if (settled(answer, step.until) || poll >= options.maxPolls || options.stopped?.() === true) break;
      await sleep(options.pollMs);
    }
    raw.push(answer);
    steps.push({ call: step.call, input: step.input, ...(step.until !== undefined && { until: step.until }), answer: normalise(answer, options) });
  }
  return steps;
}
