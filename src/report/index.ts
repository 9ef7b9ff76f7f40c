import { checkArray, checkObject } from '../api/arguments.js';
import { VERSION } from '../cli/version.js';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { CompleteFormatContext, Formatter, FormatContext, ReportFormatter } from './types.js';

export type { FormatContext, Formatter, RuleDescriptor } from './types.js';
export { colorFor } from './color.js';

const loaders: Readonly<Record<string, () => Promise<ReportFormatter>>> = {
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
  if (!load) throw new CompactError(t('cli.format.unknown', { format: name, allowed: allowed.join(', ') }));
  return withDefaults(name, await load());
}

/** The format with its arguments checked and the context's optional fields filled in. */
function withDefaults(name: string, format: ReportFormatter): Formatter {
  const fn = `the ${name} formatter`;
  return (findings, context) => {
    checkArray(fn, 'findings', findings, t('api.findings'));
    checkObject(fn, 'context', context, t('api.objectSuchAs', { example: "{ files: ['orebro.yaml'] }" }));
    checkArray(fn, 'context.files', context.files, t('api.checkedFiles'));
    return format(findings, completeContext(context));
  };
}

function completeContext(context: FormatContext): CompleteFormatContext {
  return { ...context, command: context.command ?? 'lint', cwd: context.cwd ?? process.cwd(), toolVersion: context.toolVersion ?? VERSION };
}
