export { startServer } from './start-server';
export type { RequestLogEntry, RunningServer, ServerOptions } from './glossary';
