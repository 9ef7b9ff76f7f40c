import { t } from '../i18n/index.js';
import { PdfReader, PdfSyntaxError, isString, nameOf, textString, type PdfDict, type PdfString, type PdfValue } from './pdf-objects.js';
import { latin1 } from './pdf-structure.js';

/** A signature dictionary as written in the file. */
export interface FoundSignature {
  /** The object number of the signature dictionary (or of the object holding it). */
  objectNumber: number;
  byteRange?: [number, number, number, number];
  contents?: PdfString;
  subFilter?: string;
  name?: string;
  reason?: string;
  location?: string;
  /** The dictionary's /M, as written. */
  modified?: string;
  field?: string;
  /** Why the dictionary could not be read, when it could not. */
  problem?: string;
}

const OBJECT_HEADER = /(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g;

/**
 * Finds every signature dictionary (a dictionary with a /ByteRange) in a PDF, reading each object where it
 * is written rather than trusting one pattern over the whole file; the same dictionary written again in a
 * later revision is reported once.
 */
export function findSignatures(pdf: Buffer): FoundSignature[] {
  const text = latin1(pdf);
  const headers = [...text.matchAll(OBJECT_HEADER)].map((match) => ({ number: Number(match[1]), bodyStart: match.index + match[0].length, start: match.index }));
  const objectAt = (offset: number) => lastBefore(headers, offset);
  const fieldNames = signatureFieldNames(pdf, text, objectAt);

  const found: FoundSignature[] = [];
  const seen = new Set<string>();
  const readObjects = new Set<number>();
  for (const match of text.matchAll(/\/ByteRange\s*\[/g)) {
    const header = objectAt(match.index);
    if (!header || readObjects.has(header.start)) continue;
    readObjects.add(header.start);
    let value: PdfValue;
    try {
      value = new PdfReader(pdf, header.bodyStart).readValue();
    } catch (error) {
      const reason = error instanceof PdfSyntaxError ? error.message : t('verify.problem.unreadable');
      found.push({ objectNumber: header.number, problem: t('verify.problem.dictionaryUnreadable', { object: header.number, reason }) });
      continue;
    }
    for (const dict of dictionariesWithByteRange(value)) {
      const signature = describe(dict, header.number, fieldNames.get(header.number));
      const key = signature.byteRange ? signature.byteRange.join(' ') : `object ${header.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(signature);
    }
  }
  return found.sort((a, b) => (a.byteRange?.[3] ?? 0) + (a.byteRange?.[2] ?? 0) - ((b.byteRange?.[3] ?? 0) + (b.byteRange?.[2] ?? 0)));
}

function describe(dict: PdfDict, objectNumber: number, field: string | undefined): FoundSignature {
  const entries = dict.entries;
  const range = entries.get('ByteRange');
  const contents = entries.get('Contents');
  const signature: FoundSignature = { objectNumber };
  const numbers = Array.isArray(range) && range.length === 4 && range.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (numbers) signature.byteRange = range as [number, number, number, number];
  else signature.problem = t('verify.problem.byteRangeNotNumbers');
  if (isString(contents)) signature.contents = contents;
  else signature.problem ??= t('verify.problem.noContents');
  const text = (key: string) => textString(entries.get(key)) || undefined;
  assignDefined(signature, {
    subFilter: nameOf(entries.get('SubFilter')),
    name: text('Name'),
    reason: text('Reason'),
    location: text('Location'),
    modified: text('M'),
    field,
  });
  return signature;
}

/** The dictionary itself when it has a /ByteRange, else any nested one that has (a field holding its /V inline). */
function dictionariesWithByteRange(value: PdfValue): PdfDict[] {
  if (Array.isArray(value)) return value.flatMap(dictionariesWithByteRange);
  if (typeof value !== 'object' || value === null || value.kind !== 'dict') return [];
  if (value.entries.has('ByteRange')) return [value];
  return [...value.entries.values()].flatMap(dictionariesWithByteRange);
}

/** Signature fields' names (/T) by the object number of the signature dictionary their /V refers to. */
function signatureFieldNames(pdf: Buffer, text: string, objectAt: (offset: number) => { bodyStart: number } | undefined): Map<number, string> {
  const names = new Map<number, string>();
  for (const match of text.matchAll(/\/FT\s*\/Sig\b/g)) {
    const header = objectAt(match.index);
    if (!header) continue;
    try {
      const value = new PdfReader(pdf, header.bodyStart).readValue();
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value.kind !== 'dict') continue;
      const target = value.entries.get('V');
      const name = textString(value.entries.get('T'));
      if (name && typeof target === 'object' && target !== null && !Array.isArray(target) && target.kind === 'ref') names.set(target.num, name);
    } catch {
      // A field that cannot be read only loses its name in the report.
    }
  }
  return names;
}

function lastBefore<T extends { start: number }>(sorted: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = sorted.length - 1;
  let result: T | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start < offset) {
      result = sorted[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return result;
}

function assignDefined<T extends object>(target: T, values: Partial<T>): void {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) (target as Record<string, unknown>)[key] = value;
}
