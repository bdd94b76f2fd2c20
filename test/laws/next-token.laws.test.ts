import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { DOORS } from '../support/doors';
import { listQuery, refImages, seedOf } from '../support/arbitraries';
import { rejectionOf } from '../support/errors';

describe.each(DOORS)('laws of NextToken, $name', (factory) => {
  it('any string the store did not issue is a ValidationException mentioning the token, never anything else', async () => {
    const door = await factory.open();
    try {
      door.store.seed({ ImageName: 'a' }, { ImageName: 'b' }, { ImageName: 'c' });
      const client = door.client();
      const issued = new Set<string>();
      const real = (await client.send(new ListImagesCommand({ MaxResults: 1 }))).NextToken!;
      issued.add(real);
      const mangled = fc
        .tuple(fc.nat({ max: real.length }), fc.nat({ max: real.length }), fc.string())
        .map(([i, j, s]) => real.slice(0, Math.min(i, j)) + s + real.slice(Math.max(i, j)));
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.base64String(), mangled), async (token) => {
          fc.pre(!issued.has(token) && token.length <= 8192 && !/[\n\r\u2028\u2029]/.test(token));
          const error = await rejectionOf(client.send(new ListImagesCommand({ MaxResults: 1, NextToken: token })));
          expect(error.name).toBe('ValidationException');
          expect(error.message).toContain('NextToken');
        }),
      );
    } finally {
      await door.close();
    }
  });

  it('a token issued for one query is refused for any other query', async () => {
    await fc.assert(
      fc.asyncProperty(refImages, listQuery, listQuery, async (images, q1, q2) => {
        const normal = (q: typeof q1) =>
          JSON.stringify({ ...q, SortBy: q.SortBy ?? 'CREATION_TIME', SortOrder: q.SortOrder ?? 'DESCENDING' }, Object.keys(q).concat('SortBy', 'SortOrder').sort());
        fc.pre(normal(q1) !== normal(q2));
        const door = await factory.open();
        try {
          door.store.seed(...images.map((i) => seedOf(i)));
          const client = door.client();
          const token = (await client.send(new ListImagesCommand({ ...q1, MaxResults: 1 }))).NextToken;
          fc.pre(token !== undefined);
          const error = await rejectionOf(client.send(new ListImagesCommand({ ...q2, MaxResults: 1, NextToken: token })));
          expect([error.name, error.message]).toEqual([
            'ValidationException',
            'Invalid pagination token (NextToken): it was issued for a request with other filters, SortBy or SortOrder.',
          ]);
        } finally {
          await door.close();
        }
      }),
    );
  });
});
