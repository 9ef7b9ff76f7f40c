import { t, type Language } from '../i18n/index.js';
import { subsetFont, type SubsetFont } from './appearance-font.js';
import { PdfRevision, isDict } from './incremental.js';
import { textString } from './pdf-objects.js';
import { CompactError } from '../errors.js';
import { latin1 } from './pdf-structure.js';
import { pageNumbers } from './signature-places.js';
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
export function addSignatureAppearance(pdf: Buffer, rect: Rect, text: AppearanceText, page = 1): Buffer {
  const source = latin1(pdf);
  const widgetAt = source.lastIndexOf('/Subtype /Widget');
  const header = /(\d+) 0 obj\s*$/.exec(source.slice(Math.max(0, source.lastIndexOf(' obj', widgetAt) - 12), source.lastIndexOf(' obj', widgetAt) + 4));
  if (!header) throw new Error('the signature widget written for the signature was not found');
  const widgetNumber = Number(header[1]);
  const revision = new PdfRevision(pdf);
  const formNumber = revision.size;
  const fontNumber = formNumber + 1;
  const width = rect[2] - rect[0];
  const height = rect[3] - rect[1];

  const objects = new Map<number, Buffer | string>();
  let widget = revision.rawValue(widgetNumber).replace(/\/Rect\s*\[[^\]]*\]/, `/Rect [${rect.join(' ')}]`);
  if (page !== 1) widget = moveWidget(revision, widgetNumber, widget, page, objects);
  objects.set(widgetNumber, `${widget.slice(0, widget.lastIndexOf('>>'))}/AP << /N ${formNumber} 0 R >>\n>>`);
  const lines = appearanceLines(text.language ?? documentLanguage(pdf), text);
  const font = subsetFont([...lines, '\u2026']);
  const content = appearanceContent(width, height, lines, font);
  objects.set(formNumber, `<< /Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${fontNumber} 0 R >> >> /Length ${content.length} >>\nstream\n${content}\nendstream`);
  font.objects(fontNumber).forEach((body, index) => objects.set(fontNumber + index, body));
  return revision.append(objects);
}

/**
 * Moves the widget @signpdf put on the first page to `page`: off the first page's /Annots, onto the other's, and
 * its /P pointing there.
 */
function moveWidget(revision: PdfRevision, widgetNumber: number, widget: string, page: number, objects: Map<number, Buffer | string>): string {
  const catalog = revision.resolve(revision.trailer.entries.get('Root'));
  const pages = pageNumbers(revision, isDict(catalog) ? catalog.entries.get('Pages') : undefined);
  const target = [...pages].find(([, number]) => number === page)?.[0];
  if (target === undefined) throw new CompactError(t('sign.visible.noPage', { page, count: pages.size }));
  const reference = new RegExp(`\\b${widgetNumber}\\s+0\\s+R\\b`);
  for (const [objectNumber] of pages) {
    const raw = revision.rawValue(objectNumber);
    const annots = /\/Annots\s*\[([^\]]*)\]/.exec(raw);
    if (annots && reference.test(annots[1]!)) objects.set(objectNumber, raw.replace(annots[0], `/Annots [${annots[1]!.replace(reference, '')}]`));
  }
  const targetRaw = (objects.get(target) as string | undefined) ?? revision.rawValue(target);
  const inline = /\/Annots\s*\[([^\]]*)\]/.exec(targetRaw);
  const indirect = /\/Annots\s+(\d+)\s+\d+\s+R/.exec(targetRaw);
  if (inline) objects.set(target, targetRaw.replace(inline[0], `/Annots [${inline[1]!.trim()} ${widgetNumber} 0 R]`));
  else if (indirect) {
    const array = revision.rawValue(Number(indirect[1]));
    objects.set(Number(indirect[1]), `${array.slice(0, array.lastIndexOf(']'))} ${widgetNumber} 0 R]`);
  } else objects.set(target, `${targetRaw.slice(0, targetRaw.lastIndexOf('>>'))}/Annots [${widgetNumber} 0 R]\n>>`);
  return widget.replace(/\/P\s+\d+\s+\d+\s+R/, `/P ${target} 0 R`);
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
