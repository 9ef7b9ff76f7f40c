import { createRequire } from 'node:module';

/**
 * Loads a heavy package when a command first needs it. `require`, not `import()`: the CLI runs from a V8 code
 * cache, and a script restored from the cache has no callback for dynamic import.
 */
export const requireLazily = createRequire(import.meta.url);
