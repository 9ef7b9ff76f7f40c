import type { Status } from '../model/index.js';

/**
 * Whether the text of the compact is still open: a draft. Advice may then say "add or drop"; the text of any other
 * compact was decided by a council (one under revision is in force as adopted), so advice about it says "take it up
 * at the next revision" instead.
 */
export function textIsOpen(status: Status): boolean {
  return status === 'draft';
}

/** Whether the compact no longer applies: it expired or a newer one superseded it. */
export function hasEnded(status: Status): boolean {
  return status === 'expired' || status === 'superseded';
}
