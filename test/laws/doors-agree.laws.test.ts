import * as sagemaker from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import { DOORS, withDoor } from '../support/doors';
import { listQuery } from '../support/arbitraries';

type Step = { readonly advance: number } | { readonly command: string; readonly input: Record<string, unknown>; readonly nextToken?: boolean };

const name = fc.constantFrom('a', 'b', 'Cc', 'bad name', '');
const version = fc.constantFrom(1, 2, 3, -1);
const alias = fc.constantFrom('x', 'y', '.bad');
const arnOf = (n: string) => `arn:aws:sagemaker:us-east-1:123456789012:image/${n}`;
const oddValue = fc.constantFrom<unknown>('5', 2.5, Number.NaN, true, [], {}, new Date(0));

const steps: fc.Arbitrary<Step>[] = [
  fc.tuple(name, fc.option(fc.constantFrom('d', ''), { nil: undefined })).map(([n, d]) => ({
    command: 'CreateImage',
    input: { ImageName: n, RoleArn: 'arn:aws:iam::123456789012:role/r', ...(d !== undefined && { Description: d }), Tags: [{ Key: 'k', Value: 'v' }] },
  })),
  name.map((n) => ({ command: 'DescribeImage', input: { ImageName: n } })),
  fc.tuple(name, fc.constantFrom('new', '')).map(([n, d]) => ({ command: 'UpdateImage', input: { ImageName: n, Description: d } })),
  name.map((n) => ({ command: 'DeleteImage', input: { ImageName: n } })),
  fc.tuple(listQuery, fc.integer({ min: -1, max: 3 })).map(([q, m]) => ({ command: 'ListImages', input: { ...q, MaxResults: m } })),
  fc.integer({ min: 1, max: 3 }).map((m) => ({ command: 'ListImages', input: { MaxResults: m }, nextToken: true })),
  fc.tuple(name, fc.subarray(['x', 'y', '.bad']), fc.constantFrom('t1', 't2', 't3')).map(([n, aliases, token]) => ({
    command: 'CreateImageVersion',
    input: { ImageName: n, BaseImage: 'b', ClientToken: token, Aliases: aliases },
  })),
  fc.tuple(name, fc.option(version, { nil: undefined }), fc.option(alias, { nil: undefined })).map(([n, v, a]) => ({
    command: 'DescribeImageVersion',
    input: { ImageName: n, ...(v !== undefined && { Version: v }), ...(a !== undefined && { Alias: a }) },
  })),
  fc.tuple(name, version, alias, fc.boolean()).map(([n, v, a, add]) => ({
    command: 'UpdateImageVersion',
    input: { ImageName: n, Version: v, ...(add ? { AliasesToAdd: [a] } : { AliasesToDelete: [a] }) },
  })),
  fc.tuple(name, version).map(([n, v]) => ({ command: 'DeleteImageVersion', input: { ImageName: n, Version: v } })),
  fc.tuple(name, fc.integer({ min: 0, max: 2 })).map(([n, m]) => ({ command: 'ListImageVersions', input: { ImageName: n, MaxResults: m } })),
  fc.tuple(name, fc.option(version, { nil: undefined })).map(([n, v]) => ({ command: 'ListAliases', input: { ImageName: n, ...(v !== undefined && { Version: v }) } })),
  fc.tuple(name, fc.constantFrom('k', 'k2', '*')).map(([n, k]) => ({ command: 'AddTags', input: { ResourceArn: arnOf(n), Tags: [{ Key: k, Value: '' }] } })),
  name.map((n) => ({ command: 'ListTags', input: { ResourceArn: arnOf(n) } })),
  fc.tuple(name, fc.constantFrom('k', 'absent')).map(([n, k]) => ({ command: 'DeleteTags', input: { ResourceArn: arnOf(n), TagKeys: [k] } })),
  fc.tuple(fc.constantFrom('MaxResults', 'NameContains', 'CreationTimeAfter', 'SortBy'), oddValue).map(([member, value]) => ({
    command: 'ListImages',
    input: { [member]: value },
  })),
  fc.constantFrom(1, 500, 1000, 5000).map((ms) => ({ advance: ms })),
  // Inputs the SDK's serializer rewrites before the service sees them (decision 0019).
  fc.tuple(name, fc.constantFrom<unknown>([['k', 'v']], [{ Key: new Date(0), Value: 'v' }], [new Date(0)], deepArray(5000), [{ Key: 'k', Value: new String('s') }])).map(
    ([n, Tags]) => ({ command: 'AddTags', input: { ResourceArn: arnOf(n), Tags } }),
  ),
  name.map((n) => ({ command: 'DescribeImage', input: { ImageName: new String(n) } })),
  fc.constantFrom<unknown>(null, () => 1, Symbol('s')).map((ClientToken) => ({ command: 'CreateImageVersion', input: { ImageName: 'a', BaseImage: 'b', ClientToken } })),
];

function deepArray(depth: number): unknown[] {
  let value: unknown[] = ['x'];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

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
  let lastToken: string | undefined;
  await withDoor(factory, { clock, tokenSecret: 'same for every door', lifecycle: { creating: 1000, updating: 500, deleting: 700 } }, async (door) => {
    for (const step of sequence) {
      if ('advance' in step) {
        clock.advance(step.advance);
        continue;
      }
      const input = step.nextToken === true ? { ...step.input, NextToken: lastToken } : step.input;
      try {
        const output: Record<string, unknown> = { ...(await door.client().send(commandFor(step.command, input) as never)) };
        delete output['$metadata']; // request ids differ by design
        if (step.command === 'ListImages' && typeof output['NextToken'] === 'string') lastToken = output['NextToken'];
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
