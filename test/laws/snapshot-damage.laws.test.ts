// Law of decision 0023: a damaged snapshot is refused whole or handled whole. Any damage drawn from
// the arbitrary below (drop, duplicate, retarget, overflow, smuggle a member), done to the snapshot
// of a store built by real operations, is either refused at restore with a TypeError naming the
// path and the store unchanged, or accepted, and then every operation answers it with service
// errors only.
import fc from 'fast-check';
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import type { ManualClock, StoreSnapshot } from 'sagemaker-image-mock';
import { runSteps, steps } from '../support/call-steps';

const LIFECYCLE = { creating: 1000, updating: 500, deleting: 700 };
const T0 = new Date('2024-01-01T00:00:00Z');
const ROLE = 'arn:aws:iam::123456789012:role/r';
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A store with something of every kind: versions, aliases, deleted versions, tokens, tags, pending transitions of each kind, planned failures. */
function richStore(clock: ManualClock): ImageStore {
  const store = new ImageStore({ clock, lifecycle: LIFECYCLE });
  store.seed(
    { ImageName: 'a', Tags: [{ Key: 'k', Value: 'v' }], Versions: [{ BaseImage: 'b1', Aliases: ['x'] }, { BaseImage: 'b2', Aliases: ['y'], Tags: [{ Key: 't', Value: '' }] }, { BaseImage: 'b3' }] },
    { ImageName: 'c', region: 'eu-west-1' },
  );
  store.deleteImageVersion({ ImageName: 'a', Version: 3 });
  store.createImage({ ImageName: 'b', RoleArn: ROLE });
  store.updateImage({ ImageName: 'c', Description: 'd' }, { region: 'eu-west-1' });
  store.failNext({ operation: 'CreateImageVersion', ImageName: 'a', Version: 4, FailureReason: 'planned' });
  clock.advance(2000);
  store.createImageVersion({ ImageName: 'a', BaseImage: 'b4', ClientToken: 't1' });
  store.updateImage({ ImageName: 'b', DisplayName: 'shown' });
  store.deleteImage({ ImageName: 'c' }, { region: 'eu-west-1' });
  store.failNext({ operation: 'DeleteImage', ImageName: 'b', FailureReason: 'planned' });
  // AppImageConfigs and domains: a domain naming them, one updating (its settings before kept), one planned failure.
  store.seedAppImageConfigs({ AppImageConfigName: 'k', KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3' }], FileSystemConfig: { DefaultUid: 1000 } } });
  store.createAppImageConfig({ AppImageConfigName: 'j', JupyterLabAppImageConfig: { ContainerConfig: { ContainerEnvironmentVariables: { K: 'v' } } }, Tags: [{ Key: 'k', Value: 'v' }] });
  const [seeded] = store.seedDomains({ DomainName: 'seeded', DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'a', AppImageConfigName: 'k' }] } } });
  store.updateDomain({ DomainId: seeded!.DomainId!, DefaultUserSettings: { KernelGatewayAppSettings: { CustomImages: [] } } });
  store.createDomain({ DomainName: 'made', AuthMode: 'IAM', DefaultUserSettings: {}, Tags: [{ Key: 'k', Value: 'v' }] });
  store.failNext({ operation: 'DeleteDomain', DomainName: 'made', FailureReason: 'planned' });
  store.throttleNext(0);
  return store;
}


/** Every path into a JSON value, the root's included. */
function pathsOf(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((inner, i) => pathsOf(inner, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, inner] of Object.entries(value)) pathsOf(inner, [...path, key], out);
  return out;
}

function leaves<T>(value: Json, is: (v: Json) => v is T & Json): T[] {
  return pathsOf(value).map((p) => get(value, p)).filter(is);
}

function get(value: Json, path: readonly (string | number)[]): Json {
  let at: Json = value;
  for (const step of path) at = (at as Record<string | number, Json>)[step]!;
  return at;
}

const OVERFLOWS: Json[] = [-1, 0, 0.5, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e300, '', 'x'.repeat(300), '.bad', null, true, {}, []];
const SMUGGLED: Record<string, Json> = {
  scope: { accountId: '999999999999', region: 'eu-west-1' },
  previous: { description: 'smuggled' },
  version: 1,
  versionRevision: 1,
  extra: 'x',
};

type Harm = 'drop' | 'duplicate' | 'retarget' | 'overflow' | 'smuggle' | 'reverse';
interface Damage {
  readonly harm: Harm;
  readonly where: number;
  readonly pick: number;
}

