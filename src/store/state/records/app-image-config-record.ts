import type { KernelGatewayImageConfig } from '@aws-sdk/client-sagemaker';
import type { CodeEditorAppImageConfig, JupyterLabAppImageConfig } from '../../../glossary';
import type { Field, Writable } from './fields';

/** The three sub-configurations, as the service names them: UpdateAppImageConfig replaces each one it is given. */
export interface AppImageConfigSettings {
  readonly KernelGatewayImageConfig?: KernelGatewayImageConfig | undefined;
  readonly JupyterLabAppImageConfig?: JupyterLabAppImageConfig | undefined;
  readonly CodeEditorAppImageConfig?: CodeEditorAppImageConfig | undefined;
}

type SubConfigurations = 'kernelGateway' | 'jupyterLab' | 'codeEditor';

/** A new AppImageConfig's properties, named as the record names them (each sub-configuration may be absent). */
export type NewAppImageConfig = Omit<AppImageConfigRecord, SubConfigurations | 'update'> & Partial<Pick<AppImageConfigRecord, SubConfigurations>>;

/**
 * An AppImageConfig as the store keeps it: times as epoch milliseconds, its sub-configurations as
 * the validated copies the request carried (never handed out: the views copy them). Its fields are
 * read-only to every module but this one: the methods below are the only writes.
 */
export class AppImageConfigRecord {
  readonly name: string;
  readonly arn: string;
  readonly creationTime: number;
  readonly lastModifiedTime: number;
  readonly createdRevision: number;
  readonly modifiedRevision: number;
  readonly kernelGateway: KernelGatewayImageConfig | undefined;
  readonly jupyterLab: JupyterLabAppImageConfig | undefined;
  readonly codeEditor: CodeEditorAppImageConfig | undefined;
  readonly tags: Map<string, string>;

  constructor(c: NewAppImageConfig) {
    this.name = c.name;
    this.arn = c.arn;
    this.creationTime = c.creationTime;
    this.lastModifiedTime = c.lastModifiedTime;
    this.createdRevision = c.createdRevision;
    this.modifiedRevision = c.modifiedRevision;
    this.kernelGateway = c.kernelGateway;
    this.jupyterLab = c.jupyterLab;
    this.codeEditor = c.codeEditor;
    this.tags = c.tags;
  }

  /** Replaces each sub-configuration given and keeps the others (decision 0033); LastModifiedTime moves. */
  update(settings: AppImageConfigSettings, time: number, revision: number): void {
    const own = this as Writable<AppImageConfigRecord>;
    if (settings.KernelGatewayImageConfig !== undefined) own.kernelGateway = settings.KernelGatewayImageConfig;
    if (settings.JupyterLabAppImageConfig !== undefined) own.jupyterLab = settings.JupyterLabAppImageConfig;
    if (settings.CodeEditorAppImageConfig !== undefined) own.codeEditor = settings.CodeEditorAppImageConfig;
    own.lastModifiedTime = time;
    own.modifiedRevision = revision;
  }
}

const EVERYWHERE = ['summary', 'describe', 'seed', 'snapshot'] as const;

/** Every member of an AppImageConfig the service answers (a list item carries them all), seeds and snapshots carry. */
export const APP_IMAGE_CONFIG_FIELDS: readonly Field<AppImageConfigRecord>[] = [
  { member: 'AppImageConfigArn', key: 'arn', shape: 'AppImageConfigArn', required: true, in: ['summary', 'describe'] },
  { member: 'AppImageConfigName', key: 'name', shape: 'AppImageConfigName', required: true, in: EVERYWHERE },
  { member: 'CreationTime', key: 'creationTime', shape: 'Timestamp', required: true, in: EVERYWHERE },
  { member: 'LastModifiedTime', key: 'lastModifiedTime', shape: 'Timestamp', required: true, in: EVERYWHERE },
  { member: 'KernelGatewayImageConfig', key: 'kernelGateway', shape: 'KernelGatewayImageConfig', in: EVERYWHERE },
  { member: 'JupyterLabAppImageConfig', key: 'jupyterLab', shape: 'JupyterLabAppImageConfig', in: EVERYWHERE },
  { member: 'CodeEditorAppImageConfig', key: 'codeEditor', shape: 'CodeEditorAppImageConfig', in: EVERYWHERE },
];
