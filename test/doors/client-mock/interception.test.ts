import { CreateModelCommand, DescribeImageCommand, ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
import type { SageMakerImagesMock } from 'sagemaker-image-mock';
import { image, names } from '../../support/fixtures';
import { rejectionOf } from '../../support/errors';

const client = (region = 'us-east-1') => new SageMakerClient({ region });

describe('behaviour §2 the aws-sdk-client-mock door', () => {
  let mock: SageMakerImagesMock;
  afterEach(() => mock.restore());

  it('mocks every instance when given the class', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    mock.seed(image('a', 1));
    expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['a']);
    expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['a']);
  });

  it('mocks only that instance when given one', async () => {
    const mine = client();
    mock = mockSageMakerImages(mine);
    mock.seed(image('a', 1));
    expect(names((await mine.send(new ListImagesCommand({}))).Images)).toEqual(['a']);
    expect(Object.prototype.hasOwnProperty.call(mine, 'send')).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(SageMakerClient.prototype.send, 'restore')).toBe(false);
  });

  it("the stub's call history keeps working", async () => {
    mock = mockSageMakerImages(SageMakerClient);
    await client().send(new ListImagesCommand({ MaxResults: 5 }));
    expect(mock.stub.commandCalls(ListImagesCommand, { MaxResults: 5 })).toHaveLength(1);
  });

  it('the user\'s own mock.stub.on(...) overrides take precedence over the store', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    mock.stub.on(DescribeImageCommand, { ImageName: 'special' }).resolves({ ImageName: 'from-stub' });
    mock.stub.on(CreateModelCommand).resolves({ ModelArn: 'arn:model' });
    mock.seed(image('normal', 1));
    expect((await client().send(new DescribeImageCommand({ ImageName: 'special' }))).ImageName).toBe('from-stub');
    expect((await client().send(new DescribeImageCommand({ ImageName: 'normal' }))).ImageName).toBe('normal');
    expect((await client().send(new CreateModelCommand({ ModelName: 'm' }))).ModelArn).toBe('arn:model');
  });

  it('reset() empties the store and the recorded calls; the interception stays', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    mock.seed(image('a', 1));
    await client().send(new ListImagesCommand({}));
    mock.reset();
    expect(mock.stub.calls()).toHaveLength(0);
    expect((await client().send(new ListImagesCommand({}))).Images).toEqual([]);
    expect(mock.stub.calls()).toHaveLength(1);
  });

  it("mock.stub.reset() drops the user's own stubs but keeps the store's answers", async () => {
    mock = mockSageMakerImages(SageMakerClient);
    mock.seed(image('a', 1));
    mock.stub.on(ListImagesCommand).resolves({ Images: [] });
    mock.stub.reset();
    expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['a']);
  });

  it("restore() removes the interception: the client's own send is back", () => {
    const original = SageMakerClient.prototype.send;
    mock = mockSageMakerImages(SageMakerClient);
    expect(SageMakerClient.prototype.send).not.toBe(original);
    mock.restore();
    expect(SageMakerClient.prototype.send).toBe(original);
  });

  it('restore() keeps the call history, as aws-sdk-client-mock does, but lets go of the store', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    await client().send(new ListImagesCommand({}));
    mock.restore();
    expect(mock.stub.commandCalls(ListImagesCommand)).toHaveLength(1);
    // The restored fake no longer answers from (or holds) the store.
    expect(mock.stub.send(new ListImagesCommand({}) as never)).toBeUndefined();
    mock = mockSageMakerImages(SageMakerClient);
  });

  it('separate mocks share nothing', () => {
    mock = mockSageMakerImages(SageMakerClient);
    const other = new ImageStore();
    mock.seed(image('a', 1));
    expect(other.listImages({}).Images).toEqual([]);
  });

  it('an existing store can be served through the door', async () => {
    const store = new ImageStore();
    store.seed(image('shared', 1));
    mock = mockSageMakerImages(SageMakerClient, { store });
    expect(mock.store).toBe(store);
    expect(names((await client().send(new ListImagesCommand({}))).Images)).toEqual(['shared']);
  });

  it('the callback form of send works too', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    mock.seed(image('a', 1));
    const output = await new Promise((resolve, reject) => {
      client().send(new DescribeImageCommand({ ImageName: 'a' }), (error, data) => (error ? reject(error as Error) : resolve(data)));
    });
    expect(output).toMatchObject({ ImageName: 'a' });
  });

  it('a client without a region fails as the SDK does, not with a store error', async () => {
    mock = mockSageMakerImages(SageMakerClient);
    const error = await rejectionOf(new SageMakerClient({}).send(new ListImagesCommand({})));
    expect(error.message).toMatch(/region/i);
  });

  it('bad options are refused when the mock is made', () => {
    expect(() => mockSageMakerImages(SageMakerClient, { accountId: '12' }).restore()).toThrow("option accountId '12' is not valid");
    expect(() => mockSageMakerImages(SageMakerClient, { listPaging: 'fast' as never }).restore()).toThrow(
      "option listPaging must be one of 'exact', 'limit-before-filter'",
    );
    mock = mockSageMakerImages(SageMakerClient);
  });
});
