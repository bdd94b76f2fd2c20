// Answers made comparable across endpoints, LocalStack-transformer style: what differs by account,
// region, clock or run (the name prefix, times, tokens) becomes a stable placeholder; order and texts
// are kept.

/** A call's answer: its output (without `$metadata`), or its error's code and message. */
export type Answer = { readonly output: Readonly<Record<string, unknown>> } | { readonly error: { readonly code: string; readonly message: string } };

/** What a run filled the placeholders with, to be put back. */
export interface RunValues {
  readonly prefix: string;
  readonly role: string;
  readonly baseImage: string;
}

const ARN = /(arn:aws[a-z-]*:[a-z0-9-]+:)([a-z0-9-]*):(\d{12}):/g;
const ECR = /\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\./g;

function text(value: string, run: RunValues): string {
  return value
    .split(run.baseImage).join('{baseImage}')
    .split(run.role).join('{role}')
    .split(run.prefix).join('{prefix}')
    .replace(ARN, (_, head: string, region: string) => `${head}${region === '' ? '' : '{region}'}:{account}:`)
    .replace(ECR, '{account}.dkr.ecr.{region}.');
}

function value(inner: unknown, key: string | undefined, run: RunValues): unknown {
  if (inner instanceof Date) return '{time}';
  if (key === 'NextToken' && typeof inner === 'string') return '{token}';
  if (typeof inner === 'string') return text(inner, run);
  if (Array.isArray(inner)) return inner.map((item) => value(item, undefined, run));
  if (typeof inner === 'object' && inner !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(inner)) if (v !== undefined) out[k] = value(v, k, run);
    return out;
  }
  return inner;
}

/** The answer with the run's values, accounts, regions, times and tokens replaced by placeholders. */
export function normalise(answer: Answer, run: RunValues): Answer {
  if ('error' in answer) return { error: { code: answer.error.code, message: text(answer.error.message, run) } };
  return { output: value(answer.output, undefined, run) as Record<string, unknown> };
}
