import { CompactError } from '../../errors.js';
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
    throw new CompactError(`unknown format "${name}"; use one of ${DIFF_FORMAT_NAMES.join(', ')}`);
  }
  return FORMATTERS[name as DiffFormatName];
}
