import {
  CreateDomainCommand,
  CreateImageCommand,
  DeleteImageCommand,
  DescribeImageCommand,
  ListImagesCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import type { CliRun } from '../../support/cli';
import { runCli as cli } from '../../support/cli';

// SPEC §15: every store option a Jest user has, `serve` has too, as a flag; a bad value is refused
// before listening (exit 2) naming the flag and what it takes. Each flag is seen through a real client.

const ROLE = 'arn:aws:iam::123456789012:role/r';
const clientAt = (url: string) =>
  new SageMakerClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'a', secretAccessKey: 'b' }, maxAttempts: 1 });
const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => (error as Error).name);

async function control(url: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/_mock/${path}`, { method: 'POST', ...(body !== undefined && { body: JSON.stringify(body) }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Starts one server per flag set at once; runs `check` on each URL; stops them all. */
async function withServers(argsList: readonly (readonly string[])[], check: (urls: string[]) => Promise<void>): Promise<void> {
  const runs: CliRun[] = argsList.map((args) => cli(['serve', '--port', '0', '--quiet', ...args]));
  try {
    await check(await Promise.all(runs.map((run) => run.listening())));
  } finally {
    for (const run of runs) run.child.kill('SIGTERM');
    await Promise.all(runs.map((run) => run.exited));
  }
}

describe('serve: the store options as flags', () => {
  it('--name-contains, --list-paging, --limits, --deleted-waiter-compat, --custom-images each change what a client sees (the defaults beside them; a clock that is not manual is not moved)', async () => {
    await withServers(
      [
        [],
        ['--name-contains', 'case-insensitive', '--list-paging', 'limit-before-filter', '--limits', 'images=2,tagsPerResource=1'],
        ['--deleted-waiter-compat', '--custom-images', 'unchecked'],
      ],
      async ([plain, listing, compat]) => {
        for (const url of [plain!, listing!, compat!]) await control(url, 'seed', [{ ImageName: 'Alpha' }, { ImageName: 'beta' }]);
        const names = async (url: string, input: ConstructorParameters<typeof ListImagesCommand>[0]) =>
          ((await clientAt(url).send(new ListImagesCommand({ SortBy: 'IMAGE_NAME', SortOrder: 'ASCENDING', ...input }))).Images ?? []).map((i) => i.ImageName);
        // --name-contains case-insensitive
        expect(await names(plain!, { NameContains: 'alpha' })).toEqual([]);
        expect(await names(listing!, { NameContains: 'alpha' })).toEqual(['Alpha']);
        // --list-paging limit-before-filter: MaxResults counts Alpha before the filter drops it
        expect(await names(plain!, { NameContains: 'beta', MaxResults: 1 })).toEqual(['beta']);
        expect(await names(listing!, { NameContains: 'beta', MaxResults: 1 })).toEqual([]);
        // --limits images=2,tagsPerResource=1
        const create = (url: string, name: string, tags = 0) =>
          errorOf(clientAt(url).send(new CreateImageCommand({ ImageName: name, RoleArn: ROLE, Tags: Array.from({ length: tags }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })));
        expect(await create(listing!, 'gamma')).toBe('ResourceLimitExceeded');
        expect(await create(plain!, 'gamma', 2)).toBeUndefined();
        await clientAt(listing!).send(new DeleteImageCommand({ ImageName: 'beta' }));
        expect(await create(listing!, 'gamma', 2)).toBe('ResourceLimitExceeded');
        expect(await create(listing!, 'gamma', 1)).toBeUndefined();
        // --deleted-waiter-compat
        for (const url of [plain!, compat!]) await clientAt(url).send(new DeleteImageCommand({ ImageName: 'Alpha' }));
        expect(await errorOf(clientAt(plain!).send(new DescribeImageCommand({ ImageName: 'Alpha' })))).toBe('ResourceNotFound');
        expect(await errorOf(clientAt(compat!).send(new DescribeImageCommand({ ImageName: 'Alpha' })))).toBe('ResourceNotFoundException');
        // --custom-images unchecked
        const domain = (url: string) =>
          errorOf(
            clientAt(url).send(
              new CreateDomainCommand({
                DomainName: 'studio',
                AuthMode: 'IAM',
                DefaultUserSettings: { ExecutionRole: ROLE, KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'ghost', AppImageConfigName: 'none' }] } },
              }),
            ),
          );
        expect(await domain(plain!)).toBe('ValidationException');
        expect(await domain(compat!)).toBeUndefined();
        // without --clock manual, POST /_mock/clock reads the time and refuses to move it
        const read = await control(plain!, 'clock');
        expect(read.status).toBe(200);
        expect(Math.abs(Date.parse(read.json['now'] as string) - Date.now())).toBeLessThan(60_000);
        const moved = await control(plain!, 'clock', { advance: 1_000 });
        expect(moved).toMatchObject({ status: 409, json: { error: 'ClockNotManual' } });
        expect(moved.json['message']).toContain('--clock manual');
      },
    );
  }, 60_000);

  it('--token-secret: two servers with the same secret and the same images issue the same NextToken', async () => {
    const seed = [{ ImageName: 'a' }, { ImageName: 'b' }];
    const fixed = ['--clock', 'manual=2024-01-01T00:00:00Z'];
    await withServers([[...fixed, '--token-secret', 's3cret'], [...fixed, '--token-secret', 's3cret']], async (urls) => {
      const tokens: (string | undefined)[] = [];
      for (const url of urls) {
        await control(url, 'seed', seed);
        tokens.push((await clientAt(url).send(new ListImagesCommand({ MaxResults: 1 }))).NextToken);
      }
      expect(tokens[0]).toEqual(expect.any(String));
      expect(tokens[1]).toBe(tokens[0]); // with a random secret each, they would differ
      // and a token of the first server pages on the second: it is signed with the same secret
      const second = await clientAt(urls[1]!).send(new ListImagesCommand({ MaxResults: 1, NextToken: tokens[0] }));
      expect(second.Images).toHaveLength(1);
    });
  }, 60_000);

  it('--clock manual=ISO-TIME and --lifecycle: CreateImage is CREATING until POST /_mock/clock moves past it, then CREATED', async () => {
    await withServers([['--clock', 'manual=2024-01-01T00:00:00Z', '--lifecycle', 'creating=60000,deleting=1000'], ['--clock', 'manual']], async ([timed, now]) => {
      const client = clientAt(timed!);
      await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
      const described = await client.send(new DescribeImageCommand({ ImageName: 'img' }));
      expect(described).toMatchObject({ ImageStatus: 'CREATING', CreationTime: new Date('2024-01-01T00:00:00Z') });
      expect(await control(timed!, 'clock', { advance: 59_999 })).toEqual({ status: 200, json: { now: '2024-01-01T00:00:59.999Z' } });
      expect((await client.send(new DescribeImageCommand({ ImageName: 'img' }))).ImageStatus).toBe('CREATING');
      expect(await control(timed!, 'clock', { advance: 1 })).toEqual({ status: 200, json: { now: '2024-01-01T00:01:00.000Z' } });
      expect((await client.send(new DescribeImageCommand({ ImageName: 'img' }))).ImageStatus).toBe('CREATED');
      // deleting=1000; updating is left instant
      await client.send(new DeleteImageCommand({ ImageName: 'img' }));
      expect((await client.send(new DescribeImageCommand({ ImageName: 'img' }))).ImageStatus).toBe('DELETING');
      expect(await control(timed!, 'clock', { set: '2024-01-01T00:01:01Z' })).toEqual({ status: 200, json: { now: '2024-01-01T00:01:01.000Z' } });
      expect(await errorOf(client.send(new DescribeImageCommand({ ImageName: 'img' })))).toBe('ResourceNotFound');
      // --clock manual starts now, and stays there
      const { json } = await control(now!, 'clock');
      expect(Math.abs(Date.parse(json['now'] as string) - Date.now())).toBeLessThan(60_000);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await control(now!, 'clock')).toEqual({ status: 200, json });
    });
  }, 60_000);

  it('--help lists every store flag', async () => {
    const help = cli(['--help']);
    expect(await help.exited).toBe(0);
    for (const flag of ['--name-contains', '--list-paging', '--lifecycle', '--limits', '--deleted-waiter-compat', '--custom-images', '--token-secret', '--clock', 'POST /_mock/clock']) {
      expect(help.output().stdout).toContain(flag);
    }
  }, 30_000);

  // Every bad value, with its message, is in src/doors/http-server/store-flags.test.ts; here, that the CLI refuses them.
  const bad: [string[], string][] = [
    [['--list-paging', 'limit'], "--list-paging 'limit' is not valid (unknown 'limit', did you mean 'limit-before-filter'?): it takes exact or limit-before-filter"],
    [['--lifecycle', 'create=5000'], "--lifecycle 'create=5000' is not valid (unknown 'create', did you mean 'creating'?): it takes instant, or creating=MS,updating=MS,deleting=MS"],
    [['--clock', 'manual=yesterday'], "--clock 'manual=yesterday' is not valid (manual takes an ISO time): it takes manual, manual=ISO-TIME"],
    [['--deleted-waiter-compat=yes'], "Option '--deleted-waiter-compat' does not take an argument"],
  ];

  it(`refuses a bad store flag before listening, naming the flag and what it takes, with exit code 2: ${bad.map(([args]) => args.join(' ')).join(', ')}`, async () => {
    const runs = bad.map(([args, problem]) => ({ args, problem, run: cli(['serve', '--port', '0', ...args]) }));
    for (const { args, problem, run } of runs) {
      expect({ args, code: await run.exited }).toEqual({ args, code: 2 });
      const { stdout, stderr } = run.output();
      expect(stdout).toBe('');
      expect(stderr).toContain(`sagemaker-image-mock: ${problem}`);
      expect(stderr).toContain("Run 'sagemaker-image-mock --help'");
    }
  }, 60_000);
});
