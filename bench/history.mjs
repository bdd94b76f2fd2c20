// For bench/run.mjs, with --expose-gc: heap door 1's call history keeps per call, and after reset().
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockSageMakerImages } from 'sagemaker-image-mock';

const CALLS = 20_000;
const mock = mockSageMakerImages(SageMakerClient);
mock.seed(Array.from({ length: 1000 }, (_, i) => ({ ImageName: `image-${i}` })));
const client = new SageMakerClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
for (let i = 0; i < 200; i += 1) await client.send(new ListImagesCommand({ MaxResults: 10 }));
mock.stub.resetHistory();
globalThis.gc();
const before = process.memoryUsage().heapUsed;
for (let i = 0; i < CALLS; i += 1) await client.send(new ListImagesCommand({ MaxResults: 10 }));
globalThis.gc();
const perCall = (process.memoryUsage().heapUsed - before) / CALLS;
mock.reset();
globalThis.gc();
const afterReset = (process.memoryUsage().heapUsed - before) / CALLS;
mock.restore();
console.log(JSON.stringify({ perCall, afterReset }));
