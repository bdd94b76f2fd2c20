/**
 * `sagemaker-image-mock/arbitraries`: fast-check arbitraries over the inputs the mock (and the
 * service) accepts, valid by construction, and invalid ones for error paths. fast-check is an
 * optional peer dependency: only this entry needs it.
 *
 * @module sagemaker-image-mock/arbitraries
 */
export { imageName } from './image-name';
export { invalidImageName } from './invalid-image-name';
export { nameContains } from './name-contains';
export { tag, tags } from './tags';
export { imageSeed } from './image-seed';
export type { ImageSeedConstraints } from './image-seed';
export { imageSeeds } from './image-seeds';
export { imageVersionAlias, imageVersionSeeds } from './image-version-seeds';
export type { ImageVersionSeedsConstraints } from './image-version-seeds';
export type { ImageSeedsConstraints } from './image-seeds';
export { invalidMaxResults, listImagesRequest } from './list-images-request';
export type { TimeConstraints } from './times';
export { appImageConfigName, appImageConfigSeed, domainSeed, listAppImageConfigsRequest } from './studio';
export type { AppImageConfigSeedConstraints, DomainSeedConstraints } from './studio';
