import { formatPath } from '../findings.js';
import { t } from '../i18n/index.js';
import type { SchemaProblem } from './messages.js';

/**
 * Checks that JSON Schema cannot state: a value compared with another value of the same file.
 * Reads the data defensively, since it runs whether or not the schema accepted the file.
 */
export function crossFieldProblems(data: Record<string, unknown>): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const governance = data.governance;
  const meetings = governance !== null && typeof governance === 'object' ? (governance as Record<string, unknown>).meetings : undefined;
  if (!Array.isArray(meetings)) return problems;
  meetings.forEach((meeting: unknown, index) => {
    if (meeting === null || typeof meeting !== 'object') return;
    const times = (meeting as Record<string, unknown>).times_per_year;
    if (times === null || typeof times !== 'object') return;
    const { min, max } = times as Record<string, unknown>;
    if (typeof min !== 'number' || typeof max !== 'number' || min <= max) return;
    const path = ['governance', 'meetings', index, 'times_per_year'];
    problems.push({
      ruleId: 'schema/range',
      path: [...path, 'min'],
      anchor: 'value',
      message: t('schema.rangeReversed', { where: formatPath(path), min: String(min), max: String(max), fix: `{min: ${max}, max: ${min}}` }),
    });
  });
  return problems;
}
