/**
 * A SageMaker command that the mock does not answer: the test must stub it itself.
 *
 * @example
 * ```ts
 * import { ListDomainsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages, UnsupportedCommandError } from 'sagemaker-image-mock';
 *
 * test('the test stubs the other SageMaker commands', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await expect(client.send(new ListDomainsCommand({}))).rejects.toThrow(UnsupportedCommandError);
 *   mock.stub.on(ListDomainsCommand).resolves({ Domains: [] }); // as the error's message says
 *   await expect(client.send(new ListDomainsCommand({}))).resolves.toEqual({ Domains: [] });
 *   mock.restore();
 * });
 * ```
 */
export class UnsupportedCommandError extends Error {
  /** Always `'UnsupportedCommandError'`. */
  override readonly name = 'UnsupportedCommandError';

  /** @param commandName The command's class name, e.g. `'ListDomainsCommand'`. */
  constructor(readonly commandName: string) {
    super(
      `sagemaker-image-mock does not implement ${commandName}. Stub it on the mock's own stub before sending it, ` +
        `e.g. mock.stub.on(${commandName}).resolves({ /* output */ }) or .rejects(error).`,
    );
  }
}
