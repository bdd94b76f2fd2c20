import {
  AddTagsCommand,
  CreateImageCommand,
  CreateImageVersionCommand,
  DeleteImageCommand,
  DeleteImageVersionCommand,
  DeleteTagsCommand,
  DescribeImageCommand,
  DescribeImageVersionCommand,
  ListAliasesCommand,
  ListImagesCommand,
  ListImageVersionsCommand,
  ListTagsCommand,
  UpdateImageCommand,
  UpdateImageVersionCommand,
} from '@aws-sdk/client-sagemaker';
import type { ListImageVersionsCommandOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import type { ManualClock } from 'sagemaker-image-mock';
import { DOORS, runsOn, withDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';
import type { Model } from './family-model';
import { begin, DURATION, isBusy, newModel, settle } from './family-model';

interface Real {
  client: SageMakerClient;
  clock: ManualClock;
}

const ROLE = 'arn:aws:iam::123456789012:role/r';
const NAMES = ['a', 'b', 'Cc'];
const ALIASES = ['x', 'y', 'z'];
const arn = (name: string) => `arn:aws:sagemaker:us-east-1:123456789012:image/${name}`;
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sends a command; returns its output, or the error's name when the model said it must fail. */
async function outcome(real: Real, command: object, expectedError: string | undefined): Promise<unknown> {
  const sent = real.client.send(command as never);
  if (expectedError === undefined) return sent;
  const error = await rejectionOf(sent);
  expect(error.name).toBe(expectedError);
  return undefined;
}

type Cmd = fc.AsyncCommand<Model, Real>;

const base = (label: string, run: (m: Model, r: Real) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (m, r) => {
    settle(m);
    await run(m, r);
  },
  toString: () => label,
});

const commands: fc.Arbitrary<Cmd>[] = [
  fc.constantFrom(...NAMES).map((name) =>
    base(`CreateImage(${name})`, async (m, r) => {
      const taken = m.images.has(name);
      await outcome(r, new CreateImageCommand({ ImageName: name, RoleArn: ROLE }), taken ? 'ResourceInUse' : undefined);
      if (!taken) {
        const image = { status: '', lastVersion: 0, versions: new Map(), aliases: new Map(), tags: new Map() };
        begin(m, image, 'CREATING', 'creating', 'CREATED');
        m.images.set(name, image);
      }
    }),
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 5 })).map(([name, description]) =>
    base(`UpdateImage(${name}, ${JSON.stringify(description)})`, async (m, r) => {
      const image = m.images.get(name);
      const error = image === undefined ? 'ResourceNotFound' : isBusy(image.status) ? 'ResourceInUse' : undefined;
      await outcome(r, new UpdateImageCommand({ ImageName: name, Description: description }), error);
      if (image !== undefined && error === undefined) {
        image.description = description;
        begin(m, image, 'UPDATING', 'updating', 'CREATED');
      }
    }),
  ),
  fc.constantFrom(...NAMES).map((name) =>
    base(`DeleteImage(${name})`, async (m, r) => {
      const image = m.images.get(name);
      const busy = image !== undefined && (isBusy(image.status) || [...image.versions.values()].some((v) => isBusy(v.status)));
      const error = image === undefined ? 'ResourceNotFound' : busy ? 'ResourceInUse' : undefined;
      await outcome(r, new DeleteImageCommand({ ImageName: name }), error);
      if (image !== undefined && error === undefined) begin(m, image, 'DELETING', 'deleting', 'GONE');
    }),
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.subarray(ALIASES)).map(([name, aliases]) =>
    base(`CreateImageVersion(${name}, [${aliases.join(',')}])`, async (m, r) => {
      const image = m.images.get(name);
      let error: string | undefined;
      if (image === undefined) error = 'ResourceNotFound';
      else if (image.status !== 'CREATED') error = 'ValidationException';
      else if ([...image.versions.values()].some((v) => v.status === 'CREATING')) error = 'ResourceInUse';
      else if (aliases.some((a) => image.aliases.has(a))) error = 'ValidationException';
      const out = (await outcome(r, new CreateImageVersionCommand({ ImageName: name, BaseImage: 'b', Aliases: aliases }), error)) as
        | { ImageVersionArn?: string }
        | undefined;
      if (image !== undefined && error === undefined) {
        image.lastVersion += 1;
        const version = { status: '' };
        begin(m, version, 'CREATING', 'creating', 'CREATED');
        image.versions.set(image.lastVersion, version);
        for (const a of aliases) image.aliases.set(a, image.lastVersion);
        expect(out?.ImageVersionArn).toBe(`arn:aws:sagemaker:us-east-1:123456789012:image-version/${name.toLowerCase()}/${image.lastVersion}`);
      }
    }),
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 4 })).map(([name, n]) =>
    base(`DeleteImageVersion(${name}, ${n})`, async (m, r) => {
      const image = m.images.get(name);
      const version = image?.versions.get(n);
      let error: string | undefined;
      if (image === undefined || version === undefined) error = 'ResourceNotFound';
      else if (isBusy(image.status) || isBusy(version.status)) error = 'ResourceInUse';
      await outcome(r, new DeleteImageVersionCommand({ ImageName: name, Version: n }), error);
      if (version !== undefined && error === undefined) begin(m, version, 'DELETING', 'deleting', 'GONE');
    }),
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.integer({ min: 1, max: 4 }), fc.constantFrom(...ALIASES), fc.boolean()).map(([name, n, alias, add]) =>
    base(`${add ? 'Add' : 'Remove'}Alias(${name}, ${n}, ${alias})`, async (m, r) => {
      const image = m.images.get(name);
      const version = image?.versions.get(n);
      let error: string | undefined;
      if (image === undefined || version === undefined) error = 'ResourceNotFound';
      else if (isBusy(image.status) || isBusy(version.status)) error = 'ResourceInUse';
      else if (add && image.aliases.has(alias) && image.aliases.get(alias) !== n) error = 'ValidationException';
      const change = add ? { AliasesToAdd: [alias] } : { AliasesToDelete: [alias] };
      await outcome(r, new UpdateImageVersionCommand({ ImageName: name, Version: n, ...change }), error);
      if (image !== undefined && error === undefined) {
        if (add) image.aliases.set(alias, n);
        else if (image.aliases.get(alias) === n) image.aliases.delete(alias);
      }
    }),
  ),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('k1', 'k2', 'k3'), fc.option(fc.constantFrom('', 'v', 'w'), { nil: undefined })).map(
    ([name, key, value]) =>
      base(`${value === undefined ? 'DeleteTags' : 'AddTags'}(${name}, ${key}${value === undefined ? '' : `=${value}`})`, async (m, r) => {
        const image = m.images.get(name);
        const command =
          value === undefined
            ? new DeleteTagsCommand({ ResourceArn: arn(name), TagKeys: [key] })
            : new AddTagsCommand({ ResourceArn: arn(name), Tags: [{ Key: key, Value: value }] });
        await outcome(r, command, image === undefined ? 'ValidationException' : undefined);
        if (image !== undefined) {
          if (value === undefined) image.tags.delete(key);
          else image.tags.set(key, value);
        }
      }),
  ),
  fc.constantFrom(...NAMES).map((name) =>
    base(`Describe(${name})`, async (m, r) => {
      const image = m.images.get(name);
      const out = (await outcome(r, new DescribeImageCommand({ ImageName: name }), image === undefined ? 'ResourceNotFound' : undefined)) as
        | { ImageStatus?: string; Description?: string }
        | undefined;
      if (image !== undefined) expect({ status: out?.ImageStatus, description: out?.Description }).toEqual({ status: image.status, description: image.description });
      if (image === undefined) return;
      const latest = Math.max(...image.versions.keys());
      const described = (await outcome(
        r,
        new DescribeImageVersionCommand({ ImageName: name }),
        image.versions.size === 0 ? 'ResourceNotFound' : undefined,
      )) as { Version?: number; ImageVersionStatus?: string } | undefined;
      if (image.versions.size > 0) expect([described?.Version, described?.ImageVersionStatus]).toEqual([latest, image.versions.get(latest)!.status]);
    }),
  ),
  fc.integer({ min: 1, max: 3 }).map((pageSize) =>
    base(`ListEverything(pageSize ${pageSize})`, async (m, r) => {
      const listed: [string, string][] = [];
      let NextToken: string | undefined;
      do {
        const page = await r.client.send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING', MaxResults: pageSize, NextToken }));
        listed.push(...page.Images!.map((i): [string, string] => [i.ImageName!, i.ImageStatus!]));
        NextToken = page.NextToken;
      } while (NextToken !== undefined);
      expect(listed).toEqual([...m.images].map(([n, i]): [string, string] => [n, i.status]).sort((a, b) => byString(a[0], b[0])));
      for (const [name, image] of m.images) {
        const versions: [number, string][] = [];
        NextToken = undefined;
        do {
          const page: ListImageVersionsCommandOutput = await r.client.send(
            new ListImageVersionsCommand({ ImageName: name, SortBy: 'VERSION', SortOrder: 'ASCENDING', MaxResults: pageSize, NextToken }),
          );
          versions.push(...page.ImageVersions!.map((v): [number, string] => [v.Version!, v.ImageVersionStatus!]));
          NextToken = page.NextToken;
        } while (NextToken !== undefined);
        expect(versions).toEqual([...image.versions].map(([n, v]): [number, string] => [n, v.status]).sort((a, b) => a[0] - b[0]));
        const aliases = (await r.client.send(new ListAliasesCommand({ ImageName: name }))).SageMakerImageVersionAliases;
        expect(aliases).toEqual([...image.aliases.keys()].sort(byString));
        const tags = (await r.client.send(new ListTagsCommand({ ResourceArn: arn(name) }))).Tags;
        expect(tags).toEqual([...image.tags].sort((a, b) => byString(a[0], b[0])).map(([Key, Value]) => ({ Key, Value })));
      }
    }),
  ),
  fc.constantFrom(1, DURATION.updating, DURATION.deleting, DURATION.creating, 2500).map((ms) =>
    base(`Advance(${ms} ms)`, (m, r) => {
      m.now += ms;
      r.clock.advance(ms);
      return Promise.resolve();
    }),
  ),
];

describe.each(DOORS)('model-based: the image family against a simple model, $name', (factory) => {
  it('agrees with the model on every step of any command sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { size: '+1' }), async (cmds) => {
        const start = new Date('2024-01-01T00:00:00Z');
        const clock = createManualClock(start);
        await withDoor(factory, { clock, lifecycle: DURATION }, (door) =>
          fc.asyncModelRun(() => ({ model: newModel(start.getTime()), real: { client: door.client(), clock } }), cmds),
        );
      }),
      runsOn(factory, 300),
    );
  }, 600_000);
});
