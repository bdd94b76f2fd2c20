import * as sagemaker from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { inputShapeOf } from '../../model/shapes';
import { IMPLEMENTED_OPERATIONS } from '../../operations/operation-table';
import type { ImplementedOperation } from '../../operations/operation-table';
import { sdkRequestBody } from './sdk-request-body';

/** What the real SDK puts on the wire for this input: its request body, or what it throws. */
async function bodyFromSdk(operation: ImplementedOperation, input: unknown): Promise<string> {
  let body = '';
  const requestHandler = {
    handle: (request: { body?: unknown }) => {
      const raw = request.body as string | Uint8Array;
      body = typeof raw === 'string' ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
      return Promise.resolve({ response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: Buffer.from('{}') } });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
  const client = new sagemaker.SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, requestHandler });
  const Command = (sagemaker as unknown as Record<string, new (input: unknown) => object>)[`${operation}Command`]!;
  await client.send(new Command(input) as never);
  return body;
}

const UUID = /"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"/g;
const outcome = async (write: () => string | Promise<string>): Promise<unknown> => {
  try {
    return (await write()).replace(UUID, '"<uuid>"');
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
};

/** Values of every JavaScript kind a caller may pass where the model wants another, odd ones on purpose. */
const odd: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
    fc.constantFrom<unknown>(new String('a'), new Number(5), new Boolean(false), new Map([['k', 'v']]), new Set([1]), Symbol('s'), () => 1),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('Key', 'Value', 'a', 'ImageName', '__type'), tie('value'), { maxKeys: 3 }),
  ),
})).value;

function inputFor(operation: ImplementedOperation): fc.Arbitrary<Record<string, unknown>> {
  const members = inputShapeOf(operation).members.map((m) => m.name);
  return fc.record(Object.fromEntries([...members, '__type', 'Extra'].map((name) => [name, odd])), { requiredKeys: [] });
}

describe('door 1 writes the body the SDK writes', () => {
  it('for any input, odd values included, the same JSON text as @aws-sdk/client-sagemaker, or the same error', async () => {
    const operationAndInput = fc.constantFrom(...IMPLEMENTED_OPERATIONS).chain((operation) => inputFor(operation).map((input) => ({ operation, input })));
    await fc.assert(
      fc.asyncProperty(operationAndInput, async ({ operation, input }) => {
        expect(await outcome(() => sdkRequestBody(operation, input))).toEqual(await outcome(() => bodyFromSdk(operation, input)));
      }),
    );
  });

  it.each([
    ['a String object', 'CreateImage', { ImageName: new String('a'), RoleArn: 'r' }],
    ['a list where a structure goes', 'AddTags', { ResourceArn: 'x', Tags: [['k', 'v']] }],
    ['a Date inside a tag', 'AddTags', { ResourceArn: 'x', Tags: [{ Key: new Date(0), Value: 'v' }] }],
    ['a 5,000-deep array in Tags', 'AddTags', { ResourceArn: 'x', Tags: Array.from({ length: 5000 }).reduce<unknown[]>((inner) => [inner], ['x']) }],
    ['a 5,000-deep array in a tag key', 'AddTags', { ResourceArn: 'x', Tags: [{ Key: Array.from({ length: 5000 }).reduce<unknown[]>((inner) => [inner], ['x']) }] }],
    ['a null ClientToken', 'CreateImageVersion', { ImageName: 'a', BaseImage: 'b', ClientToken: null }],
    ['a function', 'ListImages', { NameContains: () => 1 }],
    ['inherited members', 'ListImages', Object.assign(Object.create({ NameContains: 'inherited' }) as object, { SortBy: 'IMAGE_NAME' })],
    ['not an object', 'ListImages', 'text'],
  ] as const)('%s', async (_, operation, input) => {
    expect(await outcome(() => sdkRequestBody(operation, input))).toEqual(await outcome(() => bodyFromSdk(operation, input)));
  });
});
