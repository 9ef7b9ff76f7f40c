import { currentLanguage, languageTag, t } from '../i18n/index.js';

/**
 * Why `value`, given for `option`, is not a calendar date, in words the user can act on: not written YYYY-MM-DD,
 * a month that does not exist (13), a day the month does not have (31 April, 29 February 2026). Undefined when it is one.
 */
export function calendarDateProblem(option: string, value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return t('cli.dateShape', { option, value });
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return t('cli.dateNoMonth', { option, value, month: match[2] });
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  if (day === 0) return t('cli.dateNoDay', { option, value, day: match[3] });
  if (month === 2 && day === 29) return t('cli.dateNotLeapYear', { option, value, year });
  const monthName = new Intl.DateTimeFormat(languageTag(currentLanguage()), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return t('cli.dateShortMonth', { option, value, month: monthName, days });
}
