import {
  CreateAppImageConfigCommand,
  CreateDomainCommand,
  CreateImageCommand,
  DeleteAppImageConfigCommand,
  DeleteDomainCommand,
  DeleteImageCommand,
  DescribeAppImageConfigCommand,
  DescribeDomainCommand,
  ListAppImageConfigsCommand,
  ListDomainsCommand,
  UpdateAppImageConfigCommand,
  UpdateDomainCommand,
} from '@aws-sdk/client-sagemaker';
import type { AppImageConfigSortKey, CreateDomainCommandInput, ListDomainsCommandOutput, SageMakerClient, SortOrder } from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import { createManualClock } from 'sagemaker-image-mock';
import type { ImageStore, ManualClock } from 'sagemaker-image-mock';
import { DOORS, runsOn, withDoor } from '../support/doors';
import { rejectionOf } from '../support/errors';
import type { ImageRef, Json, Model, ModelDomain } from './studio-model';
import {
  byString,
  configArn,
  domainArn,
  domainUrl,
  DURATION,
  merge,
  newModel,
  referenceProblems,
  settle,
  takeFailure,
  validationText,
} from './studio-model';

// Model-based test of AppImageConfigs and Studio domains (SPEC §14, decisions 0033-0035) on every
// door: random call sequences against the naive model of ./studio-model.ts, with the lifecycle's
// durations on a manual clock, failNext, and the images that CustomImages name. DomainIds are the
// mock's: the model learns them from CreateDomain's answers.

interface Real {
  client: SageMakerClient;
  clock: ManualClock;
  store: ImageStore;
}

const ROLE = 'arn:aws:iam::123456789012:role/r';
const CONFIG_NAMES = ['cfg-a', 'cfg-b', 'Cfg'];
const IMAGE_NAMES = ['img', 'img-2'];
const DOMAIN_NAMES = ['studio', 'lab'];
const GHOST_DOMAIN = 'd-000000000000';
const USER_KG_PATH = 'defaultUserSettings.kernelGatewayAppSettings.customImages';
const SPACE_JL_PATH = 'defaultSpaceSettings.jupyterLabAppSettings.customImages';
const at = (ms: number) => new Date(ms);

// A few fixed shapes of each sub-configuration ({} round-trips as present, decision 0033).
const KG = [
  { KernelSpecs: [{ Name: 'python3', DisplayName: 'Python 3' }], FileSystemConfig: { MountPath: '/home/sagemaker-user', DefaultUid: 1000, DefaultGid: 100 } },
  { KernelSpecs: [{ Name: 'ir' }] },
];
const JL = [{ ContainerConfig: { ContainerArguments: ['--port', '8888'], ContainerEnvironmentVariables: { MODE: 'lab' } } }, {}];
const CE = [{ ContainerConfig: { ContainerEntrypoint: ['/bin/code'] } }, {}];
const subConfigs: fc.Arbitrary<Json> = fc.record(
  { KernelGatewayImageConfig: fc.constantFrom(...KG), JupyterLabAppImageConfig: fc.constantFrom(...JL), CodeEditorAppImageConfig: fc.constantFrom(...CE) },
  { requiredKeys: [] },
);

const imageRef: fc.Arbitrary<ImageRef> = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant('img'), weight: 4 }, fc.constantFrom(...IMAGE_NAMES)),
    fc.oneof({ arbitrary: fc.constant('cfg-a'), weight: 4 }, fc.constantFrom(...CONFIG_NAMES)),
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, fc.constant(1)),
  )
  .map(([ImageName, AppImageConfigName, v]) => ({ ImageName, AppImageConfigName, ...(v !== undefined && { ImageVersionNumber: v }) }));
const imageRefs = fc.array(imageRef, { maxLength: 2 });

/** Sends a command; returns its output, or checks the error's code (one of `codes`) and text when the model said it must fail. */
async function outcome(real: Real, command: object, codes: string[] | undefined, message?: string): Promise<Json | undefined> {
  const sent = real.client.send(command as never) as unknown as Promise<Json>;
  if (codes === undefined) {
    const out = { ...(await sent) };
    delete out['$metadata'];
    return out;
  }
  const error = await rejectionOf(sent);
  expect(codes).toContain(error.name);
  if (message !== undefined && codes.length === 1) expect(error.message).toBe(message);
  return undefined;
}

