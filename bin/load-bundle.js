// Loads the bundled CLI (dist/cli.cjs) through vm.Script with the V8 code cache in `cacheFile`, for the main
// thread (bin/compact.js) and for the worker threads of a large batch, which then skip compiling what the
// command's earlier runs compiled.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire, Module } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/** Runs the bundle: its exports, its script (to write a cache from) and whether the cache was used. */
function loadBundle(bundle, cacheFile) {
  // The build writes the bundle in ASCII (scripts/build.mjs), which Latin-1 reads as UTF-8 does, only faster.
  const source = readFileSync(bundle, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {}
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/** A worker thread's start: the bundle, then its share of the batch. */
function runBatchWorker({ bundle, cacheFile }) {
  loadBundle(bundle, cacheFile).exports.runBatchWorker();
}

module.exports = { loadBundle, runBatchWorker };
