// Preloaded with NODE_OPTIONS=--require: writes the package names the process loaded to COMPACT_MODULES_FILE.
const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const loaded = new Set();
const original = Module._load;
Module._load = function load(request, ...rest) {
  loaded.add(request);
  return original.call(this, request, ...rest);
};
process.on('exit', () => writeFileSync(process.env.COMPACT_MODULES_FILE, [...loaded].join('\n')));
