// Law of decision 0023: restore after snapshot is the identity, under every operation.
import fc from 'fast-check';
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import type { ErrorInjection, FailureInjection, ManualClock, OperationStub, StoreSnapshot } from 'sagemaker-image-mock';
import { inputOf, remember, steps } from '../support/call-steps';
import type { Step, StepMemory } from '../support/call-steps';

/** Besides calls and clock advances, a snapshot keeps planned failures, throttles, errors and stubs: plan them too, and call the stubbed operations. */
type Plan = { readonly fail: FailureInjection } | { readonly throttle: number } | { readonly error: ErrorInjection } | { readonly stub: OperationStub } | { readonly unimplemented: string };
const UNIMPLEMENTED = ['CreateUserProfile', 'DescribeUserProfile'];
const T0 = new Date('2024-01-01T00:00:00Z');

const plans: fc.Arbitrary<Plan>[] = [
  fc.tuple(
    fc.constantFrom(...(['CreateImage', 'UpdateImage', 'DeleteImage', 'CreateImageVersion', 'DeleteImageVersion'] as const)),
    fc.constantFrom('a', 'b'),
  ).map(([operation, ImageName]) => ({
    fail: operation === 'CreateImageVersion' || operation === 'DeleteImageVersion' ? { operation, ImageName, Version: 1, FailureReason: 'planned' } : { operation, ImageName, FailureReason: 'planned' },
  })),
  fc.integer({ min: 1, max: 2 }).map((throttle) => ({ throttle })),
  fc.record({ code: fc.constantFrom('AccessDeniedException', 'InternalFailure'), operation: fc.constantFrom('ListImages', 'CreateImage'), count: fc.integer({ min: 1, max: 2 }) }, { requiredKeys: ['code'] }).map((error) => ({ error })),
  fc.record(
    {
      operation: fc.constantFrom(...UNIMPLEMENTED),
      answer: fc.oneof(fc.record({ output: fc.record({ N: fc.nat(), At: fc.date({ min: T0, max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }) }) }), fc.record({ error: fc.record({ code: fc.constantFrom('ResourceNotFound', 'InternalFailure') }) })),
      count: fc.integer({ min: 1, max: 2 }),
    },
    { requiredKeys: ['operation', 'answer'] },
  ).map(({ answer, ...rest }) => ({ stub: { ...rest, ...answer } as OperationStub })),
  fc.constantFrom(...UNIMPLEMENTED).map((unimplemented) => ({ unimplemented })),
];

const LIFECYCLE = { creating: 1000, updating: 500, deleting: 700 };

/** Runs a sequence on a store: each output, or the error's name and message; NextTokens are fed back. */
function run(store: ImageStore, clock: ManualClock, sequence: readonly (Step | Plan)[], memory: StepMemory): unknown[] {
  return sequence.map((step) => {
    if ('fail' in step) return { planned: store.failNext(step.fail) };
    if ('throttle' in step) return { throttled: store.throttleNext(step.throttle) };
    if ('error' in step) return { planned: store.errorNext(step.error) };
    if ('stub' in step) return { planned: store.stubOperation(step.stub) };
    if ('advance' in step) {
      clock.advance(step.advance);
      return { advance: step.advance };
    }
    try {
      if ('unimplemented' in step) return { ok: store.callUnimplemented(step.unimplemented, {}) };
      const output = store.call(step.command, inputOf(step, memory)) as Record<string, unknown>;
      remember(step, output, memory);
      return { ok: output };
    } catch (error) {
      return { error: [(error as Error).name, (error as Error).message] };
    }
  });
}

const sequence = fc.array(fc.oneof<fc.Arbitrary<Step | Plan>[]>(...steps, ...plans), { size: '+1' });

/** A start with what random calls rarely reach: a deleted version and a deleted image (a picture that drops them must show). */
function remembering(store: ImageStore, clock: ManualClock): void {
  store.seed({ ImageName: 'a', Versions: [{ BaseImage: 'b1', Aliases: ['x'] }, { BaseImage: 'b2' }, { BaseImage: 'b3' }] }, { ImageName: 'b' });
  store.deleteImageVersion({ ImageName: 'a', Version: 2 });
  store.deleteImage({ ImageName: 'b' });
  clock.advance(1000);
}

