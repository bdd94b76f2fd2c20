import { createHash, hash } from 'node:crypto';
import { invalidNextToken } from '../errors/factories';

/** What a token is bound to: it is only accepted back for the same operation, scope and query. */
export interface TokenBinding {
  readonly operation: string;
  /** The (account, region) namespace, or any other key that must match. */
  readonly scope: string;
  /** A canonical form of the request's filters and order (not its page size). */
  readonly query: string;
}

/** The sort key and name of the last item a page returned (or scanned). */
export type Cursor = readonly (string | number)[];

/**
 * The reader of a cursor whose parts have these types (`'number', 'string'`: a time and a name): it
 * answers the cursor if it has that shape, else undefined (a token from another sort order).
 */
export function cursorReader(...parts: readonly ('number' | 'string')[]): (raw: Cursor) => Cursor | undefined {
  return (raw) => (raw.length === parts.length && parts.every((type, i) => typeof raw[i] === type) ? raw : undefined);
}

interface Payload {
  readonly o: string;
  readonly s: string;
  readonly q: string;
  readonly c: Cursor;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** One-shot SHA-256 (Node >= 20.12); a Hash object on older Node 20 releases. */
const sha256: (text: string) => string =
  typeof (hash as unknown) === 'function'
    ? (text) => hash('sha256', text, 'base64url')
    : (text) => createHash('sha256').update(text).digest('base64url');

/** Query digests seen lately: one page of a walk after another repeats its query. */
const DIGESTS_KEPT = 256;

/**
 * Opaque, URL-safe continuation tokens: base64url(JSON payload) "." base64url(SHA-256 of the
 * secret, the payload and the secret again). The secret is the store's own, so a token from another
 * store, or one edited by hand, is refused. (The keyed one-shot hash costs a quarter of an HMAC,
 * which was a sixth of a page's time; the secret on both sides leaves no room for extending a body.)
 */
export class TokenCodec {
  private readonly key: string;
  private readonly digests = new Map<string, string>();

  constructor(secret: Uint8Array) {
    this.key = Buffer.from(secret).toString('base64url');
  }

  /** The secret, base64url (a snapshot keeps it, so tokens stay good in the restored store). */
  get secret(): string {
    return this.key;
  }

  issue(binding: TokenBinding, cursor: Cursor): string {
    const payload: Payload = { o: binding.operation, s: binding.scope, q: this.digest(binding.query), c: cursor };
    const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** The cursor carried by `token`, or a ValidationException saying why the token is refused. */
  read(token: string, binding: TokenBinding): Cursor {
    const payload = this.verify(token);
    if (payload.s !== binding.scope) throw invalidNextToken('scope');
    if (payload.o !== binding.operation) throw invalidNextToken('operation');
    if (payload.q !== this.digest(binding.query)) throw invalidNextToken('query');
    return payload.c;
  }

  private verify(token: string): Payload {
    if (!TOKEN_SHAPE.test(token)) throw invalidNextToken('malformed');
    const [body = '', signature = ''] = token.split('.');
    // Compare the text, not the decoded bytes: base64url has spare bits, so two texts can decode alike.
    // (A plain comparison: a mock in a test process has no timing side channel worth closing.)
    if (signature !== this.sign(body)) throw invalidNextToken('malformed');
    const payload = parsePayload(Buffer.from(body, 'base64url').toString('utf8'));
    if (payload === undefined) throw invalidNextToken('malformed');
    return payload;
  }

  private sign(body: string): string {
    return sha256(`${this.key}.${body}.${this.key}`);
  }

  private digest(query: string): string {
    let found = this.digests.get(query);
    if (found === undefined) {
      found = sha256(query).slice(0, 22);
      if (this.digests.size >= DIGESTS_KEPT) this.digests.clear();
      this.digests.set(query, found);
    }
    return found;
  }
}

function parsePayload(json: string): Payload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { o, s, q, c } = value as Record<string, unknown>;
  if (typeof o !== 'string' || typeof s !== 'string' || typeof q !== 'string') return undefined;
  if (!Array.isArray(c) || !c.every((part) => typeof part === 'string' || typeof part === 'number')) return undefined;
  return { o, s, q, c };
}
