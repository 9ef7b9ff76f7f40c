import type { Ajv, Options } from 'ajv';

/**
 * A new Ajv for schemas known only at run time (rule options, custom rules). ajv is required here, on first use,
 * rather than imported: the bundled CLI then starts without loading it, as most runs compile no schema.
 */
export function createAjv(options: Options): Ajv {
  const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
  return new AjvClass(options);
}
