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
});
