import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withPdfjs, type PdfSource } from './pdfjs.js';
import { qpdfObjects, type QpdfValue } from './qpdf.js';

/** A font a page uses, as pdffonts lists it, read from the file's objects by qpdf. */
export interface PdfFont {
  /** The BaseFont without the slash, e.g. `CZZZZZ+DejaVuSans-Bold`. */
  name: string;
  /** pdffonts' words: `CID TrueType`, `TrueType`, `Type 1`, `Type 3`, `CID Type 0C`, … */
  type: string;
  /** The encoding name, e.g. `Identity-H`, or `Custom` when there is none. */
  encoding: string;
  /** The font program is in the file (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
  /** The name carries a subset tag (six capitals and a plus). */
  subset: boolean;
  /** The font has a ToUnicode map, so its text can be copied and searched. */
  unicode: boolean;
}

type Dict = Record<string, QpdfValue>;

const TYPES: Record<string, string> = {
  '/Type1': 'Type 1',
  '/MMType1': 'Type 1',
  '/TrueType': 'TrueType',
  '/Type3': 'Type 3',
  '/CIDFontType0': 'CID Type 0',
  '/CIDFontType2': 'CID TrueType',
};

/** Every font the pages (and the forms they draw) use, once each, in page order. */
export async function pdfFonts(source: PdfSource): Promise<PdfFont[]> {
  const { objects } = await qpdfObjects(source);
  const resolve = (value: QpdfValue | undefined): QpdfValue | undefined =>
    typeof value === 'string' && /^\d+ \d+ R$/.test(value) ? objects.get(value) : value;
  const dict = (value: QpdfValue | undefined): Dict | undefined => {
    const resolved = resolve(value);
    return resolved && typeof resolved === 'object' && !Array.isArray(resolved) ? (resolved as Dict) : undefined;
  };
  const fonts = new Map<string, PdfFont>();
  const seenResources = new Set<QpdfValue>();
  const describe = (font: Dict): PdfFont => {
    const name = String(font['/BaseFont'] ?? '/[none]').slice(1);
    const descendant = dict((resolve(font['/DescendantFonts']) as QpdfValue[] | undefined)?.[0]);
    const program = dict((descendant ?? font)['/FontDescriptor']);
    const subtype = String((descendant ?? font)['/Subtype']);
    const fontFile3 = dict(program?.['/FontFile3']);
    const type = fontFile3 ? (descendant ? 'CID Type 0C' : 'Type 1C') : (TYPES[subtype] ?? subtype);
    const encoding = resolve(font['/Encoding']);
    return {
      name,
      type,
      encoding: typeof encoding === 'string' && encoding.startsWith('/') ? encoding.slice(1) : 'Custom',
      embedded: Boolean(program && (program['/FontFile'] ?? program['/FontFile2'] ?? program['/FontFile3'])),
      subset: /^[A-Z]{6}\+/.test(name),
      unicode: font['/ToUnicode'] !== undefined,
    };
  };
  const scan = (resourcesValue: QpdfValue | undefined): void => {
    const resources = dict(resourcesValue);
    if (!resources || seenResources.has(resources)) return;
    seenResources.add(resources);
    for (const reference of Object.values(dict(resources['/Font']) ?? {})) {
      const key = typeof reference === 'string' ? reference : JSON.stringify(reference);
      const font = dict(reference);
      if (font && !fonts.has(key)) fonts.set(key, describe(font));
    }
    for (const reference of Object.values(dict(resources['/XObject']) ?? {})) {
      const form = dict(reference);
      if (form?.['/Subtype'] === '/Form') scan(form['/Resources']);
    }
  };
  const pages = [...objects.values()].filter((value): value is Dict => dict(value)?.['/Type'] === '/Page');
  for (const page of pages) scan(page['/Resources']);
  return [...fonts.values()];
}

/** A font as pdf.js loaded it to draw the pages. */
export interface LoadedFont {
  name: string;
  /** pdf.js found no font program in the file and drew with a stand-in. */
  missingFile: boolean;
  /** The size in bytes of the font program pdf.js loaded from the file. */
  programBytes: number;
}

/** The fonts pdf.js loads while it interprets every page's content, once each. */
export async function pdfjsLoadedFonts(source: PdfSource): Promise<LoadedFont[]> {
  return withPdfjs(source, async (document) => {
    const fonts = new Map<string, LoadedFont>();
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const operators = await page.getOperatorList();
      operators.fnArray.forEach((operator, index) => {
        if (operator !== OPS.setFont) return;
        const id = (operators.argsArray[index] as [string])[0];
        const font = page.commonObjs.get(id) as { name: string; missingFile: boolean; data?: Uint8Array };
        if (!fonts.has(font.name)) fonts.set(font.name, { name: font.name, missingFile: font.missingFile, programBytes: font.data?.length ?? 0 });
      });
    }
    return [...fonts.values()];
  });
}
