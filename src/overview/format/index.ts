import { CompactError } from '../../errors.js';
import type { OverviewFormatter } from './types.js';

export type { OverviewFormatContext, OverviewFormatter } from './types.js';

const loaders = {
  table: async () => (await import('./table.js')).table,
  markdown: async () => (await import('./markdown.js')).markdown,
  csv: async () => (await import('./csv.js')).csv,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('./html.js')).html,
} satisfies Record<string, () => Promise<OverviewFormatter>>;

export type OverviewFormat = keyof typeof loaders;

export const OVERVIEW_FORMATS = Object.keys(loaders) as OverviewFormat[];

export async function getOverviewFormatter(name: string): Promise<OverviewFormatter> {
  if (!(name in loaders)) throw new CompactError(`unknown format "${name}"; use one of ${OVERVIEW_FORMATS.join(', ')}`);
  return loaders[name as OverviewFormat]();
}