const damage: fc.Arbitrary<Damage> = fc.record({
  harm: fc.constantFrom<Harm>('drop', 'duplicate', 'retarget', 'overflow', 'smuggle', 'reverse'),
  where: fc.nat(),
  pick: fc.nat(),
});

function fits(harm: Harm, root: Json, path: readonly (string | number)[]): boolean {
  const value = get(root, path);
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  switch (harm) {
    case 'duplicate':
      return Array.isArray(get(root, path.slice(0, -1)));
    case 'reverse':
      return Array.isArray(value) && value.length > 1;
    case 'smuggle':
      return isObject;
    case 'retarget':
    case 'overflow':
      return typeof value === 'number' || typeof value === 'string' || (harm === 'overflow' && Array.isArray(value));
    case 'drop':
      return true;
  }
}

/** Does the damage to a copy of `snapshot`; the copy is returned. */
function harmed(snapshot: Json, damages: readonly Damage[]): Json {
  const root = JSON.parse(JSON.stringify(snapshot)) as Json;
  for (const { harm, where, pick } of damages) {
    // Each harm is drawn among the places it applies to, so a rare place (a pending transition, an
    // alias) is hit as often as a common one of its kind.
    const paths = pathsOf(root).filter((p) => p.length > 0 && fits(harm, root, p));
    if (paths.length === 0) continue;
    const path = paths[where % paths.length]!;
    const parent = get(root, path.slice(0, -1)) as Record<string | number, Json>;
    const key = path[path.length - 1]!;
    const value = parent[key]!;
    switch (harm) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else Reflect.deleteProperty(parent, key);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key as number, 0, JSON.parse(JSON.stringify(value)) as Json);
        else {
          const siblings = Object.keys(parent);
          parent[key] = JSON.parse(JSON.stringify(parent[siblings[pick % siblings.length]!])) as Json;
        }
        break;
      case 'retarget': {
        const pool: Json[] =
          typeof value === 'number' ? [...leaves(root, (v): v is number => typeof v === 'number'), value + 1, value - 1]
          : typeof value === 'string' ? leaves(root, (v): v is string => typeof v === 'string')
          : [value];
        parent[key] = pool[pick % pool.length]!;
        break;
      }
      case 'overflow':
        parent[key] = Array.isArray(value) && value.length > 0 && pick % 2 === 0 ? Array.from({ length: 60 }, () => value[0]!) : OVERFLOWS[pick % OVERFLOWS.length]!;
        break;
      case 'smuggle':
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const names = Object.keys(SMUGGLED);
          const name = names[pick % names.length]!;
          value[name] = JSON.parse(JSON.stringify(SMUGGLED[name])) as Json;
        }
        break;
      case 'reverse':
        if (Array.isArray(value)) value.reverse();
        break;
    }
  }
  return root;
}

const sequence = fc.array(fc.oneof(...steps), { maxLength: 15 });
const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? '') || 300;

describe('laws of damaged snapshots (decision 0023)', () => {
  it('a damaged snapshot is refused with a TypeError and the store unchanged, or accepted and then answered with service errors only', () => {
    fc.assert(
      fc.property(sequence, fc.array(damage, { minLength: 1, maxLength: 3 }), sequence, (before, damages, after) => {
        const clock = createManualClock(T0);
        const original = richStore(clock);
        runSteps(original, clock, before);
        const broken = harmed(JSON.parse(JSON.stringify(original.snapshot())) as Json, damages);

        const target = richStore(createManualClock(T0));
        const unchanged = target.snapshot();
        let accepted = false;
        try {
          target.restore(broken as unknown as StoreSnapshot);
          accepted = true;
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^sagemaker-image-mock: cannot restore the snapshot: snapshot\b/);
          expect(target.snapshot()).toEqual(unchanged);
        }
        if (!accepted) return;
        // Accepted: every operation (and every transition as the clock passes it) answers with
        // service errors only, and what the store holds then is a snapshot it accepts again.
        const restoredClock = createManualClock(clock.now());
        const restored = new ImageStore({ clock: restoredClock, lifecycle: LIFECYCLE, snapshot: broken as unknown as StoreSnapshot });
        runSteps(restored, restoredClock, [...after, { advance: 5000 }, ...after]);
        expect(() => new ImageStore({ lifecycle: LIFECYCLE, snapshot: JSON.parse(JSON.stringify(restored.snapshot())) as StoreSnapshot })).not.toThrow();
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
