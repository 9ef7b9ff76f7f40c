import { JOINT } from '../domain/parties.js';
import { t } from '../i18n/index.js';
import type { CompactIndex, IdKind, Occurrence } from './compact-index.js';

const RENAMABLE: readonly IdKind[] = ['principle', 'party', 'body'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export type RenameTarget = { ok: true; occurrence: Occurrence } | { ok: false; message: string };

/** The id a rename at the offset would change: a declared principle, party or body. */
export function renameTarget(index: CompactIndex, offset: number): RenameTarget {
  if (index.document.errors.length > 0) return { ok: false, message: t('lsp.rename.unreadable') };
  const occurrence = index.at(offset);
  if (!occurrence || !RENAMABLE.includes(occurrence.kind)) return { ok: false, message: t('lsp.rename.notAnId') };
  if (!index.declaration(occurrence.kind, occurrence.id)) return { ok: false, message: t('lsp.rename.undeclared', { id: occurrence.id }) };
  return { ok: true, occurrence };
}

export type RenameEdits = { ok: true; edits: Array<{ start: number; end: number; text: string }> } | { ok: false; message: string };

/** Every edit a rename makes: the declaration and each reference together; a new id must be a free slug. */
export function renameEdits(index: CompactIndex, offset: number, newId: string): RenameEdits {
  const target = renameTarget(index, offset);
  if (!target.ok) return target;
  const { kind, id } = target.occurrence;
  if (!SLUG.test(newId)) return { ok: false, message: t('lsp.rename.invalidSlug', { id: newId }) };
  if (newId === id) return { ok: true, edits: [] };
  // A meeting's organiser names a body or a party, so bodies and parties share their ids.
  const clashing: IdKind[] = kind === 'principle' ? ['principle'] : ['party', 'body'];
  const taken = clashing.find((other) => index.declaration(other, newId));
  if (taken || (kind === 'party' && newId === JOINT)) return { ok: false, message: t('lsp.rename.taken', { id: newId, kind: taken ?? 'joint' }) };
  return { ok: true, edits: index.occurrencesOf(kind, id).map((occurrence) => ({ start: occurrence.start, end: occurrence.end, text: newId })) };
}
