import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import { AssertionError } from 'node:assert';
import { expectServiceError, ImageStore } from 'sagemaker-image-mock';
import { serviceErrorMatchers } from 'sagemaker-image-mock/jest';
import fc from 'fast-check';
import { invalidImageName } from 'sagemaker-image-mock/arbitraries';
import { DOORS, useDoor } from '../support/doors';

const NOT_FOUND = 'Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist';

/** The message a failing matcher gives, or undefined when it passes. */
async function failureOf(assertion: () => unknown): Promise<string | undefined> {
  try {
    await assertion();
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

describe.each(DOORS)('toThrowServiceError and expectServiceError, $name', (factory) => {
  const ctx = useDoor(factory);
  const describeGhost = () => ctx.door.client().send(new DescribeImageCommand({ ImageName: 'ghost' }));

  it('passes on the code alone, the whole message, or a RegExp, through .rejects or on the promise itself', async () => {
    await expect(describeGhost()).rejects.toThrowServiceError('ResourceNotFound');
    await expect(describeGhost()).rejects.toThrowServiceError('ResourceNotFound', NOT_FOUND);
    await expect(describeGhost()).rejects.toThrowServiceError('ResourceNotFound', /image\/ghost does not exist$/);
    // On the promise itself the matcher is async; its type is the synchronous one (for functions), hence the lint note.
    // eslint-disable-next-line @typescript-eslint/await-thenable
    await expect(describeGhost()).toThrowServiceError('ResourceNotFound', NOT_FOUND);
    await expect(describeGhost()).rejects.not.toThrowServiceError('ValidationException');
  });

  it('fails on another code, showing expected, got, and the request that failed', async () => {
    const message = await failureOf(() => expect(describeGhost()).rejects.toThrowServiceError('ValidationException', /imageName/));
    expect(message).toContain('expected the call to fail with ValidationException with message /imageName/');
    expect(message).toContain(`got:      ResourceNotFound: ${NOT_FOUND}`);
    expect(message).toMatch(/request id: \S+/);
    // Every door that answers in this process names the operation and the body it was sent.
    expect(message).toMatch(/request: {2}\S*DescribeImage \{"ImageName":"ghost"\}/);
  });

  it('fails on the right code with another message', async () => {
    const message = await failureOf(() => expect(describeGhost()).rejects.toThrowServiceError('ResourceNotFound', 'Image does not exist'));
    expect(message).toContain('expected the call to fail with ResourceNotFound with message "Image does not exist"');
    expect(message).toContain(`got:      ResourceNotFound: ${NOT_FOUND}`);
  });

  it('fails when the call succeeds, showing what it answered', async () => {
    ctx.door.store.seed({ ImageName: 'real', CreationTime: new Date(0) });
    const call = ctx.door.client().send(new ListImagesCommand({ NameContains: 'real' }));
    const message = await failureOf(() => expect(call).toThrowServiceError('ResourceNotFound'));
    expect(message).toContain('expected the call to fail with ResourceNotFound\n  but it succeeded with: {');
    expect(message).toContain('"ImageName":"real"');
  });

  it('.not fails when the call does fail that way, and says so', async () => {
    const message = await failureOf(() => expect(describeGhost()).rejects.not.toThrowServiceError('ResourceNotFound'));
    expect(message).toContain('expected the call not to fail with ResourceNotFound');
  });

  it('law of decision 0025: for any refused call, the matcher passes on exactly its code and text, and fails on any other code', async () => {
    const store = new ImageStore();
    await fc.assert(
      fc.asyncProperty(invalidImageName(), fc.constantFrom('ResourceNotFound', 'ResourceInUse', 'SerializationException', 'validationexception'), async (name, other) => {
        let expected: Error | undefined;
        try {
          store.describeImage({ ImageName: name });
        } catch (error) {
          expected = error as Error;
        }
        const call = () => ctx.door.client().send(new DescribeImageCommand({ ImageName: name }));
        await expect(call()).rejects.toThrowServiceError(expected!.name, expected!.message);
        await expect(call()).rejects.not.toThrowServiceError(other);
        await expect(call()).rejects.not.toThrowServiceError(expected!.name, `${expected!.message}.`);
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || 30 },
    );
  });

  it('expectServiceError resolves with the error, or rejects with an AssertionError carrying the same report', async () => {
    const error = await expectServiceError(describeGhost(), 'ResourceNotFound', NOT_FOUND);
    expect(error.name).toBe('ResourceNotFound');
    const failure = await expectServiceError(describeGhost(), 'ResourceInUse').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AssertionError);
    expect((failure as Error).message).toContain(`expected the call to fail with ResourceInUse\n  got:      ResourceNotFound: ${NOT_FOUND}`);
  });
});

describe('toThrowServiceError without the SDK', () => {
  it('takes a function that throws, as the store does', () => {
    const store = new ImageStore();
    expect(() => store.describeImage({ ImageName: 'ghost' })).toThrowServiceError('ResourceNotFound', NOT_FOUND);
    expect(() => store.describeImage({ ImageName: 'bad name' })).toThrowServiceError('ValidationException', /at 'imageName' failed to satisfy constraint/);
    expect(() => store.listImages({})).not.toThrowServiceError('ValidationException');
  });

  it('under .resolves the value is an answer, not an error', async () => {
    const message = await failureOf(() => expect(Promise.resolve({ name: 'ResourceNotFound' })).resolves.toThrowServiceError('ResourceNotFound'));
    expect(message).toContain('but it succeeded with: {"name":"ResourceNotFound"}');
  });

  it('a rejection that is not an error is reported as such', async () => {
    const message = await failureOf(() => expect(Promise.reject(new Error('plain'))).rejects.toThrowServiceError('ResourceNotFound'));
    expect(message).toContain('got:      Error: plain');
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const odd = await failureOf(() => expectServiceError(Promise.reject(42), 'ResourceNotFound'));
    expect(odd).toContain('got a rejection that is not an error: 42');
  });

  it('a code that is not a non-empty string, or a message of another type, is a TypeError', async () => {
    await expect(expectServiceError(Promise.reject(new Error('x')), '')).rejects.toThrow(TypeError);
    await expect(expectServiceError(Promise.reject(new Error('x')), 'A', 5 as never)).rejects.toThrow(/message must be a string/);
  });

  it('the matchers can be given to expect.extend by hand (for injectGlobals: false)', () => {
    expect(Object.keys(serviceErrorMatchers)).toEqual(['toThrowServiceError']);
  });
});
