/**
 * Part of a line in a signature block: the line's label ("Underskrift:"), words to print, or a blank to write on
 * (a run of underscores in the Markdown). The labels of a block line up in one column.
 */
export type SignatureSegment = { kind: 'label'; text: string } | { kind: 'text'; text: string } | { kind: 'blank'; length: number };

/** Fewer underscores than this are ordinary text (an identifier, an emphasis left open). */
export const MIN_BLANK_UNDERSCORES = 8;

const BLANK = new RegExp(`_{${MIN_BLANK_UNDERSCORES},}`, 'g');
const LABEL_AND_VALUE = /^(.*?:)\s+(\S.*)$/;

/**
 * Splits "Ort och datum: Örebro, ________" into its label, the text filled in and the blanks. The label is the
 * words up to the first colon, or the words before a blank; a line without either is one text segment.
 */
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
  const first = segments[0];
  if (first?.kind !== 'text') return segments;
  const labelled = LABEL_AND_VALUE.exec(first.text);
  if (labelled) segments.splice(0, 1, { kind: 'label', text: labelled[1]! }, { kind: 'text', text: labelled[2]! });
  else if (first.text.endsWith(':') || segments[1]?.kind === 'blank') segments[0] = { kind: 'label', text: first.text };
  return segments;
}
