import { t } from '../i18n/index.js';
import type { Status } from '../model/index.js';

/**
 * Whether the compact is in force: adopted, or adopted and being revised. A draft is not yet in
 * force; a superseded or expired compact no longer is.
 */
export function isInForce(status: Status): boolean {
  return status === 'adopted' || status === 'under-revision';
}

/** The status as words in a sentence: "under revision" (or "under revidering") for `under-revision`. */
export function statusInWords(status: Status): string {
  return t('status.words', { status: status.replace(/-/g, '_') });
}
