import { t } from '../i18n/index.js';
/**
 * A reader for PDF object syntax (ISO 32000-1 §7.3), enough to read a signature dictionary where it is written:
 * dictionaries, arrays, names, strings, numbers, booleans, null and indirect references. Streams are not read.
 */
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
export interface PdfName {
  kind: 'name';
  name: string;
}
export interface PdfString {
  kind: 'string';
  bytes: Buffer;
  /** Offsets of the string's delimiters in the file: `<` or `(` and one past `>` or `)`. */
  start: number;
  end: number;
}
export interface PdfRef {
  kind: 'ref';
  num: number;
  gen: number;
}
export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

export class PdfSyntaxError extends Error {}

export class PdfReader {
  constructor(
    private readonly bytes: Buffer,
    public position = 0,
  ) {}

  /** Reads one value; throws PdfSyntaxError when the bytes are not PDF syntax. */
  readValue(depth = 0): PdfValue {
    if (depth > 64) throw new PdfSyntaxError(t('sign.pdf.syntax.tooDeep'));
    this.skipSpace();
    const byte = this.bytes[this.position];
    if (byte === undefined) throw new PdfSyntaxError(t('sign.pdf.syntax.unexpectedEnd'));
    if (byte === 0x3c /* < */) {
      if (this.bytes[this.position + 1] === 0x3c) return this.readDict(depth);
      return this.readHexString();
    }
    if (byte === 0x28 /* ( */) return this.readLiteralString();
    if (byte === 0x2f /* / */) return this.readName();
    if (byte === 0x5b /* [ */) return this.readArray(depth);
    const token = this.readToken();
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token === 'null') return null;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(token)) return this.maybeReference(Number(token), token);
    throw new PdfSyntaxError(t('sign.pdf.syntax.unexpectedToken', { token: token.slice(0, 20), position: this.position }));
  }

  private maybeReference(value: number, token: string): PdfValue {
    if (!/^\d+$/.test(token)) return value;
    const saved = this.position;
    this.skipSpace();
    const generation = this.readToken();
    if (/^\d+$/.test(generation)) {
      this.skipSpace();
      if (this.readToken() === 'R') return { kind: 'ref', num: value, gen: Number(generation) };
    }
    this.position = saved;
    return value;
  }

  private readDict(depth: number): PdfDict {
    this.position += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.position] === 0x3e && this.bytes[this.position + 1] === 0x3e) {
        this.position += 2;
        return { kind: 'dict', entries };
      }
      const key = this.readValue(depth + 1);
      if (typeof key !== 'object' || key === null || !('kind' in key) || key.kind !== 'name') {
        throw new PdfSyntaxError(t('sign.pdf.syntax.keyNotName', { position: this.position }));
      }
      entries.set(key.name, this.readValue(depth + 1));
    }
  }

  private readArray(depth: number): PdfValue[] {
    this.position += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.position] === 0x5d) {
        this.position += 1;
        return items;
      }
      items.push(this.readValue(depth + 1));
    }
  }

  private readName(): PdfName {
    this.position += 1;
    const raw = this.readToken();
    return { kind: 'name', name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) };
  }

  private readHexString(): PdfString {
    const start = this.position;
    const end = this.bytes.indexOf(0x3e, start);
    if (end < 0) throw new PdfSyntaxError(t('sign.pdf.syntax.hexNotClosed'));
    let hex = this.bytes.toString('latin1', start + 1, end).replace(/\s+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfSyntaxError(t('sign.pdf.syntax.hexCharacter', { position: start }));
    if (hex.length % 2 === 1) hex += '0';
    this.position = end + 1;
    return { kind: 'string', bytes: Buffer.from(hex, 'hex'), start, end: end + 1 };
  }

  private readLiteralString(): PdfString {
    const start = this.position;
    const out: number[] = [];
    let depth = 0;
    let index = start + 1;
    for (; index < this.bytes.length; index++) {
      const byte = this.bytes[index]!;
      if (byte === 0x5c /* \ */) {
        index = this.readEscape(index, out);
        continue;
      }
      if (byte === 0x28) depth++;
      if (byte === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      out.push(byte);
    }
    if (index >= this.bytes.length) throw new PdfSyntaxError(t('sign.pdf.syntax.stringNotClosed'));
    this.position = index + 1;
    return { kind: 'string', bytes: Buffer.from(out), start, end: index + 1 };
  }

  /** Appends the escaped byte at `index` (the backslash) to `out`; returns the index of its last byte. */
  private readEscape(index: number, out: number[]): number {
    const next = this.bytes[index + 1];
    if (next === undefined) return index;
    const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
    if (simple[next] !== undefined) {
      out.push(simple[next]);
      return index + 1;
    }
    if (next >= 0x30 && next <= 0x37) {
      let end = index + 1;
      while (end < index + 4 && this.bytes[end]! >= 0x30 && this.bytes[end]! <= 0x37) end++;
      out.push(parseInt(this.bytes.toString('latin1', index + 1, end), 8) & 0xff);
      return end - 1;
    }
    if (next === 0x0d) return this.bytes[index + 2] === 0x0a ? index + 2 : index + 1;
    if (next === 0x0a) return index + 1;
    out.push(next);
    return index + 1;
  }

  private readToken(): string {
    const start = this.position;
    while (this.position < this.bytes.length) {
      const byte = this.bytes[this.position]!;
      if (WHITESPACE.has(byte) || DELIMITERS.has(byte)) break;
      this.position++;
    }
    return this.bytes.toString('latin1', start, this.position);
  }

  private skipSpace(): void {
    while (this.position < this.bytes.length) {
      const byte = this.bytes[this.position]!;
      if (WHITESPACE.has(byte)) this.position++;
      else if (byte === 0x25 /* % */) {
        while (this.position < this.bytes.length && this.bytes[this.position] !== 0x0a && this.bytes[this.position] !== 0x0d) this.position++;
      } else break;
    }
  }
}

/** A PDF text string: UTF-16BE with a byte order mark, UTF-8 with one (PDF 2.0), else PDFDocEncoding (read as Latin-1). */
export function textString(value: PdfValue | undefined): string | undefined {
  if (!isString(value)) return undefined;
  const bytes = value.bytes;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

export function isString(value: PdfValue | undefined): value is PdfString {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'string';
}

export function nameOf(value: PdfValue | undefined): string | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'name' ? value.name : undefined;
}

/** A PDF date "D:YYYYMMDDHHmmSSOHH'mm'" as ISO 8601; undefined when it is not one. */
export function pdfDate(text: string | undefined): string | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const zone = !sign || sign === 'Z' || sign === 'z' ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
