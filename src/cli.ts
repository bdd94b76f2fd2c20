#!/usr/bin/env node
// The `sagemaker-image-mock` program: `conformance record|check` (the scenarios, over every door),
// every other command to the server's CLI (`serve`). The conformance commands, and the SDK they
// drive, are loaded only for them: the server starts without the SDK.
import { runServeCommand } from './doors/http-server/cli';

const argv = process.argv.slice(2);
if (argv[0] === 'conformance') {
  // The SDK's notice that its 2027 releases need Node 22 is not this program's output (unless asked for).
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
  // Exits once what was written has reached stdout and stderr (on a pipe they may be asynchronous).
  const exit = (code: number) => process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  import('./testing/conformance/cli.js')
    .then(({ conformanceCommand }) => conformanceCommand(argv.slice(1)))
    .then(exit, (error: unknown) => {
      console.error(`sagemaker-image-mock conformance: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      exit(1);
    });
} else {
  runServeCommand(argv);
}
