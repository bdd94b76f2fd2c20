// The last requests the wire doors answered in this process, by request id, so an error-path
// assertion can show which request failed (the SDK's errors carry only the id). Bounded: the
// oldest are forgotten.

export interface AnsweredRequest {
  readonly operation: string;
  readonly body: string;
}

const KEPT = 1000;
const recent = new Map<string, AnsweredRequest>();

export function rememberRequest(requestId: string, request: AnsweredRequest): void {
  if (recent.size >= KEPT) recent.delete(recent.keys().next().value as string);
  recent.set(requestId, request);
}

export function requestOf(requestId: string | undefined): AnsweredRequest | undefined {
  return requestId === undefined ? undefined : recent.get(requestId);
}
