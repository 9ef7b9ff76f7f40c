import { latin1 } from './pdf-structure.js';
import type { Rect } from './types.js';

/** What the visible signature box shows. */
export interface AppearanceText {
  signer: string;
  signingTime: Date;
  reason?: string;
  location?: string;
}

const FONT_SIZE = 8;
const LEADING = 10;
const PADDING = 5;
/** Helvetica averages about half an em per character; enough to decide where to cut a line. */
const AVERAGE_CHAR_WIDTH = 0.5;

/**
 * Gives the signature widget that @signpdf/placeholder-plain added (with a /Rect but no appearance) a visible
 * appearance: an incremental update, written before the byte range is computed, that adds a form XObject with the
 * signer, time, reason and place, and rewrites the widget with an /AP entry. The text uses the standard Helvetica
 * font (not embedded) in WinAnsiEncoding.
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
  const content = appearanceContent(width, height, text);
  const form = `${formNumber} 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${fontNumber} 0 R >> >> /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`;
  const font = `${fontNumber} 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n`;

  let body = '\n';
  const offsets = new Map<number, number>();
  for (const [number, object] of [
    [widgetNumber, widget],
    [formNumber, form],
    [fontNumber, font],
  ] as const) {
    offsets.set(number, pdf.length + Buffer.byteLength(body, 'latin1'));
    body += object;
  }
  const xrefAt = pdf.length + Buffer.byteLength(body, 'latin1');
  const entries = [...offsets].sort(([a], [b]) => a - b).map(([number, offset]) => `${number} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
  const trailerText = `trailer\n<< /Size ${fontNumber + 1} /Root ${root}${info ? ` /Info ${info}` : ''} /Prev ${previousXref} >>\nstartxref\n${xrefAt}\n%%EOF`;
  return Buffer.concat([pdf, Buffer.from(`${body}xref\n${entries.join('')}${trailerText}`, 'latin1')]);
}

function appearanceContent(width: number, height: number, text: AppearanceText): string {
  const lines = [
    `Signed by ${text.signer}`,
    `${text.signingTime.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    ...(text.reason ? [`Reason: ${text.reason}`] : []),
    ...(text.location ? [`Location: ${text.location}`] : []),
  ];
  const fitting = Math.max(1, Math.floor((height - 2 * PADDING) / LEADING));
  const maxChars = Math.max(4, Math.floor((width - 2 * PADDING) / (FONT_SIZE * AVERAGE_CHAR_WIDTH)));
  const shown = lines.slice(0, fitting).map((line) => (line.length > maxChars ? `${line.slice(0, maxChars - 1)}\u2026` : line));
  const textOps = shown.map((line, index) => `${index === 0 ? '' : `0 -${LEADING} Td `}(${winAnsi(line)}) Tj`).join('\n');
  return [
    'q 0.15 0.3 0.55 RG 0.8 w',
    `0.4 0.4 ${width - 0.8} ${height - 0.8} re S Q`,
    `BT /F1 ${FONT_SIZE} Tf 0 g ${PADDING} ${height - PADDING - FONT_SIZE} Td`,
    textOps,
    'ET',
  ].join('\n');
}

/** WinAnsiEncoding's typographic characters outside Latin-1. */
const WIN_ANSI_EXTRAS: Record<string, number> = { '\u20ac': 0x80, '\u2026': 0x85, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97 };

/** A PDF literal string body in WinAnsiEncoding: Latin-1 letters as they are, dashes and quotes mapped, anything else as "?". */
function winAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    const extra = WIN_ANSI_EXTRAS[char];
    const code = char.codePointAt(0)!;
    const byte = extra ?? (code < 0x20 || (code > 0x7e && code < 0xa0) || code > 0xff ? 0x3f : code);
    const c = String.fromCharCode(byte);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return out;
}
