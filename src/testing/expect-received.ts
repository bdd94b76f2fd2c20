import { AssertionError } from 'node:assert';
import type { JournalRecord } from '../glossary';
import type { InputOf, JournalSource, OperationRef } from './journal-check';
import { checkReceived, deepEquals } from './journal-check';

/**
 * The journal's assertion for any test runner (node:test, mocha, plain scripts): returns the calls
 * of `operation` that match when the store received them as expected (at least one, `times` of
 * them, or the `nth`), else throws an AssertionError that lists the calls the store received.
 * `input` is a partial match at the top level (each member it names, deeply equal). The source is
 * a store, the mock, a running server, or the journal itself (`store.requests()`, the JSON of
 * `GET /_mock/requests`).
 *
 * @example
 * ```ts
 * import { test } from 'node:test';
 * import assert from 'node:assert/strict';
 * import { DescribeImageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { expectReceived, mockSageMakerImages } from 'sagemaker-image-mock';
 *
 * test('the code looked the image up once', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   mock.seed({ ImageName: 'img' });
 *   await new SageMakerClient({ region: 'us-east-1' }).send(new DescribeImageCommand({ ImageName: 'img' }));
 *   const [call] = expectReceived(mock, 'DescribeImage', { input: { ImageName: 'img' }, times: 1 });
 *   assert.equal(call?.status, 200);
 *   mock.restore();
 * });
 * ```
 */
export function expectReceived<Input extends object = object>(
  source: JournalSource,
  operation: OperationRef<Input>,
  expected: { readonly input?: InputOf<Input>; readonly times?: number; readonly nth?: number } = {},
): JournalRecord[] {
  const result = checkReceived(source, operation, expected, deepEquals, 'expectReceived');
  if (!result.pass) throw new AssertionError({ message: result.report(false), operator: 'fail', stackStartFn: expectReceived });
  return [...result.matched];
}
