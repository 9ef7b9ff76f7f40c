// Preloaded into the CLI by the hostile-input tests (NODE_OPTIONS=--require): writes the peak resident memory on exit.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.COMPACT_TEST_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
