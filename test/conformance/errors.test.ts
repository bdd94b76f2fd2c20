import { Readable } from 'node:stream';
import {
  CreateModelCommand,
  DescribeImageCommand,
  ListImagesCommand,
  ResourceNotFound,
  SageMakerClient,
  SageMakerServiceException,
} from '@aws-sdk/client-sagemaker';
import { UnsupportedCommandError } from 'sagemaker-image-mock';
import { DOORS, sdkClientMockDoor, useDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';

/** What the real SDK builds from a wire error: a client whose transport answers this body. */
async function decodedBySdk(code: string, message: string): Promise<SageMakerServiceException> {
  const requestHandler = {
    handle: () =>
      Promise.resolve({
        response: {
          statusCode: 400,
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1' },
          body: Readable.from([Buffer.from(JSON.stringify({ __type: code, message }))]),
        },
      }),
  };
  const client = new SageMakerClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    requestHandler: requestHandler as never,
    maxAttempts: 1,
  });
  return rejectionOf(client.send(new DescribeImageCommand({ ImageName: 'x' })));
}

function shape(error: SageMakerServiceException) {
  return {
    class: error.constructor.name,
    name: error.name,
    message: error.message,
    fault: error.$fault,
    status: error.$metadata.httpStatusCode,
    hasMessageProperty: Object.prototype.hasOwnProperty.call(error, 'Message'),
  };
}

const NOT_FOUND = 'Image with ARN arn:aws:sagemaker:us-east-1:123456789012:image/ghost does not exist';
const MISSING_NAME = "1 validation error detected: Value null at 'imageName' failed to satisfy constraint: Member must not be null";

// Decoded before any door intercepts SageMakerClient, so these come from the SDK alone.
const reference: Record<string, SageMakerServiceException> = {};
beforeAll(async () => {
  reference['ResourceNotFound'] = await decodedBySdk('ResourceNotFound', NOT_FOUND);
  reference['ValidationException'] = await decodedBySdk('ValidationException', MISSING_NAME);
});

describe.each(DOORS)('behaviour §3 errors as the SDK delivers them, $name', (factory) => {
  const ctx = useDoor(factory);

  it("a modelled error is an instance of the user's own SDK class", async () => {
    const error = await rejectionOf(ctx.door.client().send(new DescribeImageCommand({ ImageName: 'ghost' })));
    expect(error).toBeInstanceOf(ResourceNotFound);
    expect(error).toBeInstanceOf(SageMakerServiceException);
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.$metadata.requestId).toEqual(expect.any(String));
  });

  it('ValidationException is a SageMakerServiceException named after the code', async () => {
    const error = await rejectionOf(ctx.door.client().send(new ListImagesCommand({ MaxResults: 0 })));
    expect(error.constructor).toBe(SageMakerServiceException);
    expect(error.name).toBe('ValidationException');
    expect(error.$fault).toBe('client');
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it("errors look like the SDK's own decoding of the same wire answer", async () => {
    const notFound = await rejectionOf(ctx.door.client().send(new DescribeImageCommand({ ImageName: 'ghost' })));
    expect(shape(notFound)).toEqual(shape(reference['ResourceNotFound']!));
    expect(reference['ResourceNotFound']!.$metadata.requestId).toBe('req-1');
    const invalid = await rejectionOf(ctx.door.client().send(new DescribeImageCommand({} as never)));
    expect(shape(invalid)).toEqual(shape(reference['ValidationException']!));
  });

  it('each answer has its own request id', async () => {
    const client = ctx.door.client();
    const a = await client.send(new ListImagesCommand({}));
    const b = await client.send(new ListImagesCommand({}));
    expect(a.$metadata.requestId).not.toBe(b.$metadata.requestId);
  });
});

describe('behaviour §3 commands the mock does not implement', () => {
  const ctx = useDoor(sdkClientMockDoor);

  it('fail loudly, naming the command and how to stub it on mock.stub', async () => {
    const error = await rejectionOf(ctx.door.client().send(new CreateModelCommand({ ModelName: 'm' })));
    expect(error).toBeInstanceOf(UnsupportedCommandError);
    expect(error.message).toBe(
      'sagemaker-image-mock does not implement CreateModelCommand. Stub it on the mock\'s own stub before sending it, ' +
        'e.g. mock.stub.on(CreateModelCommand).resolves({ /* output */ }) or .rejects(error). ' +
        '(store.stubOperation answers the wire doors, createRequestHandler and the server, not this one.)',
    );
  });
});
