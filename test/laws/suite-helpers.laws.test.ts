// Laws of decision 0030: advanceUntilSettled drives any chain of timers to its end, whatever the
// delays (the SDK's waiters draw theirs at random) and whatever the step; and it stops at the
// first step at or after the chain's last timer.
import fc from 'fast-check';
import { advanceUntilSettled } from 'sagemaker-image-mock';

/** Waits each delay in turn on (fake) setTimeout, as a waiter sleeps between polls; resolves with the count. */
async function chain(delays: number[]): Promise<number> {
  for (const delay of delays) await new Promise((resolve) => setTimeout(resolve, delay));
  return delays.length;
}

describe('advanceUntilSettled (decision 0030)', () => {
  afterEach(() => jest.useRealTimers());

  it('settles any chain of timers, with any step, stopping at the first step after its last timer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 6 }), fc.integer({ min: 5_000, max: 600_000 }), async (delays, step) => {
        jest.useFakeTimers();
        try {
          let advanced = 0;
          const result = await advanceUntilSettled(
            chain(delays),
            async (ms) => {
              advanced += ms;
              await jest.advanceTimersByTimeAsync(ms);
            },
            { step, maxTime: 6 * 600_000 + step },
          );
          expect(result).toBe(delays.length);
          const total = delays.reduce((sum, delay) => sum + delay, 0);
          expect(advanced).toBe(delays.length === 0 ? 0 : step * Math.max(1, Math.ceil(total / step)));
        } finally {
          jest.useRealTimers();
        }
      }),
      { numRuns: 50 },
    );
  });

  it('rejects as the chain rejects, at the time it rejects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 600_000 }), fc.string(), async (delay, reason) => {
        jest.useFakeTimers();
        try {
          const failing = chain([delay]).then(() => Promise.reject(new Error(reason)));
          await expect(advanceUntilSettled(failing, (ms) => jest.advanceTimersByTimeAsync(ms))).rejects.toThrow(new Error(reason));
        } finally {
          jest.useRealTimers();
        }
      }),
      { numRuns: 50 },
    );
  });
});
