// Type-checked by scripts/check-pack.js in a project that installed the packed tarball: as CommonJS
// with moduleResolution node16 and with the older "node" (node10) resolution, and as an ES module
// (a copy in a "type": "module" project) with node16, nodenext and bundler: both entries need types.
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandOutput } from '@aws-sdk/client-sagemaker';
import { createManualClock, mockSageMakerImages } from 'sagemaker-image-mock';
import type { ImageSeed, ImageStore, SageMakerImagesMock } from 'sagemaker-image-mock';
import { startServer } from 'sagemaker-image-mock/server';
import type { RunningServer } from 'sagemaker-image-mock/server';

const seed: ImageSeed = { ImageName: 'typed', CreationTime: new Date(0) };
const mock: SageMakerImagesMock = mockSageMakerImages(SageMakerClient, { clock: createManualClock(new Date(0)) });
mock.seed(seed);
const store: ImageStore = mock.store;
const page: Promise<ListImagesCommandOutput> = new SageMakerClient({ region: 'us-east-1' }).send(new ListImagesCommand({}));
const server: Promise<RunningServer> = startServer({ store });
// One ImageStore type across the entries, as there is one class at run time.
const served: Promise<ImageStore> = server.then((running) => running.store);
// @ts-expect-error: the options are typed
mockSageMakerImages(SageMakerClient, { listPaging: 'fast' });
export { page, served, server };
