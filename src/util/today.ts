import { t } from '../i18n/index.js';
import { CompactError } from '../errors.js';
import { isCalendarDate } from '../validate/formats.js';

/**
 * "Today" as YYYY-MM-DD, from one place: the `--today` option, else COMPACT_TODAY, else the clock.
 */
export function resolveToday(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const given = option ?? env.COMPACT_TODAY;
  if (given !== undefined && given !== '') {
    if (!isCalendarDate(given)) {
      const source = option !== undefined ? '--today' : 'COMPACT_TODAY';
      throw new CompactError(t('cli.today.invalid', { source, given }));
    }
    return given;
  }
  return new Date().toISOString().slice(0, 10);
}
