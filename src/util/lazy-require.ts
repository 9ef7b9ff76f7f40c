import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * Loads a CommonJS package on first use. `require` rather than `import()`: the CLI bundle runs in a vm.Script with
 * a code cache, where Node 20 loses the dynamic-import callback ("A dynamic import callback was not specified").
 */
export function lazyRequire<T>(id: string): T {
  return requireHere(id) as T;
}
