import fc from 'fast-check';
import { ServiceError } from '../errors/service-error';
import { TokenCodec } from './cursor-token';

const binding = { operation: 'ListImages', scope: '123456789012/us-east-1', query: '{"sortBy":"NAME"}' };

function refusal(codec: TokenCodec, token: string, b = binding): string {
  try {
    codec.read(token, b);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).name).toBe('ValidationException');
    return (error as ServiceError).message;
  }
  throw new Error('token was accepted');
}

describe('TokenCodec', () => {
  const codec = new TokenCodec(Buffer.from('secret-one'));

  it('gives back the cursor it was issued with', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.integer())), (cursor) => {
        expect(codec.read(codec.issue(binding, cursor), binding)).toEqual(cursor);
      }),
    );
  });

  it('issues URL-safe tokens', () => {
    expect(codec.issue(binding, [1700000000000, 'name'])).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it('refuses a token from another store', () => {
    const other = new TokenCodec(Buffer.from('secret-two'));
    expect(refusal(codec, other.issue(binding, ['a']))).toBe(
      'Invalid pagination token (NextToken): it is not a token that this mock store issued.',
    );
  });

  it('refuses a token issued for another scope, operation or query, saying which', () => {
    const token = codec.issue(binding, ['a']);
    expect(refusal(codec, token, { ...binding, scope: 'x' })).toContain('another account or region');
    expect(refusal(codec, token, { ...binding, operation: 'ListTags' })).toContain('another operation');
    expect(refusal(codec, token, { ...binding, query: '{}' })).toContain('other filters, SortBy or SortOrder');
  });

  it('refuses any string it did not issue', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (token) => {
        expect(refusal(codec, token)).toContain('NextToken');
      }),
    );
  });

  it('refuses an issued token with any single character changed, the spare bits of the last one too', () => {
    const token = codec.issue(binding, [1, 'abc']);
    const last = token.length - 1;
    fc.assert(
      fc.property(fc.oneof(fc.nat({ max: last }), fc.constant(last)), fc.constantFrom(...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.')), (i, ch) => {
        fc.pre(token[i] !== ch);
        const forged = token.slice(0, i) + ch + token.slice(i + 1);
        expect(refusal(codec, forged)).toContain('NextToken');
      }),
    );
  });
});
