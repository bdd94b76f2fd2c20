// The snapshot checker (decision 0023): each damage a review found accepted by restore() on 0.x,
// now refused with a TypeError naming the path, the store left exactly as it was.
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import type { StoreSnapshotPicture } from '../../src/store/snapshot/format';

const T0 = new Date('2024-01-01T00:00:00Z');
const LIFECYCLE = { creating: 1000, updating: 500, deleting: 700 };
type Mutable<T> = T extends readonly (infer U)[] ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
// The format's members are internal: this test reads them from the source.
type Picture = Mutable<StoreSnapshotPicture>;
/** A record to damage past its type. */
const loose = (value: object): Record<string, unknown> => value as Record<string, unknown>;

/** A snapshot with versions 1-3 of 'a' (aliases x on 1, y on 2), version 4 deleted, and pending transitions. */
function picture(): Picture {
  const clock = createManualClock(T0);
  const store = new ImageStore({ clock, lifecycle: LIFECYCLE });
  store.seed({ ImageName: 'a', Versions: [{ BaseImage: 'b1', Aliases: ['x'] }, { BaseImage: 'b2', Aliases: ['y'] }, { BaseImage: 'b3' }, { BaseImage: 'b4' }] });
  store.deleteImageVersion({ ImageName: 'a', Version: 4 });
  clock.advance(1000);
  store.updateImage({ ImageName: 'a', Description: 'new' });
  store.createImage({ ImageName: 'b', RoleArn: 'arn:aws:iam::123456789012:role/r' });
  return JSON.parse(JSON.stringify(store.snapshot())) as Picture;
}

const image = (p: Picture) => p.namespaces[0]!.images[0]!;
const pending = (p: Picture, kind: string): Record<string, unknown> => loose(p.transitions.pending.find((t) => t.kind === kind)!);

/** A store holding something, with a transition pending. */
function target(): ImageStore {
  const store = new ImageStore({ clock: createManualClock(T0), lifecycle: LIFECYCLE });
  store.seed({ ImageName: 'kept', Versions: [{ BaseImage: 'k' }] });
  store.createImage({ ImageName: 'pending', RoleArn: 'arn:aws:iam::123456789012:role/r' });
  return store;
}

