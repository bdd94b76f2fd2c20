import { copyJson } from '../collections/copy-json';
import type {
  AppImageConfigDetails,
  DescribeAppImageConfigResponse,
  DescribeDomainResponse,
  DescribeImageResponse,
  DescribeImageVersionResponse,
  DomainDetails,
  Image,
  ImageVersion,
  Tag,
} from '@aws-sdk/client-sagemaker';
import type { AppImageConfigRecord } from './state/records/app-image-config-record';
import { APP_IMAGE_CONFIG_FIELDS } from './state/records/app-image-config-record';
import type { DomainRecord } from './state/records/domain-record';
import { DOMAIN_FIELDS } from './state/records/domain-record';
import { fieldsAt, writeMembers } from './state/records/fields';
import type { ImageRecord } from './state/records/image-record';
import { IMAGE_FIELDS } from './state/records/image-record';
import type { VersionRecord } from './state/records/version-record';
import { VERSION_FIELDS } from './state/records/version-record';

// Records turned into the SDK's output shapes, member by member from the records' field tables:
// fresh objects and Dates every time; an unset member is an absent key, never `undefined`.

const IMAGE_SUMMARY = fieldsAt(IMAGE_FIELDS, 'summary');
const IMAGE_DESCRIBE = fieldsAt(IMAGE_FIELDS, 'describe');
const VERSION_SUMMARY = fieldsAt(VERSION_FIELDS, 'summary');
const VERSION_DESCRIBE = fieldsAt(VERSION_FIELDS, 'describe');
const CONFIG_DESCRIBE = fieldsAt(APP_IMAGE_CONFIG_FIELDS, 'describe');
const DOMAIN_SUMMARY = fieldsAt(DOMAIN_FIELDS, 'summary');
const DOMAIN_DESCRIBE = fieldsAt(DOMAIN_FIELDS, 'describe');

/** A ListImages item: never RoleArn or Tags. */
export function toImageSummary(image: ImageRecord): Image {
  const out: Record<string, unknown> = {};
  writeMembers(IMAGE_SUMMARY, image, out, true);
  return out as unknown as Image;
}

export function toDescribeImage(image: ImageRecord): DescribeImageResponse {
  const out: Record<string, unknown> = {};
  writeMembers(IMAGE_DESCRIBE, image, out, true);
  return out;
}

export function toTagList(tags: ReadonlyMap<string, string>): Tag[] {
  const out: Tag[] = [];
  for (const [Key, Value] of tags) out.push({ Key, Value });
  return out;
}

/** A ListImageVersions item. */
export function toVersionSummary(version: VersionRecord): ImageVersion {
  const out: Record<string, unknown> = {};
  writeMembers(VERSION_SUMMARY, version, out, true);
  return out as unknown as ImageVersion;
}

export function toDescribeImageVersion(version: VersionRecord): DescribeImageVersionResponse {
  const out: Record<string, unknown> = {};
  writeMembers(VERSION_DESCRIBE, version, out, true);
  return out;
}

/** DescribeAppImageConfig; a ListAppImageConfigs item is the same, sub-configurations included. */
export function toDescribeAppImageConfig(config: AppImageConfigRecord): DescribeAppImageConfigResponse & AppImageConfigDetails {
  const out: Record<string, unknown> = {};
  writeMembers(CONFIG_DESCRIBE, config, out, true);
  return out;
}

/** A ListDomains item. */
export function toDomainSummary(domain: DomainRecord): DomainDetails {
  const out: Record<string, unknown> = {};
  writeMembers(DOMAIN_SUMMARY, domain, out, true);
  return out;
}

/** DescribeDomain: the domain's own members, then its settings (copies). */
export function toDescribeDomain(domain: DomainRecord): DescribeDomainResponse {
  const out: Record<string, unknown> = {};
  writeMembers(DOMAIN_DESCRIBE, domain, out, true);
  for (const [member, value] of Object.entries(domain.settings)) out[member] = copyJson(value);
  return out;
}
