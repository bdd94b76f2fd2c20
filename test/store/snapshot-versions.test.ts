// Snapshot format versions (decision 0023): a store restores every version it has written. The
// fixture is a real version 1 snapshot, written by 0.1.0 (the last release with that format).
import fs from 'node:fs';
import path from 'node:path';
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import 'sagemaker-image-mock/jest';

const V1 = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'snapshot-v1.json'), 'utf8')) as Record<string, unknown>;
const T0 = new Date('2024-01-01T00:00:00Z');

function restored(): { store: ImageStore; clock: ReturnType<typeof createManualClock> } {
  const clock = createManualClock(new Date(T0.getTime() + 1000));
  const store = new ImageStore({ clock, lifecycle: { creating: 1000, updating: 500, deleting: 700 }, snapshot: structuredClone(V1) as never });
  return { store, clock };
}

describe('a version 1 snapshot', () => {
  it('restores everything it pictured: images, versions, aliases, tags, deleted versions, namespaces', () => {
    const { store } = restored();
    expect(store.describeImage({ ImageName: 'pytorch' })).toMatchObject({ Description: 'PyTorch', ImageStatus: 'CREATED' });
    expect(store.describeImageVersion({ ImageName: 'pytorch', Alias: 'stable' })).toMatchObject({ Version: 1, Processor: 'GPU' });
    expect(store.listImageVersions({ ImageName: 'pytorch' }).ImageVersions?.map((v) => v.Version)).toEqual([1]);
    expect(store.listTags({ ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/pytorch' }).Tags).toEqual([{ Key: 'team', Value: 'ml' }]);
    expect(store.listImages({}, { region: 'eu-west-1' }).Images?.map((i) => i.ImageName)).toEqual(['other']);
  });

  it('keeps its pending transitions and planned failures (a failure named by `imageName` then)', () => {
    const { store, clock } = restored();
    expect(store.describeImage({ ImageName: 'pending' }).ImageStatus).toBe('CREATING');
    clock.advance(1000);
    expect(store.describeImage({ ImageName: 'pending' }).ImageStatus).toBe('CREATED');
    store.deleteImage({ ImageName: 'pytorch' });
    clock.advance(700);
    expect(store.describeImage({ ImageName: 'pytorch' })).toMatchObject({ ImageStatus: 'DELETE_FAILED', FailureReason: 'planned' });
  });

  it('comes back as version 2, with no AppImageConfigs or domains, and restores again from that', () => {
    const { store } = restored();
    const again = store.snapshot() as unknown as { version: number; namespaces: { appImageConfigs: unknown[]; domains: unknown[] }[] };
    expect(again.version).toBe(2);
    expect(again.namespaces.map((ns) => [ns.appImageConfigs, ns.domains])).toEqual([[[], []], [[], []]]);
    expect(new ImageStore({ snapshot: store.snapshot() }).snapshot()).toEqual(store.snapshot());
    expect(store.listAppImageConfigs().AppImageConfigs).toEqual([]);
    expect(store.listDomains().Domains).toEqual([]);
  });

  it('is checked as strictly as version 2: a version 1 snapshot with a version 2 member of the wrong shape is refused', () => {
    const damaged = structuredClone(V1) as { namespaces: Record<string, unknown>[] };
    damaged.namespaces[0]!['domains'] = [{ DomainId: 'bad' }];
    expect(() => new ImageStore({ snapshot: damaged as never })).toThrow(/cannot restore the snapshot: snapshot\.namespaces\[0\]\.domains\[0\]/);
    expect(() => new ImageStore({ snapshot: { ...V1, version: 0 } as never })).toThrow(/reads versions 1 and 2, not 0/);
  });

  it('is not changed by restoring it', () => {
    const before = JSON.stringify(V1);
    restored();
    expect(JSON.stringify(V1)).toBe(before);
  });
});
