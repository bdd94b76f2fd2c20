import { randomUUID } from 'node:crypto';
import { unknownOperation } from '../errors/factories';
import type { HttpProblem } from '../errors/http-problems';
import type { CallContext } from '../glossary';
import { isServiceError } from '../errors/service-error';
import { TARGET_PREFIX } from '../model/generated/service-model';
import type { ImplementedOperation, OperationInput } from '../operations/operation-table';
import { dispatch, IMPLEMENTED_OPERATIONS } from '../operations/operation-table';
import type { ImageStore } from '../store/image-store';
import { OPERATION_NAME } from '../store/state/stub-plan';
import { rememberRequest } from './recent-requests';
import { parseWireJson, toWireJson } from './wire-json';

const CONTENT_TYPE = 'application/x-amz-json-1.1';

/** A POST / of the awsJson1_1 protocol, as either wire door received it. Header names lower-case. */
export interface WireRequest {
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
}

export interface WireResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const SIGV4_SCOPE = /Credential=([^/,\s]+)\/\d{8}\/([^/,\s]*)\/[^/,\s]+\/aws4_request/;
/** An access key id of exactly 12 digits names the caller's account (SPEC §15, LocalStack's convention). */
const ACCOUNT_KEY = /^\d{12}$/;
const ENDPOINT_HOST = /^api\.sagemaker\.([^.:]*)\.amazonaws\.com/;

/**
 * The caller's region: from the SigV4 credential scope, else from the endpoint host, else none.
 * Taken as written; the store refuses one that is not a region.
 */
function regionOf(headers: WireRequest['headers']): string | undefined {
  return SIGV4_SCOPE.exec(headers['authorization'] ?? '')?.[2] ?? ENDPOINT_HOST.exec(headers['host'] ?? '')?.[1];
}

/**
 * The caller's account: the SigV4 access key id when it is 12 digits (decision 0036), else none (the
 * store's own account). Signatures are not checked, so any secret key goes with it.
 */
function accountOf(headers: WireRequest['headers']): string | undefined {
  const key = SIGV4_SCOPE.exec(headers['authorization'] ?? '')?.[1];
  return key !== undefined && ACCOUNT_KEY.test(key) ? key : undefined;
}

/** Who is calling, from the request: its region and, with a 12-digit access key id, its account. */
function callerOf(headers: WireRequest['headers']): CallContext {
  const region = regionOf(headers);
  const accountId = accountOf(headers);
  return { ...(region !== undefined && { region }), ...(accountId !== undefined && { accountId }) };
}

/** The operation an X-Amz-Target names (`SageMaker.ListImages` -> `ListImages`); undefined without the service's prefix. */
export function targetOperation(target: string | undefined): string | undefined {
  const prefix = `${TARGET_PREFIX}.`;
  return target?.startsWith(prefix) === true ? target.slice(prefix.length) : undefined;
}

/** The operation a request names: one the store implements, another (a stub may answer it), or none (refused). */
function operationOf(target: string | undefined): { implemented: ImplementedOperation } | { other: string } {
  const name = targetOperation(target);
  if (name === undefined || !OPERATION_NAME.test(name)) throw unknownOperation(target);
  const implemented = IMPLEMENTED_OPERATIONS.find((op) => op === name);
  return implemented === undefined ? { other: name } : { implemented };
}

/**
 * awsJson1_1 in, awsJson1_1 out, around the same dispatch() every door uses (an operation the store
 * does not implement goes to its stubs). No rule of the service lives here: only reading the target
 * and body, and writing the answer or the error.
 */
export function handleWireRequest(store: ImageStore, request: WireRequest): WireResponse {
  const requestId = randomUUID();
  try {
    const operation = operationOf(request.headers['x-amz-target']);
    const input = parseWireJson(request.body);
    const caller = callerOf(request.headers);
    const output =
      'implemented' in operation
        ? dispatch(store, operation.implemented, input as OperationInput<typeof operation.implemented>, caller)
        : store.callUnimplemented(operation.other, input, caller);
    return { statusCode: 200, headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId }, body: toWireJson(output) };
  } catch (error) {
    if (!isServiceError(error)) throw error;
    rememberRequest(requestId, { operation: request.headers['x-amz-target'] ?? '(no X-Amz-Target)', body: request.body });
    return wireError(error, requestId);
  }
}

/** HTTP 400 (or the error's status) with `{"__type", "message"}` and a request id: a service error, or one of the server's. */
export function wireError(error: HttpProblem, requestId: string = randomUUID()): WireResponse {
  return {
    statusCode: error.httpStatusCode,
    headers: { 'content-type': CONTENT_TYPE, 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  };
}
