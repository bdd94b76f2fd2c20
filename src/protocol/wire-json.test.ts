import fc from 'fast-check';
import { ServiceError } from '../errors/service-error';
import { parseWireJson, toWireJson } from './wire-json';

describe('wire JSON', () => {
  it('reads the bare NaN and Infinity tokens the JS SDK writes for invalid Dates', () => {
    expect(parseWireJson('{"CreationTimeAfter":NaN}')).toEqual({ CreationTimeAfter: Number.NaN });
    expect(parseWireJson('{"a": [1, Infinity, -Infinity], "b": "NaN"}')).toEqual({ a: [1, Infinity, -Infinity], b: 'NaN' });
  });

  it('reads an empty body as {}', () => {
    expect(parseWireJson('')).toEqual({});
  });

  it('answers anything else that is not JSON with a SerializationException', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        fc.pre(!valid && text.trim() !== '' && !/NaN|Infinity/.test(text));
        expect(() => parseWireJson(text)).toThrow(ServiceError);
        try {
          parseWireJson(text);
        } catch (error) {
          expect((error as ServiceError).name).toBe('SerializationException');
        }
      }),
    );
  });

  it('writes timestamps as epoch seconds and leaves out null members', () => {
    expect(toWireJson({ T: new Date(1700000000500), N: null, U: undefined, L: [{ T: new Date(0) }] })).toBe('{"T":1700000000.5,"L":[{"T":0}]}');
  });

  it('writes any output as JSON.stringify would, with Dates as epoch seconds and null members left out (on its own copy)', () => {
    const reference = (value: unknown) =>
      JSON.stringify(value, function (this: Record<string, unknown>, key: string, inner: unknown) {
        const original = this[key];
        if (original instanceof Date) return original.getTime() / 1000;
        return inner === null ? undefined : inner;
      });
    const output = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.constant(null),
        fc.date({ noInvalidDate: true }),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), output), (value) => {
        const expected = reference(value);
        expect(toWireJson(value)).toBe(expected);
      }),
    );
  });
});
