import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The faces the PDF uses, by the name they are registered under in each document. */
export const FACES = {
  body: 'DejaVuSerif.ttf',
  bodyBold: 'DejaVuSerif-Bold.ttf',
  bodyItalic: 'DejaVuSerif-Italic.ttf',
  bodyBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
  heading: 'DejaVuSans-Bold.ttf',
  sans: 'DejaVuSans.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type Face = keyof typeof FACES;

/** An opened fontkit font, which pdfkit accepts in place of the file's bytes. */
interface OpenedFont {
  layout: (...args: never[]) => unknown;
}

interface FontInternals {
  _fontFamilies: Record<string, { font?: OpenedFont } | undefined>;
}

const cache = new Map<Face, Buffer>();
const opened = new Map<Face, OpenedFont>();

/** The font file's bytes, read once per process: rendering one PDF per signatory must not re-read them. */
function fontBytes(face: Face): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    const require = createRequire(import.meta.url);
    bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FACES[face]}`));
    cache.set(face, bytes);
  }
  return bytes;
}

/** Registers every face with the document; pdfkit embeds (a subset of) only the faces that are used. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const face of Object.keys(FACES) as Face[]) {
    doc.registerFont(face, (opened.get(face) ?? fontBytes(face)) as Buffer);
  }
}

/**
 * Keeps the fonts a document opened for the next documents: parsing a font's tables costs more
 * than typesetting a page, and pdfkit takes an opened font as well as bytes. Call before `end()`.
 */
export function keepOpenedFonts(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as FontInternals)._fontFamilies;
  for (const face of Object.keys(FACES) as Face[]) {
    const font = families[face]?.font;
    if (font && typeof font.layout === 'function') opened.set(face, font);
  }
}