/** The damage is refused naming `path`, and the store is exactly as it was. */
function expectRefused(damage: (p: Picture) => void, path: string, what?: RegExp): void {
  const p = picture();
  damage(p);
  const store = target();
  const before = store.snapshot();
  let thrown: unknown;
  try {
    store.restore(p);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(TypeError);
  const message = (thrown as Error).message;
  expect(message.startsWith(`sagemaker-image-mock: cannot restore the snapshot: ${path}`)).toBe(true);
  if (what !== undefined) expect(message).toMatch(what);
  expect(store.snapshot()).toEqual(before);
  expect(() => new ImageStore({ snapshot: p })).toThrow(TypeError);
}

describe('the snapshot checker refuses states no sequence of calls can reach', () => {
  it('accepts the snapshot it damages, so each refusal below is the damage', () => {
    const store = target();
    const p = picture();
    store.restore(p);
    expect(store.snapshot()).toEqual(p);
  });

  it.each<[string, (p: Picture) => void, string, RegExp?]>([
    ['an alias naming a missing version', (p) => image(p).aliases.push(['z', 4]), 'snapshot.namespaces[0].images[0].aliases[2]', /names version 4/],
    ['an alias listed twice', (p) => image(p).aliases.push(['x', 2]), 'snapshot.namespaces[0].images[0].aliases[2]', /alias 'x' twice/],
    ['an invalid alias name', (p) => (image(p).aliases[0]![0] = '.bad'), 'snapshot.namespaces[0].images[0].aliases[0][0]'],
    ['a version number listed twice', (p) => image(p).versions.push(image(p).versions[2]!), 'snapshot.namespaces[0].images[0].versions[3].Version'],
    ['versions out of order ([3,1,2] would make "latest" 2)', (p) => image(p).versions.reverse(), 'snapshot.namespaces[0].images[0].versions[1].Version'],
    ['a version above lastVersion', (p) => (image(p).lastVersion = 1), 'snapshot.namespaces[0].images[0].versions[1].Version', /above lastVersion 1/],
    ['a lastVersion no call could leave', (p) => (image(p).lastVersion = 9), 'snapshot.namespaces[0].images[0].lastVersion'],
    ['deletedVersions overlapping live versions', (p) => image(p).deletedVersions.push(2), 'snapshot.namespaces[0].images[0].deletedVersions[1]'],
    ['a snapshot without deletedVersions', (p) => delete loose(image(p))['deletedVersions'], 'snapshot.namespaces[0].images[0].deletedVersions', /expected a list/],
    ['LastModifiedTime before CreationTime', (p) => (image(p).LastModifiedTime = image(p).CreationTime - 1), 'snapshot.namespaces[0].images[0].LastModifiedTime'],
    ['1,000 tags', (p) => (image(p).Tags = Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'v'])), 'snapshot.namespaces[0].images[0].Tags', /1000 tags; a resource holds at most 50/],
    ['a tag key twice', (p) => (image(p).Tags = [['k', '1'], ['k', '2']]), 'snapshot.namespaces[0].images[0].Tags[1]'],
    ['a ClientToken answering another image\'s ARN', (p) => image(p).clientTokens.push(['t', 'arn:aws:sagemaker:us-east-1:123456789012:image-version/other/1']), 'snapshot.namespaces[0].images[0].clientTokens[0][1]'],
    ['the wrong format version', (p) => (loose(p)['version'] = 3), 'snapshot.version'],
    ['a namespace listed twice', (p) => p.namespaces.push({ ...p.namespaces[0]!, images: [] }), 'snapshot.namespaces[1]', /twice/],
    ['an image name listed twice in a namespace', (p) => p.namespaces[0]!.images.push(p.namespaces[0]!.images[0]!), 'snapshot.namespaces[0].images[2].ImageName'],
    ['a deleted image name that is live', (p) => p.namespaces[0]!.deletedImages.push('a'), 'snapshot.namespaces[0].deletedImages[0]'],
    ['transitions.seq at MAX_SAFE_INTEGER', (p) => (p.transitions.seq = Number.MAX_SAFE_INTEGER), 'snapshot.transitions.seq', /out of range/],
    ['a negative transitions.seq', (p) => (p.transitions.seq = -1), 'snapshot.transitions.seq'],
    ['transitions.seq below a pending seq', (p) => (p.transitions.seq = 1), 'snapshot.transitions.pending[0].seq'],
    ['a negative revision', (p) => (p.revision = -5), 'snapshot.revision'],
    ['a revision below a record\'s', (p) => (p.revision = 1), 'snapshot.namespaces[0].images[0].modifiedRevision', /beyond the store's revision 1/],
    ['a pending transition listed twice', (p) => p.transitions.pending.push(p.transitions.pending[0]!), 'snapshot.transitions.pending[2].seq', /twice/],
    ['an image-updated transition without previous', (p) => delete pending(p, 'image-updated')['previous'], 'snapshot.transitions.pending[0].previous', /is required/],
    ['a pending transition with scope null', (p) => (pending(p, 'image-created')['scope'] = null), 'snapshot.transitions.pending[1].scope', /not a member/],
    ['a pending transition smuggling a scope', (p) => (pending(p, 'image-created')['scope'] = { accountId: '999999999999', region: 'eu-west-1' }), 'snapshot.transitions.pending[1].scope'],
    ['a transition due before its image\'s last change (it would move LastModifiedTime back)', (p) => (pending(p, 'image-updated')['until'] = 1), 'snapshot.transitions.pending[0].until'],
    ['a version on an image transition', (p) => (pending(p, 'image-created')['version'] = 1), 'snapshot.transitions.pending[1].version'],
    ['an unknown transition kind', (p) => (pending(p, 'image-created')['kind'] = 'image-renamed'), 'snapshot.transitions.pending[1].kind'],
    ['a failure of an operation that cannot fail', (p) => (loose(p)['failures'] = [{ operation: 'DescribeImage', namespace: '123456789012/us-east-1', name: 'a', reason: 'r' }]), 'snapshot.failures[0].operation'],
    ['a failure with a version on an image operation', (p) => p.failures.push({ operation: 'CreateImage', namespace: '123456789012/us-east-1', name: 'a', version: 1, reason: 'r' }), 'snapshot.failures[0].version'],
    ['a member the format does not have', (p) => (loose(p)['extra'] = 1), 'snapshot.extra'],
    ['a token secret that does not read back as itself', (p) => (p.tokenSecret = 'A'), 'snapshot.tokenSecret'],
    ['a negative throttledCalls', (p) => (p.throttledCalls = -1), 'snapshot.throttledCalls'],
  ])('refuses %s', (...[, damage, path, what]) => {
    expectRefused(damage, path, what);
  });

  it('bounds a resource\'s tags by the loading store\'s limit when it is above the model\'s 50', () => {
    const store = new ImageStore({ limits: { tagsPerResource: 100 } });
    store.seed({ ImageName: 'a' });
    store.addTags({ ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/a', Tags: Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: '' })) });
    store.addTags({ ResourceArn: 'arn:aws:sagemaker:us-east-1:123456789012:image/a', Tags: Array.from({ length: 30 }, (_, i) => ({ Key: `j${i}`, Value: '' })) });
    const snapshot = store.snapshot();
    expect(() => new ImageStore({ limits: { tagsPerResource: 100 }, snapshot })).not.toThrow();
    expect(() => new ImageStore({ snapshot })).toThrow(/Tags: 80 tags; a resource holds at most 50/);
  });
});
