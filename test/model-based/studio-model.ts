// A model of AppImageConfigs and Studio domains far simpler than the store: plain maps, statuses
// with an end time, naive sorting and a naive merge. It never imports the store's code; what it
// predicts comes from SPEC §14 and decisions 0033-0035.

export const DURATION = { creating: 1000, updating: 500, deleting: 700 } as const;

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const configArn = (name: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:app-image-config/${name}`;
export const domainArn = (id: string) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:domain/${id}`;
export const domainUrl = (id: string) => `https://${id}.studio.${REGION}.sagemaker.aws`;

export type Json = Record<string, unknown>;

export interface ModelConfig {
  created: number;
  modified: number;
  /** The sub-configurations present (KernelGatewayImageConfig, JupyterLabAppImageConfig, CodeEditorAppImageConfig). */
  subs: Json;
}

export type DomainEnd = 'InService' | 'Failed' | 'Update_Failed' | 'Delete_Failed' | 'GONE';

export interface ModelDomain {
  name: string;
  status: string;
  until?: number;
  next?: DomainEnd;
  /** The FailureReason the running transition ends with, when failNext planned one. */
  failing?: string;
  failureReason?: string;
  /** Everything DescribeDomain answers beyond the generated members (AuthMode, settings, defaults). */
  settings: Json;
  /** The settings before the running update (a failed update puts them back). */
  previous?: Json;
  created: number;
  modified: number;
}

export interface ModelImage {
  status: string;
  until?: number;
  next?: string;
}

export interface Planned {
  operation: 'CreateDomain' | 'UpdateDomain' | 'DeleteDomain';
  name: string;
  reason: string;
}

export interface Model {
  now: number;
  configs: Map<string, ModelConfig>;
  domains: Map<string, ModelDomain>;
  /** Every DomainId the mock ever answered, in order (learnt from CreateDomain). */
  known: string[];
  images: Map<string, ModelImage>;
  planned: Planned[];
}

export function newModel(now: number): Model {
  return { now, configs: new Map(), domains: new Map(), known: [], images: new Map(), planned: [] };
}

/** The planned failure for this call, used once. */
export function takeFailure(model: Model, operation: Planned['operation'], name: string): string | undefined {
  const i = model.planned.findIndex((p) => p.operation === operation && p.name === name);
  if (i < 0) return undefined;
  return model.planned.splice(i, 1)[0]!.reason;
}

/** Finishes whatever the clock has passed; a transition's end is its LastModifiedTime. */
export function settle(model: Model): void {
  for (const [id, d] of model.domains) {
    if (d.until === undefined || d.until > model.now) continue;
    if (d.next === 'GONE') {
      model.domains.delete(id);
      continue;
    }
    d.status = d.next!;
    d.modified = d.until;
    if (d.failing !== undefined) d.failureReason = d.failing;
    if (d.status === 'Update_Failed') d.settings = d.previous!;
    delete d.until;
    delete d.next;
    delete d.failing;
    delete d.previous;
  }
  for (const [name, image] of model.images) {
    if (image.until === undefined || image.until > model.now) continue;
    if (image.next === 'GONE') model.images.delete(name);
    else {
      image.status = image.next!;
      delete image.until;
    }
  }
}

const isStructure = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** UpdateDomain's merge as decision 0034 words it: structures member by member, anything else replaced. */
export function merge(stored: unknown, given: unknown): unknown {
  if (!isStructure(stored) || !isStructure(given)) return given;
  const out: Json = { ...stored };
  for (const key of Object.keys(given)) out[key] = merge(stored[key], given[key]);
  return out;
}

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface ImageRef {
  ImageName: string;
  AppImageConfigName: string;
  ImageVersionNumber?: number;
}

/**
 * The problems decision 0035 lists for one CustomImages list at `path`: per entry, a missing image
 * (or, for an existing one, a missing version), a missing config, then a repeated pair. The model
 * never makes image versions, so a given ImageVersionNumber never exists.
 */
export function referenceProblems(model: Model, list: readonly ImageRef[], path: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const missing = (at: string, value: string | number, what: string) =>
    `Value '${value}' at '${at}' failed to satisfy constraint: ${what} does not exist in this account and region`;
  list.forEach((entry, i) => {
    const at = `${path}.${i + 1}.member`;
    const version = entry.ImageVersionNumber;
    if (!model.images.has(entry.ImageName)) problems.push(missing(`${at}.imageName`, entry.ImageName, `Image ${entry.ImageName}`));
    else if (version !== undefined) problems.push(missing(`${at}.imageVersionNumber`, version, `Version ${version} of image ${entry.ImageName}`));
    if (!model.configs.has(entry.AppImageConfigName)) {
      problems.push(missing(`${at}.appImageConfigName`, entry.AppImageConfigName, `AppImageConfig ${entry.AppImageConfigName}`));
    }
    const key = `${entry.ImageName}/${version ?? '-'}`;
    if (seen.has(key)) {
      const which = version === undefined ? `Image ${entry.ImageName}` : `Version ${version} of image ${entry.ImageName}`;
      problems.push(`Value '${entry.ImageName}' at '${at}.imageName' failed to satisfy constraint: ${which} is already in this CustomImages list`);
    }
    seen.add(key);
  });
  return problems;
}

export const validationText = (problems: readonly string[]) =>
  `${problems.length} validation error${problems.length === 1 ? '' : 's'} detected: ${problems.join('; ')}`;
