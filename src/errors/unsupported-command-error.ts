/** A SageMaker command that the mock does not answer: the test must stub it itself. */
export class UnsupportedCommandError extends Error {
  override readonly name = 'UnsupportedCommandError';

  constructor(readonly commandName: string) {
    super(
      `sagemaker-image-mock does not implement ${commandName}. Stub it on the mock's own stub before sending it, ` +
        `e.g. mock.stub.on(${commandName}).resolves({ /* output */ }) or .rejects(error).`,
    );
  }
}
