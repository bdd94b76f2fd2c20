import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';
import { useSageMakerImages } from 'sagemaker-image-mock/jest';

const names = async () => (await new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({}))).Images?.map((i) => i.ImageName);

// The file's mock, as a user writes it: one line, hooks registered for the whole file.
const mock = useSageMakerImages(SageMakerClient, { region: 'us-east-1' });
const stubWhileLoading = (() => {
  try {
    return mock.stub;
  } catch (error) {
    return error;
  }
})();

describe('useSageMakerImages (Jest)', () => {
  it('answers from the mock it returns', async () => {
    mock.seed({ ImageName: 'a' });
    expect(await names()).toEqual(['a']);
  });

  it('has reset the mock after the previous test (store and call history)', async () => {
    expect(mock.stub.calls()).toHaveLength(0);
    expect(await names()).toEqual([]);
  });

  describe('called again inside a describe block', () => {
    const inner = useSageMakerImages(SageMakerClient);

    it('answers from the newer mock while the block runs', async () => {
      inner.seed({ ImageName: 'inner' });
      expect(await names()).toEqual(['inner']);
    });
  });

  it("brings the file's mock back once the block's afterAll restored the inner one", async () => {
    mock.seed({ ImageName: 'outer' });
    expect(await names()).toEqual(['outer']);
  });

  it('gives mock.stub once the suite runs, and a TypeError that says so before', () => {
    expect(stubWhileLoading).toEqual(
      new TypeError('useSageMakerImages: mock.stub exists while the suite runs (in beforeAll, beforeEach, a test or afterEach), not when the file is loaded'),
    );
    expect(typeof mock.stub.on).toBe('function');
  });

  it('passes its options on, and refuses a misspelt one at once', () => {
    expect(() => useSageMakerImages(SageMakerClient, { acountId: '1' } as never)).toThrow("unknown option 'acountId' (did you mean 'accountId'?)");
  });

  it('returns a mock like mockSageMakerImages does', () => {
    const made = mockSageMakerImages(SageMakerClient);
    expect(Object.keys(mock).sort()).toEqual(Object.keys(made).sort());
    made.restore();
  });
});
