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

const registered = new WeakMap<PDFKit.PDFDocument, Set<Face>>();

/**
 * Sets the document's font to `face`. A face is opened (once per process) and registered with a document only when
 * the document first uses it (pdfkit takes an opened fontkit font), so a render reads no font file it does not need.
 */
export function useFace(doc: PDFKit.PDFDocument, face: Face): PDFKit.PDFDocument {
  let faces = registered.get(doc);
  if (!faces) registered.set(doc, (faces = new Set()));
  if (!faces.has(face)) {
    doc.registerFont(face, openDejaVu<Buffer>(FACES[face]));
    faces.add(face);
  }
  return doc.font(face);
}
