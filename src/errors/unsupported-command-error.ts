/**
 * A SageMaker command that the mock does not answer: the test must stub it itself.
 *
 * @example
 * ```ts
 * import { CreateUserProfileCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
 * import { mockSageMakerImages, UnsupportedCommandError } from 'sagemaker-image-mock';
 *
 * test('the test stubs the other SageMaker commands', async () => {
 *   const mock = mockSageMakerImages(SageMakerClient);
 *   const client = new SageMakerClient({ region: 'us-east-1' });
 *   await expect(client.send(new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' }))).rejects.toThrow(UnsupportedCommandError);
 *   mock.stub.on(CreateUserProfileCommand).resolves({ UserProfileArn: 'arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana' }); // as the error's message says
 *   await expect(client.send(new CreateUserProfileCommand({ DomainId: 'd-1', UserProfileName: 'ana' }))).resolves.toEqual({ UserProfileArn: 'arn:aws:sagemaker:us-east-1:123456789012:user-profile/d-1/ana' });
 *   mock.restore();
 * });
 * ```
 */
export class UnsupportedCommandError extends Error {
  /** Always `'UnsupportedCommandError'`. */
  override readonly name = 'UnsupportedCommandError';

  /** @param commandName The command's class name, e.g. `'CreateUserProfileCommand'`. */
  constructor(readonly commandName: string) {
    super(
      `sagemaker-image-mock does not implement ${commandName}. Stub it on the mock's own stub before sending it, ` +
        `e.g. mock.stub.on(${commandName}).resolves({ /* output */ }) or .rejects(error). ` +
        '(store.stubOperation answers the wire doors, createRequestHandler and the server, not this one.)',
    );
  }
}
