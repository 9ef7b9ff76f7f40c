import { t } from '../i18n/index.js';
import { CompactError } from '../errors.js';
import { calendarDateProblem } from '../domain/date-problem.js';

/**
 * "Today" as YYYY-MM-DD, from one place: the `--today` option, else COMPACT_TODAY, else the clock.
 */
export function resolveToday(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = option ?? env.COMPACT_TODAY;
  if (given !== undefined && given !== '') {
    const problem = calendarDateProblem(option !== undefined ? '--today' : 'COMPACT_TODAY', given);
    if (problem) throw new CompactError(problem);
    return given;
  }
  return new Date().toISOString().slice(0, 10);
}
