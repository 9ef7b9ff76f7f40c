#!/usr/bin/env node
// Runs the bundled CLI (dist/cli.cjs) through vm.Script with a V8 code cache kept in the temp folder, one per
// command: a repeated `compact validate` skips parsing and compiling the code its previous run compiled.
// COMPACT_CODE_CACHE=0 turns the cache off; a cache V8 rejects (another build, other flags) is written again.
// A CommonJS script (bin/package.json says so): Node.js starts one without setting up its ES module loader.
'use strict';
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

// Rendering, comparing and signing run for well under a second to a few seconds: at V8's default budget its
// optimising compiler spends more time on functions that run a few hundred times than the run gains from them (a
// PDF took 30 % more CPU). Eight times the budget leaves that work to functions that stay hot. validate, lint and
// the language server keep the default, which suits one long loop over a large file. One given to node wins.
const RAISED_BUDGET = new Set(['render', 'diff', 'sign', 'verify', 'report', 'signatory', 'fmt', 'revise', 'init']);
const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
if (RAISED_BUDGET.has(command) && !process.execArgv.concat(process.env.NODE_OPTIONS ?? '').some((arg) => arg.includes('--interrupt-budget'))) {
  require('node:v8').setFlagsFromString('--interrupt-budget=524288');
}

const HELP_FLAGS = new Set(['-h', '--help', '-V', '--version', 'help']);
const bundle = join(__dirname, '../dist/cli.cjs');

function load() {
  let build;
  try {
    build = JSON.parse(readFileSync(join(__dirname, '../dist/cli.json'), 'utf8')).sha256;
  } catch {
    process.stderr.write('compact: the CLI is not built yet; run `npm run build` in the compact folder first\n');
    process.exit(2);
  }
  if (process.env.COMPACT_CODE_CACHE === '0') return createRequire(bundle)(bundle);
  const dir = join(tmpdir(), `compact-code-cache-${process.getuid?.() ?? 'user'}`);
  const cacheFile = join(dir, `${build}-${process.version}-${process.arch}-${command}.bin`);
  const { exports, script, cached } = loadBundle(bundle, cacheFile);
  // Worker threads of a large batch load the bundle with the same cache (src/batch/pool.ts).
  globalThis[Symbol.for('compact.launch')] = { loader: join(__dirname, 'load-bundle.js'), bundle, cacheFile };
  if (!cached) {
    process.once('exit', (code) => {
      // The cache keeps what this run compiled: a run that only printed help or stopped at bad input would
      // leave the command's real work out of it for every later run.
      if (code === 2 || process.argv.some((arg) => HELP_FLAGS.has(arg))) return;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const temp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cacheFile);
        // Caches of earlier builds are of no further use.
        for (const name of readdirSync(dir)) {
          if (name.endsWith('.bin') && !name.startsWith(`${build}-`)) rmSync(join(dir, name), { force: true });
        }
      } catch {}
    });
  }
  return exports;
}

// Plugins and shared configs are ES modules: the bundled script has no import() of its own to load them with.
globalThis[Symbol.for('compact.import')] = (specifier) => import(specifier);
load()
  .main()
  .then((code) => {
    process.exitCode = code;
  });
