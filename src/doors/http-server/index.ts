export { startServer } from './start-server';
export type { RunningServer, ServerOptions } from './glossary';
