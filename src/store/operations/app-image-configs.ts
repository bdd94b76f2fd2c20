import type {
  CreateAppImageConfigRequest,
  CreateAppImageConfigResponse,
  DeleteAppImageConfigRequest,
  DescribeAppImageConfigRequest,
  DescribeAppImageConfigResponse,
  UpdateAppImageConfigRequest,
  UpdateAppImageConfigResponse,
} from '@aws-sdk/client-sagemaker';
import { appImageConfigInUse, limitExceeded } from '../../errors/factories';
import type { Scope } from '../../model/arn';
import { appImageConfigArn } from '../../model/arn';
import { existingAppImageConfig, tagsFromList } from '../lookups';
import { AppImageConfigRecord } from '../state/records/app-image-config-record';
import type { StoreState } from '../state/store-state';
import { toDescribeAppImageConfig } from '../views';

// CreateAppImageConfig, DescribeAppImageConfig, UpdateAppImageConfig, DeleteAppImageConfig;
// ListAppImageConfigs pages with the other list operations (./lists.ts). An AppImageConfig has no
// status: each call takes effect at once (behaviour-studio §7.2).

export function createAppImageConfig(state: StoreState, request: CreateAppImageConfigRequest, scope: Scope): CreateAppImageConfigResponse {
  const name = request.AppImageConfigName!;
  const ns = state.namespace(scope, true);
  if (ns.appImageConfigs.has(name)) throw appImageConfigInUse();
  const tags = tagsFromList(request.Tags ?? []);
  const { tagsPerResource } = state.options.limits;
  if (tags.size > tagsPerResource) throw limitExceeded('Number of tags per resource', tagsPerResource, 0, tags.size, 'Tags');
  const now = state.now();
  const revision = state.nextRevision();
  const config = new AppImageConfigRecord({
    name,
    arn: appImageConfigArn(scope, name),
    creationTime: now,
    lastModifiedTime: now,
    createdRevision: revision,
    modifiedRevision: revision,
    kernelGateway: request.KernelGatewayImageConfig,
    jupyterLab: request.JupyterLabAppImageConfig,
    codeEditor: request.CodeEditorAppImageConfig,
    tags,
  });
  ns.appImageConfigs.add(config);
  return { AppImageConfigArn: config.arn };
}

export function describeAppImageConfig(state: StoreState, request: DescribeAppImageConfigRequest, scope: Scope): DescribeAppImageConfigResponse {
  return toDescribeAppImageConfig(existingAppImageConfig(state, scope, request.AppImageConfigName!));
}

/** Replaces each sub-configuration given and keeps the others; with none given, only LastModifiedTime moves (decision 0033). */
export function updateAppImageConfig(state: StoreState, request: UpdateAppImageConfigRequest, scope: Scope): UpdateAppImageConfigResponse {
  const config = existingAppImageConfig(state, scope, request.AppImageConfigName!);
  const now = state.now();
  state.namespace(scope)!.appImageConfigs.reindexing(config, () => config.update(request, now, state.nextRevision()));
  return { AppImageConfigArn: config.arn };
}

/** Allowed while a domain names the config: nothing documents a refusal (decisions 0033, 0035). */
export function deleteAppImageConfig(state: StoreState, request: DeleteAppImageConfigRequest, scope: Scope): Record<string, never> {
  const config = existingAppImageConfig(state, scope, request.AppImageConfigName!);
  state.namespace(scope)!.appImageConfigs.remove(config);
  return {};
}
