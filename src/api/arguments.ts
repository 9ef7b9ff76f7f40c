import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';

/**
 * Checks of what a library caller passes to a public function: a wrong argument is a CompactError naming the
 * function, the argument, what it was and what is allowed, never a TypeError from deep inside.
 */

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('api.array.value');
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return t('api.object');
  return t('api.value.typed', { type: typeof value, value: String(value) });
}

function refuse(fn: string, name: string, value: unknown, allowed: string): never {
  throw new CompactError(t('api.badArgument', { fn, name, value: describe(value), allowed }));
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An options object (undefined allowed when `optional`). */
export function checkObject(fn: string, name: string, value: unknown, what: string, optional = false): asserts value is Record<string, unknown> | undefined {
  if (optional && value === undefined) return;
  if (!isPlainObject(value)) refuse(fn, name, value, what);
}

export function checkString(fn: string, name: string, value: unknown, what = t('api.text'), optional = false): asserts value is string | undefined {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || value === '') refuse(fn, name, value, what);
}

/** A list of paths, such as `['compacts/', 'extra.yaml']`: a single path as a plain text is refused, not read letter by letter. */
export function checkPathList(fn: string, name: string, value: unknown): asserts value is readonly string[] {
  if (!Array.isArray(value)) refuse(fn, name, value, t('api.pathList'));
  value.forEach((path, index) => {
    if (typeof path !== 'string' || path === '') refuse(fn, `${name}[${index}]`, path, t('api.path'));
  });
}

export function checkOneOf<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[], optional = false): asserts value is T | undefined {
  if (optional && value === undefined) return;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) refuse(fn, name, value, t('api.oneOf', { values: allowed.map((v) => `'${v}'`).join(', ') }));
}

/** A compact's data, as loadCompact(…).data or parseCompact(…).data gives it. */
export function checkCompactData(fn: string, name: string, value: unknown): asserts value is Record<string, unknown> {
  if (!isPlainObject(value)) refuse(fn, name, value, t('api.compactData'));
  if (isLoadedCompact(value)) throw new CompactError(t('api.loadedCompactGiven', { fn, name }));
}

function isLoadedCompact(value: Record<string, unknown>): boolean {
  return typeof value.file === 'string' && 'sourceMap' in value && 'data' in value && !('compact' in value);
}

/** The language a compact is rendered in: options.lang, else the compact's own `language`. */
export function checkLanguage<T extends string>(fn: string, lang: unknown, dataLanguage: unknown, allowed: readonly T[]): T {
  const quoted = allowed.map((v) => `'${v}'`).join(', ');
  if (lang !== undefined) {
    checkOneOf(fn, 'options.lang', lang, allowed);
    return lang as T;
  }
  if (dataLanguage === undefined) throw new CompactError(t('api.missingLanguage', { fn, values: quoted }));
  if (typeof dataLanguage !== 'string' || !(allowed as readonly string[]).includes(dataLanguage)) refuse(fn, t('api.argument.compactLanguage'), dataLanguage, t('api.oneOf', { values: quoted }));
  return dataLanguage as T;
}

/** A loaded compact, as loadCompact or parseCompact gives it. */
export function checkLoadedCompact(fn: string, value: unknown): void {
  if (!isPlainObject(value) || typeof value.file !== 'string' || !('sourceMap' in value) || !('data' in value) || !Array.isArray(value.warnings)) {
    refuse(fn, t('api.argument.first'), value, t('api.loadedCompact'));
  }
}

/** The bytes of a file (a Buffer is a Uint8Array). */
export function checkBytes(fn: string, name: string, value: unknown, what: string): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) refuse(fn, name, value, t('api.bytes', { what }));
}

/** An array (undefined allowed when `optional`); `what` names its items. */
export function checkArray(fn: string, name: string, value: unknown, what: string, optional = false): asserts value is unknown[] | undefined {
  if (optional && value === undefined) return;
  if (!Array.isArray(value)) refuse(fn, name, value, t('api.array', { what }));
}

export function checkFunction(fn: string, name: string, value: unknown, what: string): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') refuse(fn, name, value, what);
}

/** Any other condition on an argument: `ok` false is a refusal saying what is `allowed`. */
export function checkThat(fn: string, name: string, value: unknown, ok: boolean, allowed: string): void {
  if (!ok) refuse(fn, name, value, allowed);
}