type Cmd = fc.AsyncCommand<Model, Real>;

const base = (label: string, run: (m: Model, r: Real) => Promise<void>, check: (m: Readonly<Model>) => boolean = () => true): Cmd => ({
  check,
  run: async (m, r) => {
    settle(m);
    await run(m, r);
  },
  toString: () => label,
});

/**
 * A command on a domain picked at run time, since DomainIds come from the mock (and differ from run to
 * run): `pick` -1 names one that never existed; any other number the (pick mod n)-th of the n domains
 * created so far, possibly gone since, and the command waits until there is one. Labels show the
 * pick, not the id: the id of a given run would mislead in a shrunk counterexample.
 */
function onDomain(pick: number, label: string, run: (m: Model, r: Real, id: string) => Promise<void>): Cmd {
  return base(
    label.replace('$id', pick < 0 ? GHOST_DOMAIN : `created #${pick} mod n`),
    (m, r) => run(m, r, pick < 0 ? GHOST_DOMAIN : m.known[pick % m.known.length]!),
    (m) => pick < 0 || m.known.length > 0,
  );
}

const domainPick = fc.oneof({ arbitrary: fc.constant(-1), weight: 1 }, { arbitrary: fc.nat(), weight: 7 });

const inTransition = (id: string, status: string) => `Domain [${domainArn(id)}] is in status ${status} and cannot be changed until that finishes.`;

function describedConfig(name: string, c: { created: number; modified: number; subs: Json }): Json {
  return { AppImageConfigArn: configArn(name), AppImageConfigName: name, CreationTime: at(c.created), LastModifiedTime: at(c.modified), ...c.subs };
}

function describedDomain(id: string, d: ModelDomain): Json {
  return {
    DomainArn: domainArn(id),
    DomainId: id,
    DomainName: d.name,
    HomeEfsFileSystemId: expect.stringMatching(/^fs-[0-9a-f]{17}$/),
    Status: d.status,
    CreationTime: at(d.created),
    LastModifiedTime: at(d.modified),
    Url: domainUrl(id),
    ...d.settings,
    ...(d.failureReason !== undefined && { FailureReason: d.failureReason }),
  };
}

/** What a generated CreateDomain/UpdateDomain gives: a list, a structure member, two CustomImages lists (user and space settings), a scalar. */
interface SettingsChoice {
  securityGroups?: string[] | undefined;
  kernelSpec?: boolean | undefined;
  userImages?: ImageRef[] | undefined;
  spaceImages?: ImageRef[] | undefined;
  tagPropagation?: 'ENABLED' | 'DISABLED' | undefined;
}

const settingsChoice: fc.Arbitrary<SettingsChoice> = fc.record(
  {
    securityGroups: fc.constantFrom([], ['sg-1'], ['sg-1', 'sg-2']),
    kernelSpec: fc.boolean(),
    userImages: imageRefs,
    spaceImages: imageRefs,
    tagPropagation: fc.constantFrom('ENABLED' as const, 'DISABLED' as const),
  },
  { requiredKeys: [] },
);

function describeChoice(c: SettingsChoice): string {
  return JSON.stringify(c);
}

/** The request members of a choice (keys in the model's member order: user settings before space settings). */
function settingsOf(c: SettingsChoice, forCreate: boolean): Json {
  const user: Json = forCreate ? { ExecutionRole: ROLE } : {};
  if (c.securityGroups !== undefined) user['SecurityGroups'] = c.securityGroups;
  if (c.kernelSpec !== undefined || c.userImages !== undefined) {
    user['KernelGatewayAppSettings'] = {
      ...(c.kernelSpec === true && { DefaultResourceSpec: { InstanceType: 'ml.t3.medium' } }),
      ...(c.kernelSpec === false && { DefaultResourceSpec: { InstanceType: 'ml.t3.large' } }),
      ...(c.userImages !== undefined && { CustomImages: c.userImages }),
    };
  }
  const out: Json = {};
  if (forCreate || Object.keys(user).length > 0) out['DefaultUserSettings'] = user;
  if (c.spaceImages !== undefined) out['DefaultSpaceSettings'] = { JupyterLabAppSettings: { CustomImages: c.spaceImages } };
  if (c.tagPropagation !== undefined) out['TagPropagation'] = c.tagPropagation;
  return out;
}

