import { CompactError } from '../errors.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter, RuleDescriptor } from './types.js';
export { colorFor } from './color.js';

const loaders: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  markdown: async () => (await import('./markdown.js')).markdown,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
};

export const FINDING_FORMATS = Object.keys(loaders);

/** The formats that describe the rules that ran (FormatContext.rules). */
export const FORMATS_DESCRIBING_RULES: readonly string[] = ['sarif'];

/** The formats that show a finding's fix and suggestions. */
export const FORMATS_WITH_FIXES: readonly string[] = ['json', 'sarif'];

export function formatNames(): string[] {
  return [...FINDING_FORMATS];
}

export async function getFormatter(name: string, allowed: readonly string[] = formatNames()): Promise<Formatter> {
  const load = allowed.includes(name) ? loaders[name] : undefined;
  if (!load) throw new CompactError(`unknown format "${name}"; use one of ${allowed.join(', ')}`);
  return load();
}
