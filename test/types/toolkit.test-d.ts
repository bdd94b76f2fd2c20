// Checked by `npm run typecheck` (tsc), not run by Jest: the toolkit's public types, locked in.
import type { ImageStatus, ListImagesRequest, SageMakerClient, Tag } from '@aws-sdk/client-sagemaker';
import { DeleteImageVersionCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type fc from 'fast-check';
import { expectTypeOf } from 'expect-type';
import { advanceUntilSettled, expectReceived, expectServiceError, ImageStore } from 'sagemaker-image-mock';
import type { AccountScope, JournalRecord, ImageSeed, ImageVersionSeed, MockSageMakerImagesOptions, SageMakerImagesMock, StoreSnapshot } from 'sagemaker-image-mock';
import { imageName, imageSeed, imageSeeds, imageVersionSeeds, invalidImageName, invalidMaxResults, listImagesRequest, tags } from 'sagemaker-image-mock/arbitraries';
import { requestMatchers, serviceErrorMatchers, useSageMakerImages } from 'sagemaker-image-mock/jest';

expectTypeOf(imageName()).toEqualTypeOf<fc.Arbitrary<string>>();
expectTypeOf(invalidImageName()).toEqualTypeOf<fc.Arbitrary<string>>();
expectTypeOf(invalidMaxResults()).toEqualTypeOf<fc.Arbitrary<number>>();
expectTypeOf(imageSeed()).toEqualTypeOf<fc.Arbitrary<ImageSeed>>();
expectTypeOf(imageSeeds({ withStatus: true, maxLength: 3 })).toEqualTypeOf<fc.Arbitrary<ImageSeed[]>>();
expectTypeOf(listImagesRequest({ minTime: new Date(0) })).toEqualTypeOf<fc.Arbitrary<ListImagesRequest>>();
expectTypeOf(tags()).toEqualTypeOf<fc.Arbitrary<Tag[]>>();
expectTypeOf(imageVersionSeeds({ withStatus: true })).toEqualTypeOf<fc.Arbitrary<ImageVersionSeed[]>>();
expectTypeOf(imageSeed({ withVersions: true })).toEqualTypeOf<fc.Arbitrary<ImageSeed>>();
// @ts-expect-error: the constraints are typed
imageSeeds({ withStatus: 'yes' });

const store = new ImageStore();
expectTypeOf(store.snapshot()).toEqualTypeOf<StoreSnapshot>();
expectTypeOf(store.restore).parameters.toEqualTypeOf<[StoreSnapshot, AccountScope?]>();
new ImageStore({ snapshot: store.snapshot() });
const version: ImageVersionSeed = { BaseImage: 'b', Aliases: ['x'], ImageVersionStatus: 'CREATED' };
store.seed({ ImageName: 'a', Versions: [version] });
// @ts-expect-error: a version seed needs BaseImage
store.seed({ ImageName: 'a', Versions: [{ Aliases: ['x'] }] });
// @ts-expect-error: the SDK's own version status enum
store.seed({ ImageName: 'a', Versions: [{ BaseImage: 'b', ImageVersionStatus: 'UPDATING' }] });
expectTypeOf<ImageSeed['ImageStatus']>().toEqualTypeOf<ImageStatus | undefined>();

expectTypeOf(expectServiceError(Promise.resolve(), 'ResourceNotFound', /x/)).toEqualTypeOf<Promise<Error>>();
// @ts-expect-error: a message is a string or a RegExp
void expectServiceError(Promise.resolve(), 'ResourceNotFound', 5);
expectTypeOf(serviceErrorMatchers).toHaveProperty('toThrowServiceError');
expect(() => store.describeImage({ ImageName: 'a' })).toThrowServiceError('ResourceNotFound');
expect(() => store.describeImage({ ImageName: 'a' })).toThrowServiceError('ResourceNotFound', /a/);
// @ts-expect-error: the code is required
expect(() => store.describeImage({ ImageName: 'a' })).toThrowServiceError();

// useSageMakerImages answers the same mock type as mockSageMakerImages; advanceUntilSettled keeps the promise's type.
declare const client: SageMakerClient;
expectTypeOf(useSageMakerImages).returns.toEqualTypeOf<SageMakerImagesMock>();
expectTypeOf(useSageMakerImages).parameter(1).toEqualTypeOf<MockSageMakerImagesOptions | undefined>();
// @ts-expect-error: options are typed
useSageMakerImages(client, { lifecycle: 'slow' });
expectTypeOf(advanceUntilSettled(Promise.resolve(1), () => undefined)).toEqualTypeOf<Promise<number>>();
expectTypeOf(advanceUntilSettled(Promise.resolve('a'), (ms) => Promise.resolve(ms), { step: 1_000, maxTime: 60_000 })).toEqualTypeOf<Promise<string>>();
// @ts-expect-error: advance takes milliseconds
void advanceUntilSettled(Promise.resolve(1), (ms: string) => ms);
// @ts-expect-error: the options are typed
void advanceUntilSettled(Promise.resolve(1), () => undefined, { steps: 5 });

// The journal's matchers and expectReceived: a command class types the input; a name takes any object.
expectTypeOf(requestMatchers).toHaveProperty('toHaveReceivedRequestWith');
expect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: 'a', Version: 1 });
expect(store).toHaveReceivedRequestWith('DeleteImageVersion', { Anything: true });
expect(store.requests()).toHaveReceivedNthRequestWith(ListImagesCommand, 1, { MaxResults: 5 });
expect(store).toHaveReceivedRequestTimes(ListImagesCommand, 2);
// @ts-expect-error: the command's input has no such member
expect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageNam: 'a' });
// @ts-expect-error: Version is a number
expect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { Version: '1' });
// @ts-expect-error: times is a number
expect(store).toHaveReceivedRequestTimes('ListImages', '2');
expectTypeOf(expectReceived(store, ListImagesCommand, { input: { MaxResults: 5 }, times: 1 })).toEqualTypeOf<JournalRecord[]>();
// @ts-expect-error: the input is the command's
expectReceived(store, ListImagesCommand, { input: { MaxResult: 5 } });
// @ts-expect-error: not a journal source
expectReceived({}, 'ListImages');
// Asymmetric matchers in an expected input, typed as @jest/globals types them (not `any`).
declare const stringMatcher: { asymmetricMatch(other: unknown): boolean; toString(): string };
expect(store).toHaveReceivedRequestWith(DeleteImageVersionCommand, { ImageName: stringMatcher, Version: stringMatcher });
expectReceived(store, DeleteImageVersionCommand, { input: { ImageName: stringMatcher } });

// A stub gives output or error, one of the two.
store.stubOperation({ operation: 'CreateUserProfile', output: {} }, { operation: 'CreateUserProfile', error: { code: 'X' }, count: 1 });
// @ts-expect-error: output and error together
store.stubOperation({ operation: 'CreateUserProfile', output: {}, error: { code: 'X' } });
// @ts-expect-error: neither output nor error
store.stubOperation({ operation: 'CreateUserProfile' });