function problemsOf(m: Model, c: SettingsChoice): string[] {
  return [
    ...(c.userImages === undefined ? [] : referenceProblems(m, c.userImages, USER_KG_PATH)),
    ...(c.spaceImages === undefined ? [] : referenceProblems(m, c.spaceImages, SPACE_JL_PATH)),
  ];
}

const UPDATABLE = ['InService', 'Update_Failed'];
const DELETABLE = ['InService', 'Failed', 'Update_Failed', 'Delete_Failed'];

const otherCommands: fc.Arbitrary<Cmd>[] = [
  // AppImageConfigs: no status, every call takes effect at once (decision 0033).
  fc.tuple(fc.constantFrom(...CONFIG_NAMES), subConfigs).map(([name, subs]) =>
    base(`CreateAppImageConfig(${name}, ${JSON.stringify(subs)})`, async (m, r) => {
      const taken = m.configs.has(name);
      const out = await outcome(r, new CreateAppImageConfigCommand({ AppImageConfigName: name, ...subs }), taken ? ['ResourceInUse'] : undefined, 'The ID or Name specified is already in use.');
      if (!taken) {
        expect(out).toEqual({ AppImageConfigArn: configArn(name) });
        m.configs.set(name, { created: m.now, modified: m.now, subs });
      }
    }),
  ),
  fc.constantFrom(...CONFIG_NAMES).map((name) =>
    base(`DescribeAppImageConfig(${name})`, async (m, r) => {
      const config = m.configs.get(name);
      const out = await outcome(r, new DescribeAppImageConfigCommand({ AppImageConfigName: name }), config ? undefined : ['ResourceNotFound'], `AppImageConfig ${configArn(name)} does not exist.`);
      if (config !== undefined) expect(out).toEqual(describedConfig(name, config));
    }),
  ),
  fc.tuple(fc.constantFrom(...CONFIG_NAMES), subConfigs).map(([name, subs]) =>
    base(`UpdateAppImageConfig(${name}, ${JSON.stringify(subs)})`, async (m, r) => {
      const config = m.configs.get(name);
      const out = await outcome(r, new UpdateAppImageConfigCommand({ AppImageConfigName: name, ...subs }), config ? undefined : ['ResourceNotFound'], `AppImageConfig ${configArn(name)} does not exist.`);
      if (config !== undefined) {
        expect(out).toEqual({ AppImageConfigArn: configArn(name) });
        config.subs = { ...config.subs, ...subs };
        config.modified = m.now;
      }
    }),
  ),
  fc.constantFrom(...CONFIG_NAMES).map((name) =>
    base(`DeleteAppImageConfig(${name})`, async (m, r) => {
      const exists = m.configs.has(name);
      await outcome(r, new DeleteAppImageConfigCommand({ AppImageConfigName: name }), exists ? undefined : ['ResourceNotFound'], `AppImageConfig ${configArn(name)} does not exist.`);
      m.configs.delete(name);
    }),
  ),
  fc
    .tuple(fc.constantFrom<AppImageConfigSortKey | undefined>(undefined, 'CreationTime', 'LastModifiedTime', 'Name'), fc.constantFrom<SortOrder | undefined>(undefined, 'Ascending', 'Descending'))
    .map(([SortBy, SortOrder]) =>
      base(`ListAppImageConfigs(${SortBy ?? '-'}, ${SortOrder ?? '-'})`, async (m, r) => {
        const out = await r.client.send(new ListAppImageConfigsCommand({ MaxResults: 100, ...(SortBy && { SortBy }), ...(SortOrder && { SortOrder }) }));
        const key = (c: { created: number; modified: number }) => (SortBy === 'Name' ? 0 : SortBy === 'LastModifiedTime' ? c.modified : c.created);
        const ascending = [...m.configs].sort(([a, x], [b, y]) => key(x) - key(y) || byString(a, b));
        const expected = (SortOrder === 'Ascending' ? ascending : ascending.reverse()).map(([name, c]) => describedConfig(name, c));
        expect(out.AppImageConfigs).toEqual(expected);
        expect('NextToken' in out).toBe(false);
      }),
    ),

  // Images, only as what CustomImages names: they exist from CreateImage until their delete ends.
  fc.constantFrom(...IMAGE_NAMES).map((name) =>
    base(`CreateImage(${name})`, async (m, r) => {
      const taken = m.images.has(name);
      await outcome(r, new CreateImageCommand({ ImageName: name, RoleArn: ROLE }), taken ? ['ResourceInUse'] : undefined);
      if (!taken) m.images.set(name, { status: 'CREATING', until: m.now + DURATION.creating, next: 'CREATED' });
    }),
  ),
  fc.constantFrom(...IMAGE_NAMES).map((name) =>
    base(`DeleteImage(${name})`, async (m, r) => {
      const image = m.images.get(name);
      const error = image === undefined ? 'ResourceNotFound' : image.status !== 'CREATED' ? 'ResourceInUse' : undefined;
      await outcome(r, new DeleteImageCommand({ ImageName: name }), error === undefined ? undefined : [error]);
      if (image !== undefined && error === undefined) Object.assign(image, { status: 'DELETING', until: m.now + DURATION.deleting, next: 'GONE' });
    }),
  ),

  fc.tuple(fc.constantFrom('CreateDomain' as const, 'UpdateDomain' as const, 'DeleteDomain' as const), fc.constantFrom(...DOMAIN_NAMES), fc.nat(99)).map(([operation, name, n]) =>
    base(`FailNext(${operation}, ${name})`, (m, r) => {
      const reason = `planned ${operation} failure ${n}`;
      r.store.failNext({ operation, DomainName: name, FailureReason: reason });
      m.planned.push({ operation, name, reason });
      return Promise.resolve();
    }),
  ),
];

