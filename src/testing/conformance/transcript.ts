import fs from 'node:fs';
import path from 'node:path';
import { scenarioNotValid } from '../../errors/usage-errors';
import type { TranscriptStep } from './run';
import { checkedScenario, parsedFile } from './scenario';

export const TRANSCRIPT_FORMAT = 'sagemaker-image-mock/conformance-transcript';

/** Where a transcript came from: the endpoint it was recorded against, and when, with what. */
export interface Provenance {
  /** `mock` (the package's own server or a door), `endpoint` (another server), or `aws` (the service). */
  readonly source: 'mock' | 'endpoint' | 'aws';
  /** What was recorded: the endpoint's URL, or the AWS region. */
  readonly target: string;
  readonly recordedAt: string;
  /** The package and SDK that recorded it. */
  readonly recorder: string;
  /** Anything a reader should know (the server's options, say). */
  readonly note?: string;
}

/** A scenario's requests with the answers one endpoint gave, normalised. */
export interface Transcript {
  readonly format: typeof TRANSCRIPT_FORMAT;
  readonly version: 1;
  readonly scenario: string;
  readonly about: string;
  readonly provenance: Provenance;
  readonly steps: readonly TranscriptStep[];
}

const isAnswer = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (('output' in value && typeof value.output === 'object') || ('error' in value && typeof value.error === 'object'));

/** A transcript read from JSON, checked (its scenario part as a scenario is): a TypeError naming the file otherwise. */
function checkedTranscript(value: unknown, file: string): Transcript {
  const object = value as Partial<Transcript> | null;
  if (typeof object !== 'object' || object === null || object.format !== TRANSCRIPT_FORMAT) throw scenarioNotValid(file, `not a conformance transcript (format '${TRANSCRIPT_FORMAT}')`);
  if (object.version !== 1) throw scenarioNotValid(file, `version ${String(object.version)}: this package reads version 1`);
  if (typeof object.provenance !== 'object' || object.provenance === null || typeof object.provenance.source !== 'string') throw scenarioNotValid(file, 'provenance must say where it was recorded');
  checkedScenario({ name: object.scenario, about: object.about, steps: object.steps }, file);
  object.steps!.forEach((step, i) => {
    if (!isAnswer(step.answer)) throw scenarioNotValid(file, `steps[${i}].answer must be { output } or { error }`);
  });
  return object as Transcript;
}

/** The transcripts of a folder (`*.json`), in name order. */
export function readTranscripts(dir: string): Transcript[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => checkedTranscript(parsedFile(path.join(dir, file)), path.join(dir, file)));
}

/** Writes a transcript as `<scenario>.json`, stable and readable (two-space JSON). */
export function writeTranscript(dir: string, transcript: Transcript): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${transcript.scenario}.json`);
  fs.writeFileSync(file, `${JSON.stringify(transcript, null, 2)}\n`);
  return file;
}
