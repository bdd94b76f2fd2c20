import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { DOORS, usePropertyRunsOn, withDoor } from '../support/doors';
import type { Door } from '../support/doors';
import { imageName, listQuery } from '../support/arbitraries';
import { rejectionOf } from '../support/errors';

// The oracle writes the expected texts itself (behaviour §4), from constraints read off the model by eye.
const item = (value: string, path: string, phrase: string) => `Value '${value}' at '${path}' failed to satisfy constraint: Member must ${phrase}`;
const message = (items: string[]) => `${items.length} validation error${items.length === 1 ? '' : 's'} detected: ${items.join('; ')}`;

interface Break {
  readonly member: string;
  readonly value: unknown;
  readonly item: string;
}

const notIn = (values: string[]) => fc.string().filter((s) => !values.includes(s));
const badNameChar = fc.constantFrom('_', ' ', '!', '/', 'é', '😀');

// Each arbitrary breaks exactly one constraint of one ListImages member (model order of members).
const listBreaks: Record<string, fc.Arbitrary<Break>> = {
  MaxResults: fc.oneof(
    fc.integer({ min: -(2 ** 31), max: 0 }).map((n) => ({ member: 'MaxResults', value: n, item: item(`${n}`, 'maxResults', 'have value greater than or equal to 1') })),
    fc.integer({ min: 101, max: 2 ** 31 - 1 }).map((n) => ({ member: 'MaxResults', value: n, item: item(`${n}`, 'maxResults', 'have value less than or equal to 100') })),
  ),
  NameContains: fc.oneof(
    fc.stringMatching(/^[a-zA-Z0-9\-.]{64,100}$/).map((s) => ({ member: 'NameContains', value: s, item: item(s, 'nameContains', 'have length less than or equal to 63') })),
    fc
      .tuple(fc.stringMatching(/^[a-zA-Z0-9\-.]{0,30}$/), badNameChar, fc.stringMatching(/^[a-zA-Z0-9\-.]{0,30}$/))
      .map(([a, bad, b]) => a + bad + b)
      .map((s) => ({ member: 'NameContains', value: s, item: item(s, 'nameContains', 'satisfy regular expression pattern: ^[a-zA-Z0-9\\-.]+$') })),
  ),
  NextToken: fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\n', '\r'), fc.string({ maxLength: 20 }))
    .map(([a, nl, b]) => a + nl + b)
    .map((s) => ({ member: 'NextToken', value: s, item: item(s, 'nextToken', 'satisfy regular expression pattern: .*') })),
  SortBy: notIn(['CREATION_TIME', 'LAST_MODIFIED_TIME', 'IMAGE_NAME']).map((s) => ({
    member: 'SortBy',
    value: s,
    item: item(s, 'sortBy', 'satisfy enum value set: [CREATION_TIME, LAST_MODIFIED_TIME, IMAGE_NAME]'),
  })),
  SortOrder: notIn(['ASCENDING', 'DESCENDING']).map((s) => ({
    member: 'SortOrder',
    value: s,
    item: item(s, 'sortOrder', 'satisfy enum value set: [ASCENDING, DESCENDING]'),
  })),
};
const MEMBER_ORDER = ['MaxResults', 'NameContains', 'NextToken', 'SortBy', 'SortOrder'];

describe.each(DOORS)('laws of validation, $name', (factory) => {
  usePropertyRunsOn(factory);
  const rejected = (send: (door: Door) => Promise<unknown>) => withDoor(factory, {}, (door) => rejectionOf(send(door)));

  it('breaking exactly one constraint of a valid input yields exactly that one violation', async () => {
    await fc.assert(
      fc.asyncProperty(listQuery, fc.oneof(...Object.values(listBreaks)), async (query, broken) => {
        const error = await rejected((door) => door.client().send(new ListImagesCommand({ ...query, [broken.member]: broken.value })));
        expect([error.name, error.message]).toEqual(['ValidationException', message([broken.item])]);
      }),
    );
  });

  it('breaking several members lists every violation, in the model member order', async () => {
    const several = fc.subarray(MEMBER_ORDER, { minLength: 2 }).chain((members) => fc.tuple(...members.map((m) => listBreaks[m]!)));
    await fc.assert(
      fc.asyncProperty(listQuery, several, fc.boolean(), async (query, breaks, shuffle) => {
        const input: Record<string, unknown> = { ...query };
        for (const b of shuffle ? [...breaks].reverse() : breaks) input[b.member] = b.value;
        const error = await rejected((door) => door.client().send(new ListImagesCommand(input)));
        expect(error.message).toBe(message(breaks.map((b) => b.item)));
      }),
    );
  });

  it('an ImageName outside the pattern (and within the length) is exactly one pattern violation', async () => {
    const badName = fc.tuple(imageName, badNameChar, fc.nat()).map(([name, bad, at]) => {
      const i = at % (name.length + 1);
      return (name.slice(0, i) + bad + name.slice(i)).slice(0, 63);
    });
    await fc.assert(
      fc.asyncProperty(badName, async (name) => {
        fc.pre(!/^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$/.test(name));
        const error = await rejected((door) => door.client().send(new DescribeImageCommand({ ImageName: name })));
        expect(error.message).toBe(message([item(name, 'imageName', 'satisfy regular expression pattern: ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$')]));
      }),
    );
  });

  it('a member of the wrong type is a SerializationException naming it, whatever else is wrong', async () => {
    const wrongFor: Record<string, fc.Arbitrary<unknown>> = {
      CreationTimeAfter: fc.oneof(fc.string(), fc.boolean(), fc.constant(new Date(Number.NaN)), fc.constant(Number.NaN), fc.object()),
      LastModifiedTimeBefore: fc.oneof(fc.string(), fc.array(fc.integer()), fc.constant(Number.POSITIVE_INFINITY)),
      MaxResults: fc.oneof(fc.string(), fc.double({ noInteger: true }), fc.boolean(), fc.constant(2 ** 31), fc.array(fc.nat())),
      // (A Date is not among them: the SDK sends it as its ISO string, which is a string.)
      NameContains: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string()), fc.object()),
      SortBy: fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string())),
    };
    const member = fc.constantFrom(...Object.keys(wrongFor));
    await fc.assert(
      fc.asyncProperty(member.chain((m) => fc.tuple(fc.constant(m), wrongFor[m]!)), listQuery, async ([m, value], query) => {
        fc.pre(value !== null && value !== undefined);
        const error = await rejected((door) => door.client().send(new ListImagesCommand({ ...query, SortOrder: 'BAD' as never, [m]: value })));
        expect(error.name).toBe('SerializationException');
        expect(error.message).toContain(`'${m.charAt(0).toLowerCase()}${m.slice(1)}'`);
      }),
    );
  });
});
