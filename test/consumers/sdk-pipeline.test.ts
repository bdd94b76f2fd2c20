import { DescribeImageCommand, ListImagesCommand, ResourceNotFound } from '@aws-sdk/client-sagemaker';
import { requestHandlerDoor, sdkClientMockDoor, serverDoor, useDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';

describe.each([requestHandlerDoor, serverDoor])("the SDK's own pipeline, $name", (factory) => {
  const ctx = useDoor(factory);

  it('retries a ThrottlingException and succeeds, as against the service', async () => {
    ctx.door.store.seed({ ImageName: 'a' });
    ctx.door.store.throttleNext(2);
    const output = await ctx.door.client().send(new ListImagesCommand({}));
    expect(output.Images?.map((i) => i.ImageName)).toEqual(['a']);
    expect(output.$metadata.attempts).toBe(3);
  }, 30_000);

  it('gives up after its attempts and throws the ThrottlingException', async () => {
    ctx.door.store.throttleNext(5);
    const error = await rejectionOf(ctx.door.client().send(new ListImagesCommand({})));
    expect([error.name, error.message, error.$metadata.attempts]).toEqual(['ThrottlingException', 'Rate exceeded', 3]);
  }, 30_000);

  it('does not retry a modelled error, and decodes it into its class with the request id', async () => {
    const error = await rejectionOf(ctx.door.client().send(new DescribeImageCommand({ ImageName: 'ghost' })));
    expect(error).toBeInstanceOf(ResourceNotFound);
    expect(error.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});

describe('throttling through the aws-sdk-client-mock door', () => {
  const ctx = useDoor(sdkClientMockDoor);

  it('is answered at once, without retries: send is replaced, so the retry middleware never runs', async () => {
    ctx.door.store.throttleNext(1);
    const error = await rejectionOf(ctx.door.client().send(new ListImagesCommand({})));
    expect([error.name, error.$fault, error.$metadata.attempts]).toEqual(['ThrottlingException', 'client', 1]);
    expect((await ctx.door.client().send(new ListImagesCommand({}))).Images).toEqual([]);
  });
});
