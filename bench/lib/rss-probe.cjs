// Preloaded with NODE_OPTIONS=--require: appends this process's peak resident set size (KiB) to a file.
const { appendFileSync } = require('node:fs');
const target = process.env.COMPACT_BENCH_RSS_FILE;
if (target) process.on('exit', () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
