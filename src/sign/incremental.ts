import { inflateSync } from 'node:zlib';
import { PdfReader, type PdfDict, type PdfValue } from './pdf-objects.js';
import { latin1 } from './pdf-structure.js';

/**
 * Reading and appending to a PDF with classic cross-reference tables (what compact signs; see assertSignablePdf):
 * the newest offset of each object through the /Prev chain, the trailer, and an incremental update that appends
 * objects, a cross-reference section and a trailer, leaving every earlier byte — and so every signature — as it is.
 */
export class PdfRevision {
  readonly offsets = new Map<number, number>();
  readonly trailer: PdfDict;
  readonly startXref: number;

  constructor(readonly bytes: Buffer) {
    const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
    const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!match) throw new Error('the PDF has no startxref at its end');
    this.startXref = Number(match[1]);
    let trailer: PdfDict | undefined;
    const visited = new Set<number>();
    for (let at: number | undefined = this.startXref; at !== undefined && !visited.has(at); ) {
      visited.add(at);
      const section = this.readSection(at);
      trailer ??= section;
      const prev = section.entries.get('Prev');
      at = typeof prev === 'number' ? prev : undefined;
    }
    this.trailer = trailer!;
  }

  private readSection(offset: number): PdfDict {
    // Some writers (@signpdf among them) point startxref at the line break before "xref".
    const lead = /^\s*/.exec(latin1(this.bytes.subarray(offset, offset + 16)))![0].length;
    const at = offset + lead;
    const text = latin1(this.bytes.subarray(at));
    if (!text.startsWith('xref')) throw new Error('the PDF uses cross-reference streams');
    const trailerAt = text.indexOf('trailer');
    const lines = text.slice(4, trailerAt).trim().split(/\r\n|\r|\n/);
    let number = 0;
    for (const line of lines) {
      const parts = line.trim().split(/\s+/);
      if (parts.length === 2) number = Number(parts[0]);
      else if (parts.length === 3) {
        if (parts[2] === 'n' && !this.offsets.has(number)) this.offsets.set(number, Number(parts[0]));
        else if (!this.offsets.has(number)) this.offsets.set(number, -1);
        number++;
      }
    }
    const value = new PdfReader(this.bytes, at + trailerAt + 'trailer'.length).readValue();
    if (!isDict(value)) throw new Error('the PDF trailer is not a dictionary');
    return value;
  }

  get size(): number {
    const size = this.trailer.entries.get('Size');
    return typeof size === 'number' ? size : 0;
  }

  /** Where object `num`'s value starts (after "num gen obj"), or undefined when it is not in use. */
  valueOffset(num: number): number | undefined {
    const offset = this.offsets.get(num);
    if (offset === undefined || offset < 0) return undefined;
    const header = /^\s*\d+\s+\d+\s+obj/.exec(latin1(this.bytes.subarray(offset, offset + 40)));
    return header ? offset + header[0].length : undefined;
  }

  object(num: number): PdfValue | undefined {
    const at = this.valueOffset(num);
    return at === undefined ? undefined : new PdfReader(this.bytes, at).readValue();
  }

  /** Follows a reference to its value; other values are returned as they are. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (isRef(value)) return this.object(value.num);
    return value;
  }

  /** The raw text of object `num`'s value (a dictionary written as it is in the file), for rewriting it. */
  rawValue(num: number): string {
    const at = this.valueOffset(num);
    if (at === undefined) throw new Error(`object ${num} is not in the PDF`);
    const reader = new PdfReader(this.bytes, at);
    reader.readValue();
    return latin1(this.bytes.subarray(at, reader.position)).trim();
  }

  /** A stream object's decoded data (no filter or FlateDecode). */
  streamData(num: number): Buffer | undefined {
    const at = this.valueOffset(num);
    if (at === undefined) return undefined;
    const reader = new PdfReader(this.bytes, at);
    const dict = reader.readValue();
    if (!isDict(dict)) return undefined;
    const rest = latin1(this.bytes.subarray(reader.position, reader.position + 20));
    const keyword = /^\s*stream(\r\n|\n|\r)/.exec(rest);
    if (!keyword) return undefined;
    const start = reader.position + keyword[0].length;
    const length = this.resolve(dict.entries.get('Length'));
    if (typeof length !== 'number') return undefined;
    const data = this.bytes.subarray(start, start + length);
    const filter = dict.entries.get('Filter');
    const filterName = isName(filter) ? filter.name : Array.isArray(filter) && filter.length === 1 && isName(filter[0]) ? filter[0].name : undefined;
    if (filter === undefined) return Buffer.from(data);
    return filterName === 'FlateDecode' ? inflateSync(data) : undefined;
  }

  /** Appends `objects` (number → the text or bytes between "obj" and "endobj") as an incremental update. */
  append(objects: Map<number, Buffer | string>, size = this.size): Buffer {
    const parts: Buffer[] = [this.bytes, Buffer.from('\n', 'latin1')];
    let position = this.bytes.length + 1;
    const written = new Map<number, number>();
    for (const [num, body] of [...objects].sort(([a], [b]) => a - b)) {
      const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n', 'latin1')]);
      written.set(num, position);
      parts.push(chunk);
      position += chunk.length;
    }
    const xref = ['xref'];
    const numbers = [...written.keys()];
    for (let i = 0; i < numbers.length; ) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
      xref.push(`${numbers[i]} ${j - i + 1}`);
      for (let k = i; k <= j; k++) xref.push(`${String(written.get(numbers[k]!)).padStart(10, '0')} 00000 n `);
      i = j + 1;
    }
    const keep = ['Root', 'Info', 'ID'].flatMap((key) => {
      const value = this.trailer.entries.get(key);
      return value === undefined ? [] : [`/${key} ${this.rawTrailerValue(key)}`];
    });
    const trailer = `trailer\n<< /Size ${Math.max(size, ...numbers.map((n) => n + 1))} ${keep.join(' ')} /Prev ${this.startXref} >>\nstartxref\n${position}\n%%EOF\n`;
    parts.push(Buffer.from(`${xref.join('\n')}\n${trailer}`, 'latin1'));
    return Buffer.concat(parts);
  }

  private rawTrailerValue(key: string): string {
    return serialize(this.trailer.entries.get(key)!);
  }
}

/** Writes a value back as PDF syntax (strings as hex). */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  switch (value.kind) {
    case 'name':
      return `/${value.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
    case 'string':
      return `<${value.bytes.toString('hex')}>`;
    case 'ref':
      return `${value.num} ${value.gen} R`;
    case 'dict':
      return `<< ${[...value.entries].map(([key, entry]) => `${serialize({ kind: 'name', name: key })} ${serialize(entry)}`).join(' ')} >>`;
  }
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'dict';
}

export function isRef(value: PdfValue | undefined): value is import('./pdf-objects.js').PdfRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'ref';
}

function isName(value: PdfValue | undefined): value is import('./pdf-objects.js').PdfName {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'name';
}

/** A stream object body with unfiltered data. */
export function rawStream(data: Uint8Array, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`<< /Length ${data.length}${extra ? ` ${extra}` : ''} >>\nstream\n`, 'latin1'), Buffer.from(data), Buffer.from('\nendstream', 'latin1')]);
}
