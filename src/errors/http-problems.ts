// Every text of door 3's own problems, written here once: the HTTP server's answers before any
// operation (in the AWS error shape), the control plane's answers (/_mock/*, `{ "error", "message" }`),
// and the `serve` command's files and stop (--seed, --state, its lock, signals). Not service answers
// (factories.ts), not a test's misuse of the library (usage-errors.ts).

/** An error of the HTTP server itself, before any operation, or of its control plane: a code, a status and a text. */
export interface HttpProblem {
  readonly code: string;
  readonly message: string;
  readonly httpStatusCode: number;
}

// --- The AWS protocol's door (POST /), in the AWS shape `{ "__type", "message" }` -----------------

export function methodNotAllowed(method: string | undefined): HttpProblem {
  return { code: 'MethodNotAllowed', httpStatusCode: 405, message: `The awsJson1_1 protocol only takes POST /, not ${method ?? '?'}.` };
}

export function pathNotFound(path: string): HttpProblem {
  return { code: 'NotFound', httpStatusCode: 404, message: `The awsJson1_1 protocol only takes POST /, not POST ${path}.` };
}

export function bodyTooLarge(maxBodyBytes: number): HttpProblem {
  return { code: 'RequestEntityTooLarge', httpStatusCode: 413, message: `The request body is over ${maxBodyBytes} bytes.` };
}

export function internalFailure(error: unknown): HttpProblem {
  return { code: 'InternalFailure', httpStatusCode: 500, message: `sagemaker-image-mock failed: ${error instanceof Error ? error.message : String(error)}` };
}

// --- The control plane (/_mock/*): its own JSON errors, `{ "error": code, "message": text }` -------

export function controlNotFound(method: string, path: string, known: readonly string[]): HttpProblem {
  return { code: 'NotFound', httpStatusCode: 404, message: `There is no control operation ${method} ${path}; there are ${known.join(', ')}.` };
}

export function controlMethodNotAllowed(method: string, path: string, allowed: string): HttpProblem {
  return { code: 'MethodNotAllowed', httpStatusCode: 405, message: `${path} takes ${allowed}, not ${method}.` };
}

type ControlBadRequestCode = 'InvalidJson' | 'InvalidSeed' | 'InvalidSnapshot' | 'InvalidInjection' | 'InvalidStub' | 'InvalidThrottle' | 'InvalidQuery' | 'InvalidClock';

/** An error given both `status` and `httpStatus`. */
export function controlStatusTwice(): string {
  return 'give status or httpStatus, not both (status is the HTTP name of httpStatus)';
}

/** A body the control operation could not use: what it expected, and why it was refused. */
export function controlBadRequest(code: ControlBadRequestCode, reason: string): HttpProblem {
  return { code, httpStatusCode: 400, message: reason };
}

/** A query parameter of a control request other than `account`, `account` twice, or an account that is not one. */
export function controlQueryNotValid(problem: { readonly unknown: string } | { readonly repeated: true } | { readonly account: string }): HttpProblem {
  const reason = 'unknown' in problem ? `Unknown query parameter '${problem.unknown}'` : 'repeated' in problem ? 'account is given more than once' : `account '${problem.account}' is not 12 digits`;
  return controlBadRequest('InvalidQuery', `${reason} (the control plane takes one query parameter: account=<12 digits>).`);
}

/** A seed or injection that names another account than the request's `?account=`. */
export function controlOtherAccount(what: string, given: unknown, account: string): string {
  return `${what} names account '${String(given)}', but the request acts on account ${account} alone`;
}

export function controlBodyNotJson(detail: string): HttpProblem {
  return controlBadRequest('InvalidJson', `The body must be JSON: ${detail}`);
}

export function throttleBodyNotCalls(): HttpProblem {
  return controlBadRequest('InvalidThrottle', 'The body must be { "calls": n }, a number n, or empty for one call.');
}

export function throttleUnknownMembers(members: readonly string[]): HttpProblem {
  return controlBadRequest('InvalidThrottle', `Unknown member ${members.join(', ')}: the body is { "calls": n }.`);
}

// --- serve: its flag files (--seed, --state), the state file's lock, and its stop ------------------

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);

/** A flag's file that cannot be read. */
export function flagFileUnreadable(flag: string, file: string, error: unknown): Error {
  return new Error(`${flag} ${file}: cannot read it (${codeOf(error)})`, { cause: error });
}

