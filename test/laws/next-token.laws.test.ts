import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { DOORS, usePropertyRunsOn, withDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';

describe.each(DOORS)('laws of NextToken, $name', (factory) => {
  usePropertyRunsOn(factory);
  it('any string the store did not issue is a ValidationException mentioning the token, never anything else', async () => {
    await withDoor(factory, {}, async (door) => {
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
    });
  });
});
