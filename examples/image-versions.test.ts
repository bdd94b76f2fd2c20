// The tour: a module under test (prune-image-versions.ts, publish-image-version.ts) tested with a
// fixture built once and restored before each test, the error-path matcher, failure injection,
// throttling, a timed lifecycle under Jest's fake timers, and the arbitraries.
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { advanceUntilSettled, createRequestHandler, ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
import type { ImageSeed, StoreSnapshot } from 'sagemaker-image-mock';
import { imageName } from 'sagemaker-image-mock/arbitraries';
import 'sagemaker-image-mock/jest';
import { pruneImageVersions } from './prune-image-versions';
import { publishImageVersion } from './publish-image-version';

const NOW = new Date('2024-06-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

// One image with five versions: three old (one of them aliased), two recent.
const FIXTURE: ImageSeed = {
  ImageName: 'trainer',
  CreationTime: daysAgo(400),
  Versions: [
    { BaseImage: 'repo/trainer:1', CreationTime: daysAgo(300) },
    { BaseImage: 'repo/trainer:2', CreationTime: daysAgo(200), Aliases: ['stable'] },
    { BaseImage: 'repo/trainer:3', CreationTime: daysAgo(100) },
    { BaseImage: 'repo/trainer:4', CreationTime: daysAgo(10) },
    { BaseImage: 'repo/trainer:5', CreationTime: daysAgo(1), Aliases: ['canary'] },
  ],
};

const mock = mockSageMakerImages(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
let fixture: StoreSnapshot;

beforeAll(() => {
  const built = new ImageStore();
  built.seed(FIXTURE);
  fixture = built.snapshot();
});
beforeEach(() => mock.store.restore(fixture));
afterEach(() => mock.reset());
afterAll(() => mock.restore());

describe('pruneImageVersions', () => {
  it('deletes old versions and keeps the aliased and the recent ones', async () => {
    expect(await pruneImageVersions(client, 'trainer', { olderThanDays: 30, now: NOW })).toEqual([1, 3]);
    const left = mock.store.listImageVersions({ ImageName: 'trainer', SortBy: 'VERSION', SortOrder: 'ASCENDING' });
    expect(left.ImageVersions?.map((v) => v.Version)).toEqual([2, 4, 5]);
  });

  it('an image that does not exist is the service\'s ResourceNotFound', async () => {
    await expect(pruneImageVersions(client, 'missing', { olderThanDays: 30, now: NOW })).rejects.toThrowServiceError('ResourceNotFound', /missing/);
  });

  it('a throttled call fails through the client mock (no SDK retries at this door)...', async () => {
    mock.store.throttleNext(1);
    await expect(pruneImageVersions(client, 'trainer', { olderThanDays: 30, now: NOW })).rejects.toThrowServiceError('ThrottlingException', 'Rate exceeded');
  });

  it('...and is retried by the SDK through the requestHandler door', async () => {
    const store = new ImageStore({ snapshot: fixture });
    const wired = new SageMakerClient({ region: 'us-east-1', requestHandler: createRequestHandler(store), credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    store.throttleNext(2);
    expect(await pruneImageVersions(wired, 'trainer', { olderThanDays: 30, now: NOW })).toEqual([1, 3]);
  });

  it('never deletes an aliased or recent version, whatever the image is called', async () => {
    await fc.assert(
      fc.asyncProperty(imageName(), fc.integer({ min: 0, max: 500 }), async (name, days) => {
        mock.store.restore(fixture);
        mock.seed({ ...FIXTURE, ImageName: name });
        const deleted = await pruneImageVersions(client, name, { olderThanDays: days, now: NOW });
        expect(deleted).not.toContain(2);
        expect(deleted).not.toContain(5);
        const ages = [300, 200, 100, 10, 1];
        // CreationTimeBefore is inclusive, so a version exactly `days` old goes too (the property
        // found that boundary on its first run; the first draft said '>').
        expect(deleted).toEqual([1, 3, 4].filter((v) => ages[v - 1]! >= days));
      }),
      { numRuns: 30 },
    );
  });
});

describe('publishImageVersion', () => {
  afterEach(() => jest.useRealTimers());

  it('creates the next version, waits for it, and moves the alias onto it', async () => {
    expect(await publishImageVersion(client, 'trainer', 'repo/trainer:6', 'stable')).toBe(6);
    expect(mock.store.describeImageVersion({ ImageName: 'trainer', Alias: 'stable' }).Version).toBe(6);
    expect(mock.store.listAliases({ ImageName: 'trainer', Version: 2 }).SageMakerImageVersionAliases).toEqual([]);
  });

  it('waits through a 10-minute creation under Jest\'s fake timers', async () => {
    jest.useFakeTimers({ now: NOW });
    const timed = mockSageMakerImages(SageMakerClient, { lifecycle: { creating: 10 * 60_000 } });
    try {
      timed.store.restore(fixture);
      const publishing = publishImageVersion(client, 'trainer', 'repo/trainer:6', 'stable');
      expect(await advanceUntilSettled(publishing, (ms) => jest.advanceTimersByTimeAsync(ms))).toBe(6);
      expect(timed.store.describeImageVersion({ ImageName: 'trainer', Alias: 'stable' }).Version).toBe(6);
    } finally {
      timed.restore();
    }
  });

  it('a creation that fails leaves the alias where it was', async () => {
    mock.store.failNext({ operation: 'CreateImageVersion', ImageName: 'trainer', FailureReason: 'base image not found' });
    await expect(publishImageVersion(client, 'trainer', 'repo/missing:1', 'stable')).rejects.toThrow(/FAILURE/);
    expect(mock.store.describeImageVersion({ ImageName: 'trainer', Alias: 'stable' }).Version).toBe(2);
    expect(mock.store.describeImageVersion({ ImageName: 'trainer' })).toMatchObject({ Version: 6, ImageVersionStatus: 'CREATE_FAILED', FailureReason: 'base image not found' });
  });

  it('an alias of the wrong shape is the service\'s ValidationException', async () => {
    await expect(publishImageVersion(client, 'trainer', 'repo/trainer:6', '-bad')).rejects.toThrowServiceError('ValidationException', /at 'alias'/);
  });
});
