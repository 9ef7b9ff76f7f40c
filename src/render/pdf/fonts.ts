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

const cache = new Map<Face, Buffer>();

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
  for (const face of Object.keys(FACES) as Face[]) doc.registerFont(face, fontBytes(face));
}
