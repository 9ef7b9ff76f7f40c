import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

type Importer = (specifier: string) => Promise<Record<string, unknown>>;

/** The launcher (bin/compact.js, an ES module) leaves its own import() here for the bundled CLI. */
export const IMPORTER_KEY = Symbol.for('compact.import');

// The CommonJS bundles turn `import()` into require(); evaluated code gets a real import() where the host allows it.
const evaluatedImport = (0, eval)('(specifier) => import(specifier)') as Importer;

/** Each file loaded so far, with the modification time and size it had then. */
const loaded = new Map<string, { version: string | undefined; module: Promise<Record<string, unknown>> }>();

/**
 * Loads an ES module (or CommonJS module) from a file path: with the launcher's import(), else an evaluated
 * import(), else require() (which loads ES modules without top-level await on Node 20.19 and later).
 * A file loaded before is loaded again only when its modification time or size changed: an ES module cannot be
 * unloaded, so the new version is imported under a URL that names them (`?mtime=…&size=…`).
 */
export function importFile(file: string): Promise<Record<string, unknown>> {
  const version = versionOf(file);
  const known = loaded.get(file);
  if (known && known.version === version) return known.module;
  const module = load(file, known && version !== undefined ? `?${version}` : '');
  loaded.set(file, { version, module });
  return module;
}

/** The files importFile has loaded (plugins, JavaScript shared configs), to watch for changes. */
export function importedFiles(): string[] {
  return [...loaded.keys()];
}

function versionOf(file: string): string | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    return `mtime=${stat.mtimeNs}&size=${stat.size}`;
  } catch {
    return undefined;
  }
}

async function load(file: string, query: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href + query;
  const launcher = (globalThis as Record<symbol, unknown>)[IMPORTER_KEY] as Importer | undefined;
  if (launcher) return launcher(url);
  try {
    return await evaluatedImport(url);
  } catch (error) {
    if (!String((error as Error)?.message).includes('dynamic import callback')) throw error;
  }
  const require = createRequire(file);
  if (query) delete require.cache[require.resolve(file)];
  return require(file) as Record<string, unknown>;
}
