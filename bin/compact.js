#!/usr/bin/env node
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('compact: the CLI is not built yet; run `npm run build` in the compact folder first\n');
  process.exit(2);
}
process.exitCode = await cli.main();
