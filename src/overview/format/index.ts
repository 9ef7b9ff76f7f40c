import { checkArray, checkObject } from '../../api/arguments.js';
import { CompactError } from '../../errors.js';
import { t } from '../../i18n/index.js';
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
  if (!(name in loaders)) throw new CompactError(t('cli.format.unknown', { format: name, allowed: OVERVIEW_FORMATS.join(', ') }));
  return withChecks(name, await loaders[name as OverviewFormat]());
}

/** The format with its arguments checked; the context is optional. */
function withChecks(name: string, format: OverviewFormatter): OverviewFormatter {
  const fn = `the ${name} overview formatter`;
  return (overview, context = {}) => {
    checkObject(fn, 'overview', overview, t('api.overview'));
    checkArray(fn, 'overview.rows', overview.rows, t('api.overviewRows'));
    checkObject(fn, 'context', context, t('api.objectSuchAs', { example: "{ width: 100, lang: 'sv' }" }));
    return format(overview, context);
  };
}
