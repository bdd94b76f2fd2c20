// Random call sequences over every operation, for the laws that compare two runs of the same
// sequence (three doors; a store and its restored snapshot).
import fc from 'fast-check';
import { isServiceError } from 'sagemaker-image-mock';
import type { CallContext, ImageStore, ImplementedOperation, ManualClock } from 'sagemaker-image-mock';
import { listQuery } from './arbitraries';

/** A call: `nextToken` sends the last NextToken ListImages answered; `lastDomain` the last DomainId CreateDomain answered. */
export interface CallStep {
  readonly command: ImplementedOperation;
  readonly input: Record<string, unknown>;
  readonly nextToken?: boolean;
  readonly lastDomain?: boolean;
}

export type Step = { readonly advance: number } | CallStep;

/** What a sequence remembers from one call for a later one. */
export interface StepMemory {
  token?: string;
  domainId?: string;
}

/** The input a step sends, given what the sequence remembers. */
export function inputOf(step: CallStep, memory: StepMemory): Record<string, unknown> {
  return {
    ...step.input,
    ...(step.nextToken === true && { NextToken: memory.token }),
    ...(step.lastDomain === true && { DomainId: memory.domainId ?? 'd-000000000000' }),
  };
}

/**
 * Runs a sequence on a store, in `context` (an account, a region): clock advances move the clock,
 * service errors are part of the sequence, anything else fails the test.
 */
export function runSteps(store: ImageStore, clock: ManualClock, sequence: readonly Step[], context: CallContext = {}): void {
  const memory: StepMemory = {};
  for (const step of sequence) {
    if ('advance' in step) {
      clock.advance(step.advance);
      continue;
    }
    try {
      const output = store.call(step.command, inputOf(step, memory), context) as Record<string, unknown>;
      remember(step, output, memory);
    } catch (error) {
      if (!isServiceError(error)) throw error;
    }
  }
}

/** Remembers what a later step may send back. */
export function remember(step: CallStep, output: Record<string, unknown>, memory: StepMemory): void {
  if (step.command === 'ListImages' && typeof output['NextToken'] === 'string') memory.token = output['NextToken'];
  if (step.command === 'CreateDomain' && typeof output['DomainId'] === 'string') memory.domainId = output['DomainId'];
}

const name = fc.constantFrom('a', 'b', 'Cc', 'bad name', '');
const version = fc.constantFrom(1, 2, 3, -1);
const alias = fc.constantFrom('x', 'y', '.bad');
const arnOf = (n: string) => `arn:aws:sagemaker:us-east-1:123456789012:image/${n}`;
const oddValue = fc.constantFrom<unknown>('5', 2.5, Number.NaN, true, [], {}, new Date(0));

const configName = fc.constantFrom('k', 'K2', 'bad name');
const configArnOf = (n: string) => `arn:aws:sagemaker:us-east-1:123456789012:app-image-config/${n}`;
const subConfig = fc.constantFrom<Record<string, unknown>>(
  {},
  { KernelGatewayImageConfig: { KernelSpecs: [{ Name: 'python3', DisplayName: 'Python' }] } },
  { KernelGatewayImageConfig: { KernelSpecs: [] } },
  { JupyterLabAppImageConfig: { ContainerConfig: { ContainerArguments: ['a'], ContainerEnvironmentVariables: { K: 'v' } } } },
  { CodeEditorAppImageConfig: {} },
);
const customImages = fc.constantFrom<Record<string, unknown>>(
  {},
  { KernelGatewayAppSettings: { CustomImages: [] } },
  { KernelGatewayAppSettings: { CustomImages: [{ ImageName: 'a', AppImageConfigName: 'k' }] } },
  { JupyterLabAppSettings: { CustomImages: [{ ImageName: 'b', ImageVersionNumber: 1, AppImageConfigName: 'K2' }] } },
);
const domainArnOf = 'arn:aws:sagemaker:us-east-1:123456789012:domain/d-000000000000';

/** The AppImageConfig and domain operations' steps (the lifecycle's domains by the last DomainId created). */
const studioSteps = {
  CreateAppImageConfig: [fc.tuple(configName, subConfig).map(([n, c]) => ({ command: 'CreateAppImageConfig', input: { AppImageConfigName: n, ...c, Tags: [{ Key: 'k', Value: 'v' }] } }))],
  DescribeAppImageConfig: [configName.map((n) => ({ command: 'DescribeAppImageConfig', input: { AppImageConfigName: n } }))],
  UpdateAppImageConfig: [fc.tuple(configName, subConfig).map(([n, c]) => ({ command: 'UpdateAppImageConfig', input: { AppImageConfigName: n, ...c } }))],
  DeleteAppImageConfig: [configName.map((n) => ({ command: 'DeleteAppImageConfig', input: { AppImageConfigName: n } }))],
  ListAppImageConfigs: [
    fc.record({
      SortBy: fc.constantFrom('CreationTime', 'LastModifiedTime', 'Name', 'bad'),
      SortOrder: fc.constantFrom('Ascending', 'Descending'),
      NameContains: fc.constantFrom('k', 'K', ''),
      MaxResults: fc.integer({ min: 0, max: 3 }),
    }, { requiredKeys: ['MaxResults'] }).map((input) => ({ command: 'ListAppImageConfigs', input })),
  ],
  CreateDomain: [
    fc.tuple(fc.constantFrom('studio', 'bad name'), customImages).map(([DomainName, settings]) => ({
      command: 'CreateDomain',
      input: { DomainName, AuthMode: 'IAM', DefaultUserSettings: { ExecutionRole: 'arn:aws:iam::123456789012:role/r', ...settings }, Tags: [{ Key: 'k', Value: 'v' }] },
    })),
  ],
  DescribeDomain: [fc.constant({ command: 'DescribeDomain', input: {}, lastDomain: true })],
  UpdateDomain: [customImages.map((settings) => ({ command: 'UpdateDomain', input: { DefaultUserSettings: settings }, lastDomain: true }))],
  DeleteDomain: [fc.constant({ command: 'DeleteDomain', input: {}, lastDomain: true })],
  ListDomains: [fc.integer({ min: 0, max: 3 }).map((MaxResults) => ({ command: 'ListDomains', input: { MaxResults } }))],
} satisfies Partial<Record<ImplementedOperation, fc.Arbitrary<CallStep>[]>>;

/**
 * One step of a call sequence: a call of any operation (odd inputs too), or a clock advance. Each
 * operation's own steps are listed under its name: a table that must name every implemented
 * operation (an operation added without steps fails to compile here).
 */
export const steps: fc.Arbitrary<Step>[] = [
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
  ...Object.values(studioSteps).flat(),
  fc.tuple(fc.constantFrom(configArnOf('k'), configArnOf('K2'), domainArnOf), fc.constantFrom('AddTags', 'ListTags', 'DeleteTags')).map(([ResourceArn, command]) => ({
    command,
    input: { ResourceArn, ...(command === 'AddTags' && { Tags: [{ Key: 'k2', Value: '' }] }), ...(command === 'DeleteTags' && { TagKeys: ['k'] }) },
  })),
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

