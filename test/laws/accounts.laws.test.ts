// Laws of decision 0038: a store's accounts are independent. Scoped reset, snapshot and restore of
// one account never change what another account holds, whatever calls came before or after.
import fc from 'fast-check';
import { createManualClock, ImageStore } from 'sagemaker-image-mock';
import { runSteps, steps } from '../support/call-steps';

const A = '111111111111';
const B = '222222222222';
const LIFECYCLE = { creating: 1000, updating: 500, deleting: 700 };

/** What an account holds, without the store-wide counters a scoped picture also carries. */
function held(store: ImageStore, accountId: string): unknown {
  const { namespaces, transitions, failures, accountThrottles } = store.snapshot({ accountId }) as unknown as Record<string, { pending?: { seq: number }[] }>;
  // seq orders transitions store-wide: a restore renumbers them, keeping their order.
  const pending = (transitions as { pending: { seq: number }[] }).pending.map((t) => ({ ...t, seq: undefined }));
  return { namespaces, pending, failures, accountThrottles };
}

const sequence = fc.array(fc.oneof(...steps), { maxLength: 12 });

describe('laws of accounts (decision 0038)', () => {
  it('a scoped snapshot restored into its account gives that account back, and leaves every other account as it is', () => {
    fc.assert(
      fc.property(sequence, sequence, sequence, sequence, fc.integer({ min: 0, max: 2 }), (a1, b1, a2, b2, throttles) => {
        const clock = createManualClock(new Date('2024-01-01T00:00:00Z'));
        const store = new ImageStore({ clock, lifecycle: LIFECYCLE });
        runSteps(store, clock, a1, { accountId: A });
        runSteps(store, clock, b1, { accountId: B });
        store.throttleNext(throttles, { accountId: A });
        const picture = store.snapshot({ accountId: A });
        const heldA = held(store, A);
        runSteps(store, clock, a2, { accountId: A });
        runSteps(store, clock, b2, { accountId: B });
        const heldB = held(store, B);
        store.restore(JSON.parse(JSON.stringify(picture)) as typeof picture, { accountId: A });
        expect(held(store, A)).toEqual(heldA);
        expect(held(store, B)).toEqual(heldB);
        store.reset({ accountId: A });
        expect((store.snapshot({ accountId: A }) as unknown as { namespaces: unknown[] }).namespaces).toEqual([]);
        expect(held(store, B)).toEqual(heldB);
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || 60 },
    );
  });
});
