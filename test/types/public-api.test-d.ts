// Checked by `npm run typecheck` (tsc), not run by Jest: the public types, locked in.
import type { CreateImageVersionResponse, DescribeImageResponse, ListImagesResponse, ListTagsOutput } from '@aws-sdk/client-sagemaker';
import { ListImagesCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { expectTypeOf } from 'expect-type';
import type { AwsClientStub } from 'aws-sdk-client-mock';
import { createManualClock, dispatch, ImageStore, mockSageMakerImages } from 'sagemaker-image-mock';
import type { Clock, ImageSeed, ManualClock, SageMakerImagesMock } from 'sagemaker-image-mock';

const mock = mockSageMakerImages(SageMakerClient, { accountId: '123456789012', listPaging: 'exact' });
expectTypeOf(mock).toEqualTypeOf<SageMakerImagesMock>();
expectTypeOf(mockSageMakerImages(new SageMakerClient({}))).toEqualTypeOf<SageMakerImagesMock>();
expectTypeOf(mock.stub).toEqualTypeOf<AwsClientStub<SageMakerClient>>();
expectTypeOf(mock.stub).not.toBeAny();
expectTypeOf(mock.store).toEqualTypeOf<ImageStore>();
expectTypeOf(mock.seed).parameters.toEqualTypeOf<(ImageSeed | readonly ImageSeed[])[]>();
expectTypeOf(mock.seed).returns.toEqualTypeOf<DescribeImageResponse[]>();
mock.stub.on(ListImagesCommand).resolves({ Images: [] });

// @ts-expect-error: only SageMaker clients
mockSageMakerImages({});
// @ts-expect-error: listPaging is 'exact' or 'limit-before-filter'
mockSageMakerImages(SageMakerClient, { listPaging: 'fast' });
// @ts-expect-error: nameContains is 'case-sensitive' or 'case-insensitive'
new ImageStore({ nameContains: 'ignore-case' });

const store = new ImageStore();
expectTypeOf(store.listImages({ MaxResults: 5 })).toEqualTypeOf<ListImagesResponse>();
expectTypeOf(store.describeImage({ ImageName: 'a' }, { region: 'eu-west-1' })).toEqualTypeOf<DescribeImageResponse>();
// @ts-expect-error: MaxResults is a number
store.listImages({ MaxResults: '5' });
// @ts-expect-error: the SDK's own enum
store.seed({ ImageName: 'a', ImageStatus: 'READY' });
// @ts-expect-error: ImageName is required in a seed
store.seed({ Description: 'no name' });

expectTypeOf(dispatch(store, 'ListImages', {})).toEqualTypeOf<ListImagesResponse>();
expectTypeOf(dispatch(store, 'DescribeImage', { ImageName: 'a' })).toEqualTypeOf<DescribeImageResponse>();
// @ts-expect-error: the input of DescribeImage
dispatch(store, 'DescribeImage', { MaxResults: 1 });
// @ts-expect-error: not an operation of the store
dispatch(store, 'CreateModel', {});

const clock = createManualClock(new Date(0));
expectTypeOf(clock).toEqualTypeOf<ManualClock>();
expectTypeOf(clock).toExtend<Clock>();
expectTypeOf(clock.advance).parameters.toEqualTypeOf<[number]>();

// The image family.
expectTypeOf(store.createImageVersion({ ImageName: 'a', BaseImage: 'b', ClientToken: 't' })).toEqualTypeOf<CreateImageVersionResponse>();
expectTypeOf(dispatch(store, 'ListTags', { ResourceArn: 'arn' })).toEqualTypeOf<ListTagsOutput>();
mock.failNext({ operation: 'CreateImage', ImageName: 'a', FailureReason: 'because' });
// @ts-expect-error: only create, update and delete transitions can be made to fail
mock.failNext({ operation: 'ListImages', ImageName: 'a' });
new ImageStore({ lifecycle: { creating: 1000 }, limits: { images: 2 }, deletedWaiterCompat: true });
// @ts-expect-error: lifecycle is 'instant' or durations
new ImageStore({ lifecycle: 'slow' });
