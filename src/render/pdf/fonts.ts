import { openDejaVu } from '../../util/dejavu.js';

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

/** Registers every face with the document (pdfkit takes an opened fontkit font); it embeds a subset of the faces used. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const face of Object.keys(FACES) as Face[]) doc.registerFont(face, openDejaVu<Buffer>(FACES[face]));
}
