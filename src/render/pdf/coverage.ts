import { useFace, type Face } from './fonts.js';

interface FontInternals {
  _font: { font: { characterSet: number[] } };
}

const characterSets = new Map<Face, Set<number>>();

/**
 * The code points `face` has glyphs for. Read from the fontkit font pdfkit opened for the
 * current document (pdfkit exposes no API for it); the font files are the same for every document.
 */
export function characterSet(doc: PDFKit.PDFDocument, face: Face): Set<number> {
  let set = characterSets.get(face);
  if (!set) {
    useFace(doc, face);
    set = new Set((doc as unknown as FontInternals)._font.font.characterSet);
    characterSets.set(face, set);
  }
  return set;
}

/** Splits text where it moves between characters `covered` has and characters it lacks; spaces join either side. */
export function splitByCoverage(text: string, covered: Set<number>): { text: string; covered: boolean }[] {
  const parts: { text: string; covered: boolean }[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const last = parts.at(-1);
    const isCovered = covered.has(code);
    if (last && (last.covered === isCovered || /\s/.test(char))) last.text += char;
    else parts.push({ text: char, covered: isCovered });
  }
  return parts;
}
