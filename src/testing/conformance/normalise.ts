// Answers made comparable across endpoints, LocalStack-transformer style: what differs by account,
// region, clock or run (the name prefix, times, tokens) becomes a stable placeholder; order and texts
// are kept.

/** A call's answer: its output (without `$metadata`), or its error's code and message. */
export type Answer = { readonly output: Readonly<Record<string, unknown>> } | { readonly error: { readonly code: string; readonly message: string } };

/** What a run filled the placeholders with, to be put back, and the region it called. */
export interface RunValues {
  readonly prefix: string;
  readonly role: string;
  /** Empty when the run has none (its version scenarios are skipped). */
  readonly baseImage: string;
  readonly region: string;
}

const ARN = /(arn:aws[a-z-]*:[a-z0-9-]+:)([a-z0-9-]*):(\d{12}):/g;
/** A Studio domain's generated id, wherever it shows (its ARN, its Url). */
const DOMAIN_ID = /\bd-[a-z0-9]{12}\b/g;
const STUDIO_URL_REGION = /(\.studio\.)([a-z0-9-]+)(\.sagemaker\.)/g;
const ECR = /\b\d{12}\.dkr\.ecr\.([a-z0-9-]+)\./g;

/** `value` with every `what` replaced by `by`; an empty `what` replaces nothing (split('') would cut every character apart). */
const replaced = (value: string, what: string, by: string): string => (what === '' ? value : value.split(what).join(by));

function text(value: string, run: RunValues): string {
  // The run's own region becomes {region}; another region stays as it is, so an answer naming the wrong one shows.
  const region = (found: string) => (found === run.region ? '{region}' : found);
  const named = replaced(replaced(replaced(value, run.baseImage, '{baseImage}'), run.role, '{role}'), run.prefix, '{prefix}');
  return named
    .replace(ARN, (_, head: string, found: string) => `${head}${found === '' ? '' : region(found)}:{account}:`)
    .replace(ECR, (_, found: string) => `{account}.dkr.ecr.${region(found)}.`)
    .replace(DOMAIN_ID, '{domainId}')
    .replace(STUDIO_URL_REGION, (_, head: string, found: string, tail: string) => `${head}${region(found)}${tail}`);
}

function value(inner: unknown, key: string | undefined, run: RunValues): unknown {
  if (inner instanceof Date) return '{time}';
  if (key === 'NextToken' && typeof inner === 'string') return '{token}';
  // The image a version was built from, as the service resolved it (on AWS a digest): not the request's to predict.
  if (key === 'ContainerImage' && typeof inner === 'string') return '{containerImage}';
  // A domain's generated home file system.
  if (key === 'HomeEfsFileSystemId' && typeof inner === 'string') return '{fileSystemId}';
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
