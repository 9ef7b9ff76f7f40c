/**
 * Notes a redline shows about a change that no word of the text carries: where an entry moved from or to, the id it
 * had. The diff attaches them to the marked entry under {@link REDLINE_NOTES}; the renderer words them in the
 * document's language and sets them before the entry's text.
 */
export type RedlineNote =
  | { kind: 'moved-from-position'; position: number }
  | { kind: 'moved-to-position'; position: number }
  | { kind: 'moved-from-party'; party: string }
  | { kind: 'moved-to-party'; party: string }
  | { kind: 'renamed'; before: string; after: string };

export const REDLINE_NOTES: unique symbol = Symbol('redline notes');

export type WithNotes = { [REDLINE_NOTES]?: RedlineNote[] };

export function attachNote(entry: unknown, note: RedlineNote): void {
  if (entry === null || typeof entry !== 'object') return;
  const holder = entry as WithNotes;
  (holder[REDLINE_NOTES] ??= []).push(note);
}
