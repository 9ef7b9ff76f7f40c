import PDFDocument from 'pdfkit';
import { createMarkdownIt } from '../markdown-it.js';
import { tokensToBlocks } from './blocks.js';
import { drawPageFurniture } from './furniture.js';
import type { PdfMeta, PdfOptions } from './index.js';
import { escapeXmpInfo } from './metadata.js';
import { Outline } from './outline.js';
import { PAGE } from './style.js';
import { Typesetter } from './typesetter.js';

export async function renderPdf(markdown: string, meta: PdfMeta, options: PdfOptions = {}): Promise<Buffer> {
  const blocks = tokensToBlocks(createMarkdownIt({ changeMarks: options.changeMarks ?? false }).parse(markdown, {}));
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: { ...PAGE.margins },
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: meta.title,
      ...(meta.author === undefined ? {} : { Author: meta.author }),
      ...(meta.subject === undefined ? {} : { Subject: meta.subject }),
      ...(meta.keywords === undefined || meta.keywords.length === 0 ? {} : { Keywords: meta.keywords.join(', ') }),
      Creator: 'compact',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
  const bytes = collect(doc);
  escapeXmpInfo(doc);

  const root = doc.struct('Document');
  doc.addStructure(root);
  new Typesetter(doc, root, new Outline(doc.outline)).typeset(blocks);
  root.end();
  drawPageFurniture(doc, { headerTitle: meta.headerTitle, pageLabel: meta.labels.page });
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
