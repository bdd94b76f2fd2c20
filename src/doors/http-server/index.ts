/**
 * `sagemaker-image-mock/server`: door 3, the store behind the service's awsJson1_1 protocol on a
 * loopback HTTP server, for the AWS CLI, boto3, other SDKs and other processes. The CLI
 * (`npx sagemaker-image-mock serve`) starts the same server.
 *
 * @module sagemaker-image-mock/server
 */
export { startServer } from './start-server';
export type { RequestLogEntry, RunningServer, ServerOptions } from './glossary';
