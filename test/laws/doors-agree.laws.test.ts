import * as sagemaker from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import { DOORS, withDoor } from '../support/doors';
import { inputOf, remember, steps } from '../support/call-steps';
import type { Step, StepMemory } from '../support/call-steps';

/** The SDK's command class of an operation, by its name (`ListImages` -> `ListImagesCommand`). */
function commandFor(operation: string, input: unknown): object {
  const Command = (sagemaker as unknown as Record<string, new (input: unknown) => object>)[`${operation}Command`];
  if (Command === undefined) throw new Error(`no SDK command for ${operation}`);
  return new Command(input);
}

/** What one door answers to the whole sequence: each output without $metadata, or the error's name and message. */
async function transcript(factory: (typeof DOORS)[number], sequence: readonly Step[]): Promise<unknown[]> {
  const clock = createManualClock(new Date('2024-01-01T00:00:00Z'));
  const answers: unknown[] = [];
  const memory: StepMemory = {};
  await withDoor(factory, { clock, tokenSecret: 'same for every door', lifecycle: { creating: 1000, updating: 500, deleting: 700 } }, async (door) => {
    for (const step of sequence) {
      if ('advance' in step) {
        clock.advance(step.advance);
        continue;
      }
      try {
        const output: Record<string, unknown> = { ...(await door.client().send(commandFor(step.command, inputOf(step, memory)) as never)) };
        delete output['$metadata']; // request ids differ by design
        remember(step, output, memory);
        answers.push({ ok: output });
      } catch (error) {
        answers.push({ error: [(error as Error).name, (error as Error).message] });
      }
    }
  });
  return answers;
}

// What this law guards: the doors' translation (serialisation, error decoding, regions, tokens on
// the wire). Every door runs the same store code, so a wrong store rule gives the same wrong answer
// on all three: this law cannot catch one, and is no guard of the store's rules.
describe('laws of the doors', () => {
  it('for any sequence of calls, every door answers the same outputs and the same error names and messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...steps), { minLength: 1, size: '+1' }), async (sequence) => {
        // One door at a time: door 1 intercepts every SageMakerClient while it is open.
        const transcripts: unknown[][] = [];
        for (const factory of DOORS) transcripts.push(await transcript(factory, sequence));
        const [first, ...others] = transcripts;
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: Number(process.env['FC_NUM_RUNS'] ?? '') || 60 },
    );
  }, 600_000);
});