/** UpdateDomain acts only on settled domains: it gets more turns than the rest. */
const updateDomain = fc.tuple(domainPick, settingsChoice).map(([pick, choice]) =>
  onDomain(pick, `UpdateDomain($id, ${describeChoice(choice)})`, async (m, r, id) => {
    const domain = m.domains.get(id);
    const given = settingsOf(choice, false);
    const problems = problemsOf(m, choice);
    const busy = domain !== undefined && !UPDATABLE.includes(domain.status);
    // A busy domain is refused before its references are read (decision 0034); a refusal changes nothing.
    const codes = domain === undefined ? ['ResourceNotFound'] : busy ? ['ResourceInUse'] : problems.length > 0 ? ['ValidationException'] : [];
    const message = domain === undefined ? `Domain ${id} does not exist.` : busy ? inTransition(id, domain.status) : validationText(problems);
    const out = await outcome(r, new UpdateDomainCommand({ DomainId: id, ...given }), codes.length > 0 ? codes : undefined, message);
    if (domain === undefined || codes.length > 0) return;
    expect(out).toEqual({ DomainArn: domainArn(id) });
    const failing = takeFailure(m, 'UpdateDomain', domain.name);
    domain.previous = domain.settings;
    domain.settings = merge(domain.settings, given) as Json;
    domain.status = 'Updating';
    domain.until = m.now + DURATION.updating;
    domain.next = failing === undefined ? 'InService' : 'Update_Failed';
    if (failing !== undefined) domain.failing = failing;
    delete domain.failureReason;
    domain.modified = m.now;
  }),
);

