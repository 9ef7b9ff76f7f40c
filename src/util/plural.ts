import { t } from '../i18n/index.js';

/** `count(1, 'year')` → "1 year" / "1 år", `count(3, 'day')` → "3 days" / "3 dagar": the message `count.<noun>`. */
export function count(n: number, noun: string): string {
  return t(`count.${noun}`, { count: n });
}
