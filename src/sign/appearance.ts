import { t, type Language } from '../i18n/index.js';
import { subsetFont, type SubsetFont } from './appearance-font.js';
import { PdfRevision, isDict } from './incremental.js';
import { textString } from './pdf-objects.js';
import { latin1 } from './pdf-structure.js';
import type { Rect } from './types.js';

/** What the visible signature box shows. */
export interface AppearanceText {
  signer: string;
  signingTime: Date;
  reason?: string;
  location?: string;
  /** The language of the box; defaults to the document's /Lang (sv or en). */
  language?: Language;
}

const FONT_SIZE = 8;
const LEADING = 10;
const PADDING = 5;

/** The document's language from the catalog's /Lang: Swedish for sv-*, else English. */
export function documentLanguage(pdf: Buffer): Language {
  try {
    const revision = new PdfRevision(pdf);
    const catalog = revision.resolve(revision.trailer.entries.get('Root'));
    const lang = isDict(catalog) ? textString(revision.resolve(catalog.entries.get('Lang'))) : undefined;
    return lang?.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Gives the signature widget that @signpdf/placeholder-plain added (with a /Rect but no appearance) a visible
 * appearance: an incremental update, written before the byte range is computed, that adds a form XObject with the
 * signer, time, reason and place, and rewrites the widget with an /AP entry. The text is set in an embedded subset
 * of DejaVu Sans (so a PDF/A document keeps every font embedded) in the document's language, and the drawing is
 * marked as an artifact for tagged PDF.
 */
export function addSignatureAppearance(pdf: Buffer, rect: Rect, text: AppearanceText): Buffer {
  const source = latin1(pdf);
  const widgetAt = source.lastIndexOf('/Subtype /Widget');
  const header = /(\d+) 0 obj\s*$/.exec(source.slice(Math.max(0, source.lastIndexOf(' obj', widgetAt) - 12), source.lastIndexOf(' obj', widgetAt) + 4));
  const objectStart = source.lastIndexOf(`${header?.[1]} 0 obj`, widgetAt);
  const dictionaryEnd = source.lastIndexOf('>>', source.indexOf('endobj', widgetAt));
  const trailer = source.slice(source.lastIndexOf('trailer'));
  const previousXref = Number(/startxref\s+(\d+)/.exec(trailer)?.[1]);
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  const info = /\/Info\s+(\d+\s+\d+\s+R)/.exec(trailer)?.[1];
  if (!header || objectStart < 0 || dictionaryEnd < widgetAt || !root || !Number.isInteger(size) || !Number.isInteger(previousXref)) {
    throw new Error('the signature widget or the trailer written for it was not found');
  }
  const widgetNumber = Number(header[1]);
  const formNumber = size;
  const fontNumber = size + 1;
  const width = rect[2] - rect[0];
  const height = rect[3] - rect[1];

  const widget = `${source.slice(objectStart, dictionaryEnd)}/AP << /N ${formNumber} 0 R >>\n>>\nendobj\n`;
  const lines = appearanceLines(text.language ?? documentLanguage(pdf), text);
  const font = subsetFont([...lines, '\u2026']);
  const content = appearanceContent(width, height, lines, font);
  const form = `${formNumber} 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${fontNumber} 0 R >> >> /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`;
  const fontObjects = font.objects(fontNumber).map((bodyBytes, index) => [fontNumber + index, Buffer.concat([Buffer.from(`${fontNumber + index} 0 obj\n`, 'latin1'), bodyBytes, Buffer.from('\nendobj\n', 'latin1')])] as const);
  const lastNumber = fontNumber + fontObjects.length - 1;

  let body = Buffer.from('\n', 'latin1');
  const offsets = new Map<number, number>();
  for (const [number, object] of [[widgetNumber, Buffer.from(widget, 'latin1')] as const, [formNumber, Buffer.from(form, 'latin1')] as const, ...fontObjects]) {
    offsets.set(number, pdf.length + body.length);
    body = Buffer.concat([body, object]);
  }
  const xrefAt = pdf.length + body.length;
  const entries = [...offsets].sort(([a], [b]) => a - b).map(([number, offset]) => `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
  const trailerText = `trailer\n<< /Size ${lastNumber + 1} /Root ${root}${info ? ` /Info ${info}` : ''} /Prev ${previousXref} >>\nstartxref\n${xrefAt}\n%%EOF`;
  return Buffer.concat([pdf, body, Buffer.from(`xref\n${entries.join('')}${trailerText}`, 'latin1')]);
}

/** "Digitalt signerad av Åsa Öberg", "2026-12-01 21:20", the reason and the place, in the document's language. */
function appearanceLines(language: Language, text: AppearanceText): string[] {
  const time = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: process.env.TZ || 'UTC' }).format(text.signingTime);
  return [
    t('sign.visible.signedBy', { name: text.signer }, language),
    time,
    ...(text.reason ? [t('sign.visible.reason', { reason: text.reason }, language)] : []),
    ...(text.location ? [t('sign.visible.location', { location: text.location }, language)] : []),
  ];
}

function appearanceContent(width: number, height: number, lines: string[], font: SubsetFont): string {
  const fitting = Math.max(1, Math.floor((height - 2 * PADDING) / LEADING));
  const shown = lines.slice(0, fitting).map((line) => fit(line, width - 2 * PADDING, font));
  const textOps = shown.map((line, index) => `${index === 0 ? '' : `0 -${LEADING} Td `}${font.show(line)} Tj`).join('\n');
  return [
    '/Artifact BMC',
    'q 0.15 0.3 0.55 RG 0.8 w',
    `0.4 0.4 ${width - 0.8} ${height - 0.8} re S Q`,
    `BT /F1 ${FONT_SIZE} Tf 0 g ${PADDING} ${height - PADDING - FONT_SIZE} Td`,
    textOps,
    'ET',
    'EMC',
  ].join('\n');
}

/** The line, cut with an ellipsis where it would run out of the box. */
function fit(line: string, room: number, font: SubsetFont): string {
  if (font.width(line, FONT_SIZE) <= room) return line;
  let cut = line;
  while (cut.length > 1 && font.width(`${cut}\u2026`, FONT_SIZE) > room) cut = cut.slice(0, -1);
  return `${cut}\u2026`;
}
