/** Part of a signature line: words to print, or a blank to write on (a run of underscores in the Markdown). */
export type SignatureSegment = { kind: 'text'; text: string } | { kind: 'blank'; length: number };

/** Fewer underscores than this are ordinary text (an identifier, an emphasis left open). */
export const MIN_BLANK_UNDERSCORES = 8;

const BLANK = new RegExp(`_{${MIN_BLANK_UNDERSCORES},}`, 'g');

/** Splits "Underskrift: ________  Datum: ____" into labels and blanks; a line with no blank is one text segment. */
export function parseSignatureLine(line: string): SignatureSegment[] {
  const segments: SignatureSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(BLANK)) {
    const text = line.slice(last, match.index).trim();
    if (text !== '') segments.push({ kind: 'text', text });
    segments.push({ kind: 'blank', length: match[0].length });
    last = match.index + match[0].length;
  }
  const rest = line.slice(last).trim();
  if (rest !== '') segments.push({ kind: 'text', text: rest });
  return segments;
}