const domainCommands: fc.Arbitrary<Cmd>[] = [
  fc.tuple(fc.constantFrom(...DOMAIN_NAMES), settingsChoice).map(([name, choice]) =>
    base(`CreateDomain(${name}, ${describeChoice(choice)})`, async (m, r) => {
      const problems = problemsOf(m, choice);
      const given = settingsOf(choice, true);
      const input = { DomainName: name, AuthMode: 'IAM', ...given } as CreateDomainCommandInput;
      const out = await outcome(r, new CreateDomainCommand(input), problems.length > 0 ? ['ValidationException'] : undefined, validationText(problems));
      if (problems.length > 0) return;
      const id = out?.['DomainId'] as string;
      expect(id).toMatch(/^d-[a-z0-9]{12}$/);
      expect(m.known).not.toContain(id);
      expect(out).toEqual({ DomainArn: domainArn(id), DomainId: id, Url: domainUrl(id) });
      const failing = takeFailure(m, 'CreateDomain', name);
      m.known.push(id);
      m.domains.set(id, {
        name,
        status: 'Pending',
        until: m.now + DURATION.creating,
        next: failing === undefined ? 'InService' : 'Failed',
        ...(failing !== undefined && { failing }),
        settings: { AuthMode: 'IAM', AppNetworkAccessType: 'PublicInternetOnly', TagPropagation: 'DISABLED', ...given },
        created: m.now,
        modified: m.now,
      });
    }),
  ),
  domainPick.map((pick) =>
    onDomain(pick, 'DescribeDomain($id)', async (m, r, id) => {
      const domain = m.domains.get(id);
      const out = await outcome(r, new DescribeDomainCommand({ DomainId: id }), domain ? undefined : ['ResourceNotFound'], `Domain ${id} does not exist.`);
      if (domain !== undefined) expect(out).toEqual(describedDomain(id, domain));
    }),
  ),
  updateDomain,
  fc.tuple(domainPick, fc.boolean()).map(([pick, retain]) =>
    onDomain(pick, `DeleteDomain($id${retain ? ', Retain' : ''})`, async (m, r, id) => {
      const domain = m.domains.get(id);
      const busy = domain !== undefined && !DELETABLE.includes(domain.status);
      const codes = domain === undefined ? ['ResourceNotFound'] : busy ? ['ResourceInUse'] : undefined;
      const message = domain === undefined ? `Domain ${id} does not exist.` : busy ? inTransition(id, domain.status) : undefined;
      const input = { DomainId: id, ...(retain && { RetentionPolicy: { HomeEfsFileSystem: 'Retain' as const } }) };
      const out = await outcome(r, new DeleteDomainCommand(input), codes, message);
      if (domain === undefined || codes !== undefined) return;
      expect(out).toEqual({});
      const failing = takeFailure(m, 'DeleteDomain', domain.name);
      domain.status = 'Deleting';
      domain.until = m.now + DURATION.deleting;
      domain.next = failing === undefined ? 'GONE' : 'Delete_Failed';
      if (failing !== undefined) domain.failing = failing;
    }),
  ),
  fc.integer({ min: 1, max: 100 }).map((pageSize) =>
    base(`ListDomains(pageSize ${pageSize})`, async (m, r) => {
      const listed: unknown[] = [];
      let NextToken: string | undefined;
      do {
        const page: ListDomainsCommandOutput = await r.client.send(new ListDomainsCommand({ MaxResults: pageSize, NextToken }));
        listed.push(...page.Domains!);
        NextToken = page.NextToken;
      } while (NextToken !== undefined);
      const expected = [...m.domains]
        .sort(([a, x], [b, y]) => x.created - y.created || byString(a, b))
        .map(([id, d]) => ({
          DomainArn: domainArn(id),
          DomainId: id,
          DomainName: d.name,
          Status: d.status,
          CreationTime: at(d.created),
          LastModifiedTime: at(d.modified),
          Url: domainUrl(id),
        }));
      expect(listed).toEqual(expected);
    }),
  ),
];

const advance = fc.constantFrom(1, DURATION.updating, DURATION.deleting, DURATION.creating, 2500).map((ms) =>
  base(`Advance(${ms} ms)`, (m, r) => {
    m.now += ms;
    r.clock.advance(ms);
    return Promise.resolve();
  }),
);

// Domain commands and the clock more often than the rest: a domain must live long enough to be updated.
const commands = [...otherCommands, ...domainCommands, ...domainCommands, updateDomain, updateDomain, advance, advance, advance];

describe.each(DOORS)('model-based: AppImageConfigs and Studio domains against a simple model, $name', (factory) => {
  it('agrees with the model on every step of any command sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { size: '+1' }), async (cmds) => {
        const start = new Date('2024-01-01T00:00:00Z');
        const clock = createManualClock(start);
        await withDoor(factory, { clock, lifecycle: DURATION }, async (door) => {
          const client = door.client();
          // An image and a config to name from the start, so that many CreateDomain calls can succeed.
          await client.send(new CreateImageCommand({ ImageName: 'img', RoleArn: ROLE }));
          await client.send(new CreateAppImageConfigCommand({ AppImageConfigName: 'cfg-a' }));
          const model = newModel(start.getTime());
          model.images.set('img', { status: 'CREATING', until: start.getTime() + DURATION.creating, next: 'CREATED' });
          model.configs.set('cfg-a', { created: start.getTime(), modified: start.getTime(), subs: {} });
          await fc.asyncModelRun(() => ({ model, real: { client, clock, store: door.store } }), cmds);
        });
      }),
      runsOn(factory, 300),
    );
  }, 600_000);
});
