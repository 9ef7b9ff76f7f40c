import { parse } from 'yaml';
import { fastParse } from '../load/fast-parse.js';
import type { Language } from '../model/index.js';
import { localeOf } from './dates.js';
import { HelperArgumentError } from './errors.js';

/** The labels of one language: nested mappings of strings; a mapping with `one`/`other` (and `"=N"` forms) is a plural. */
export type StringTable = { [key: string]: string | StringTable };

export interface Strings {
  /** The files the table was read from, built-in first, for error messages. */
  files: string[];
  table: StringTable;
  lang: Language;
}

/** Parses a strings.yaml; throws a plain Error with the reason when it is not a mapping of labels. */
export function parseStringTable(text: string): StringTable {
  // The fast reader gives what the yaml library gives wherever it reads a text at all; the library reads the rest
  // and words any problem.
  const data: unknown = fastParse(text)?.data ?? parse(text, { logLevel: 'error' });
  assertTable(data, '');
  return data;
}

function assertTable(value: unknown, path: string): asserts value is StringTable {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${path || 'the file'} must be a mapping of labels`);
  }
  for (const [key, entry] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof entry === 'string') continue;
    if (typeof entry === 'number') throw new Error(`${at} must be text; quote it`);
    assertTable(entry, at);
  }
}

/** Labels of `overlay` replace those of `base` key by key. */
export function mergeStringTables(base: StringTable, overlay: StringTable): StringTable {
  // No prototype: a label named __proto__ or constructor is an own key like any other, never the object's prototype.
  const merged: StringTable = Object.assign(Object.create(null) as StringTable, base);
  for (const [key, value] of Object.entries(overlay)) {
    const existing = merged[key];
    merged[key] = typeof value === 'object' && typeof existing === 'object' ? mergeStringTables(existing, value) : value;
  }
  return merged;
}

/**
 * The label at a dotted key with its `{{placeholders}}` filled in. A plural label (`one`, `other`, …) is chosen
 * by the `count` value with the language's plural rules; a form for an exact number (`"=3"`, as in ICU) comes first,
 * for words that the plural rules cannot choose ("vart tredje år").
 */
export function label(strings: Strings, key: string, values: Record<string, unknown> = {}): string {
  let entry = lookup(strings.table, key);
  if (entry === undefined) throw new HelperArgumentError(`there is no label "${key}" in ${strings.files.join(' or ')}`);
  if (typeof entry === 'object') {
    const count = values.count;
    if (typeof count !== 'number') throw new HelperArgumentError(`the label "${key}" has plural forms; give count=<number>`);
    const category = new Intl.PluralRules(localeOf(strings.lang)).select(count);
    entry = entry[`=${count}`] ?? entry[category] ?? entry.other;
    if (typeof entry !== 'string') throw new HelperArgumentError(`the label "${key}" has no "${category}" or "other" form`);
  }
  return entry.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null) throw new HelperArgumentError(`the label "${key}" needs ${name}=<value>`);
    return String(value);
  });
}

function lookup(table: StringTable, key: string): string | StringTable | undefined {
  let entry: string | StringTable | undefined = table;
  for (const part of key.split('.')) {
    if (typeof entry !== 'object' || !Object.hasOwn(entry, part)) return undefined;
    entry = entry[part];
  }
  return entry;
}

/** A label as written, its `{{placeholders}}` left for the caller to fill (the PDF page numbers, say). */
export function rawLabel(strings: Strings, key: string): string {
  const entry = lookup(strings.table, key);
  if (typeof entry !== 'string') throw new HelperArgumentError(`there is no label "${key}" in ${strings.files.join(' or ')}`);
  return entry;
}