/** Calls that read what a store remembers of deleted images and versions. */
const probes: Step[] = [
  ...[1, 2, 3, 4].map((Version) => ({ command: 'DescribeImageVersion' as const, input: { ImageName: 'a', Version } })),
  ...['a', 'b', 'Cc'].map((ImageName) => ({ command: 'DescribeImage' as const, input: { ImageName } })),
];

describe('laws of snapshots (decision 0023)', () => {
  it('restore after snapshot is the identity: the restored store answers every later call exactly as the original does', () => {
    fc.assert(
      // deletedWaiterCompat makes what a store remembers of deleted images and versions answerable,
      // so a picture that loses it (on both sides) still shows in the answers.
      fc.property(sequence, sequence, fc.boolean(), fc.boolean(), fc.boolean(), (before, after, intoExisting, deletedWaiterCompat, remember) => {
        const clockA = createManualClock(T0);
        const a = new ImageStore({ clock: clockA, lifecycle: LIFECYCLE, deletedWaiterCompat });
        if (remember) remembering(a, clockA);
        const tokens: StepMemory = {};
        run(a, clockA, before, tokens);
        const picture = JSON.parse(JSON.stringify(a.snapshot())) as StoreSnapshot;
        const clockB = createManualClock(clockA.now());
        let b: ImageStore;
        if (intoExisting) {
          b = new ImageStore({ clock: clockB, lifecycle: LIFECYCLE, deletedWaiterCompat });
          b.seed({ ImageName: 'left-over' });
          b.restore(picture);
        } else {
          b = new ImageStore({ clock: clockB, lifecycle: LIFECYCLE, deletedWaiterCompat, snapshot: picture });
        }
        expect(b.snapshot()).toEqual(picture);
        const tokensB = { ...tokens };
        expect(run(b, clockB, [...probes, ...after, ...probes], tokensB)).toEqual(run(a, clockA, [...probes, ...after, ...probes], tokens));
        expect(b.snapshot()).toEqual(a.snapshot());
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || 200 },
    );
  });

  it('a snapshot survives JSON: parsing its text back gives an equal picture', () => {
    fc.assert(
      fc.property(sequence, (calls) => {
        const clock = createManualClock(T0);
        const store = new ImageStore({ clock, lifecycle: LIFECYCLE });
        run(store, clock, calls, {});
        const picture = store.snapshot();
        expect(JSON.parse(JSON.stringify(picture))).toEqual(picture);
      }),
    );
  });

  it('a damaged snapshot is a TypeError naming what is wrong, and the store is left as it was', () => {
    const store = new ImageStore();
    store.seed({ ImageName: 'kept' });
    const good = JSON.parse(JSON.stringify(new ImageStore({ clock: createManualClock(T0) }).snapshot())) as Record<string, unknown>;
    const damage = fc.oneof(
      fc.constant<(s: Record<string, unknown>) => unknown>(() => null),
      fc.constant<(s: Record<string, unknown>) => unknown>((s) => ({ ...s, format: 'other' })),
      fc.constant<(s: Record<string, unknown>) => unknown>((s) => ({ ...s, version: 2 })),
      fc.constantFrom('revision', 'tokenSecret', 'throttledCalls', 'namespaces', 'transitions', 'failures').chain((key) =>
        fc.jsonValue().map((value) => (s: Record<string, unknown>) => ({ ...s, [key]: value })),
      ),
      fc.jsonValue().map((image) => (s: Record<string, unknown>) => ({ ...s, namespaces: [{ accountId: '123456789012', region: 'us-east-1', deletedImages: [], images: [image] }] })),
    );
    fc.assert(
      fc.property(damage, (harm) => {
        const broken = harm(good);
        let accepted = false;
        try {
          new ImageStore().restore(broken as StoreSnapshot);
          accepted = true;
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
          expect((error as Error).message).toMatch(/^sagemaker-image-mock: cannot restore the snapshot: snapshot/);
          expect(() => store.restore(broken as StoreSnapshot)).toThrow(TypeError);
        }
        if (accepted) {
          // Damage that left a valid snapshot (a revision of another number, say): held exactly as pictured.
          const held = new ImageStore();
          held.restore(broken as StoreSnapshot);
          expect(held.snapshot()).toEqual(broken);
          return;
        }
        expect(store.listImages({}).Images?.map((i) => i.ImageName)).toEqual(['kept']);
      }),
    );
  });
});
