import { withPdfjs, type PdfSource } from './pdfjs.js';

/** What pdfinfo shows of a PDF, read by pdf.js. */
export interface PdfDocumentInfo {
  pages: number;
  /** The header's version, e.g. `1.7`. */
  version: string;
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  producer?: string;
  /** As written in the file, e.g. `D:20240512000000Z`. */
  creationDate?: string;
  modDate?: string;
  /** The catalog's /Lang. */
  language?: string;
  /** The catalog's MarkInfo says the document is tagged. */
  tagged: boolean;
  linearized: boolean;
  /** Width and height in points of each page's visible area. */
  pageSizes: [number, number][];
  /** The XMP metadata packet as written, when there is one. */
  xmp?: string;
}

/** A4 in points, within a point. */
export function isA4([width, height]: [number, number]): boolean {
  return Math.abs(width - 595.28) < 1 && Math.abs(height - 841.89) < 1;
}

export async function pdfDocumentInfo(source: PdfSource): Promise<PdfDocumentInfo> {
  return withPdfjs(source, async (document) => {
    const { info, metadata } = (await document.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: { getRaw(): string } | null };
    const text = (key: string): string | undefined => (typeof info[key] === 'string' ? (info[key] as string) : undefined);
    const markInfo = await document.getMarkInfo();
    const pageSizes: [number, number][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const [x0, y0, x1, y1] = (await document.getPage(number)).view as [number, number, number, number];
      pageSizes.push([x1 - x0, y1 - y0]);
    }
    return {
      pages: document.numPages,
      version: String(info.PDFFormatVersion),
      title: text('Title'),
      author: text('Author'),
      subject: text('Subject'),
      keywords: text('Keywords'),
      creator: text('Creator'),
      producer: text('Producer'),
      creationDate: text('CreationDate'),
      modDate: text('ModDate'),
      language: text('Language'),
      tagged: markInfo?.Marked === true,
      linearized: info.IsLinearized === true,
      pageSizes,
      xmp: metadata?.getRaw(),
    };
  });
}

/** A node of the structure tree (tagged PDF) of a page: its role and children, or a piece of marked content. */
export interface StructureNode {
  role?: string;
  lang?: string;
  alt?: string;
  children?: StructureNode[];
  type?: string;
}

/** The roles of the structure elements on each page, in tree order (e.g. `Document`, `H1`, `P`, `L`, `LI`, `Lbl`, `LBody`). */
export async function pdfStructureRoles(source: PdfSource): Promise<string[][]> {
  return withPdfjs(source, async (document) => {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const tree = (await (await document.getPage(number)).getStructTree()) as StructureNode | null;
      const roles: string[] = [];
      const walk = (node: StructureNode): void => {
        if (node.role && node.role !== 'Root') roles.push(node.role);
        node.children?.forEach(walk);
      };
      if (tree) walk(tree);
      pages.push(roles);
    }
    return pages;
  });
}