/** Seeds that are not JSON text (a --seed file). */
export function seedsNotJson(error: unknown): Error {
  return new Error(`not JSON (${(error as Error).message})`, { cause: error });
}

/** Seeds that are JSON but not an array (a --seed file, or the body of POST /_mock/seed). */
export function seedsNotArray(): TypeError {
  return new TypeError('expected a JSON array of seeds');
}

/** Anything wrong with a flag's file, prefixed with the flag and the file. */
export function inFlagFile(flag: string, file: string, error: unknown): Error {
  return new Error(`${flag} ${file}: ${(error as Error).message}`, { cause: error });
}

export function stateNotJson(file: string, error: unknown): Error {
  return new Error(`--state ${file}: not JSON (${(error as Error).message})`, { cause: error });
}

/** The state file's folder takes no new file (no folder, read-only, no permission): the stop could not write it. */
export function stateFolderNotWritable(file: string, error: unknown): Error {
  return new Error(`--state ${file}: its folder cannot be written (${codeOf(error)}), so the state could not be saved at the stop`, { cause: error });
}

export function stateNotWritten(file: string, error: unknown): Error {
  return new Error(`--state ${file}: cannot write it (${codeOf(error)})`, { cause: error });
}

/** Another live server holds the state file's lock. */
export function stateLocked(file: string, lock: string, pid: number): Error {
  return new Error(
    `--state ${file}: another server (pid ${pid}) is using it: stop that server first, or give this one another file ` +
      `(the lock ${lock} holds its pid; delete it only if no sagemaker-image-mock runs with that pid)`,
  );
}

export function notAPort(port: string): Error {
  return new Error(`--port ${port} is not a port number`);
}

export function seedsNotUsed(seedFile: string, stateFile: string): string {
  return `sagemaker-image-mock: --seed ${seedFile} not used: the store was loaded from --state ${stateFile}`;
}

export function staleTemporaryRemoved(file: string): string {
  return `sagemaker-image-mock: removed ${file}, left by a server that ended while writing its state`;
}

export function staleLockTakenOver(lock: string, pid: number): string {
  return `sagemaker-image-mock: took over ${lock}: its server (pid ${pid}) no longer runs`;
}

export function notLoopbackWarning(host: string): string {
  return (
    `sagemaker-image-mock: warning: listening on ${host}, not on loopback: anyone who can reach this address ` +
    'can read and change the store (the mock checks no signatures).'
  );
}

export function signalIgnored(signal: string, stateFile: string | undefined): string {
  return `sagemaker-image-mock: ${signal} ignored: already stopping${stateFile === undefined ? '' : `, writing ${stateFile}`}`;
}

// --- serve's store flags, and the control plane's clock (POST /_mock/clock) -------------------------

/** A store flag of `serve` given a value it does not take: the flag, the value, what it takes (and the likeliest meaning). */
export function flagNotValid(flag: string, value: string, takes: string, detail?: string): TypeError {
  return new TypeError(`${flag} '${value}' is not valid${detail === undefined ? '' : ` (${detail})`}: it takes ${takes}`);
}

/** The detail of a flag value that is not one of the words the flag takes. */
export function flagWordNotKnown(word: string, near: string | undefined): string {
  return `unknown ${word === '' ? 'empty part' : `'${word}'`}${near === undefined ? '' : `, did you mean '${near}'?`}`;
}

/** The detail of a `name=value` part of a flag (--lifecycle, --limits) whose value is wrong. */
export function flagPartNotValid(name: string, takes: string): string {
  return `${name} takes ${takes}`;
}

/** The detail of a `name=value` part given twice. */
export function flagPartTwice(name: string): string {
  return `${name} is given twice`;
}

/** A body of POST /_mock/clock that is not `{ "advance": ms }`, `{ "set": "ISO-TIME" }` or empty. */
export function clockBodyNotValid(reason: string): TypeError {
  return new TypeError(`The body is { "advance": ms }, { "set": "ISO-TIME" }, or empty to read the time (${reason}).`);
}

/** POST /_mock/clock asked to move a clock that is not manual. */
export function clockNotManual(): HttpProblem {
  return {
    code: 'ClockNotManual',
    httpStatusCode: 409,
    message: "This server's clock is not manual: start it with --clock manual (or startServer({ clock: createManualClock() })) to move it.",
  };
}
