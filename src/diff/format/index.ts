import { checkArray, checkObject, checkString } from '../../api/arguments.js';
import { CompactError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { DiffResult } from '../types.js';
import { formatJson } from './json.js';
import { DIFF_FORMAT_NAMES, type DiffFormatName } from './names.js';
import { formatMarkdown } from './markdown.js';
import { formatText, type DiffFormatContext } from './text.js';

export type { DiffFormatContext } from './text.js';
export { NO_CHANGES } from './text.js';
export { DIFF_FORMAT_NAMES, type DiffFormatName } from './names.js';

export type DiffFormatter = (result: DiffResult, context: DiffFormatContext) => string;

const FORMATTERS: Record<DiffFormatName, DiffFormatter> = { text: formatText, markdown: formatMarkdown, json: formatJson };

export function diffFormatter(name: string): DiffFormatter {
  if (!(DIFF_FORMAT_NAMES as readonly string[]).includes(name)) {
    throw new CompactError(t('cli.format.unknown', { format: name, allowed: DIFF_FORMAT_NAMES.join(', ') }));
  }
  return withChecks(name, FORMATTERS[name as DiffFormatName]);
}

function withChecks(name: string, format: DiffFormatter): DiffFormatter {
  const fn = `the ${name} diff formatter`;
  return (result, context) => {
    checkObject(fn, 'result', result, t('api.diffResult'));
    checkArray(fn, 'result.changes', result.changes, t('api.changes'));
    checkObject(fn, 'context', context, t('api.objectSuchAs', { example: "{ beforeLabel: 'v2016', afterLabel: 'v2021' }" }));
    checkString(fn, 'context.beforeLabel', context.beforeLabel, t('api.beforeLabel'));
    checkString(fn, 'context.afterLabel', context.afterLabel, t('api.afterLabel'));
    return format(result, context);
  };
}
