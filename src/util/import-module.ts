import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Importer = (specifier: string) => Promise<Record<string, unknown>>;

/** The launcher (bin/compact.js, an ES module) leaves its own import() here for the bundled CLI. */
export const IMPORTER_KEY = Symbol.for('compact.import');

// The CommonJS bundles turn `import()` into require(); evaluated code gets a real import() where the host allows it.
const evaluatedImport = (0, eval)('(specifier) => import(specifier)') as Importer;

/**
 * Loads an ES module (or CommonJS module) from a file path: with the launcher's import(), else an evaluated
 * import(), else require() (which loads ES modules without top-level await on Node 20.19 and later).
 */
export async function importFile(file: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  const launcher = (globalThis as Record<symbol, unknown>)[IMPORTER_KEY] as Importer | undefined;
  if (launcher) return launcher(url);
  try {
    return await evaluatedImport(url);
  } catch (error) {
    if (!String((error as Error)?.message).includes('dynamic import callback')) throw error;
  }
  return createRequire(file)(file) as Record<string, unknown>;
}
