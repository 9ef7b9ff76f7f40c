import { PdfRevision, isDict, isRef } from './incremental.js';
import { isString, textString, type PdfValue } from './pdf-objects.js';
import type { Rect } from './types.js';

/** A signature block the renderer recorded: its words, its page (1-based) and its rectangle there. */
export interface SignaturePlace {
  label: string;
  page: number;
  rect: Rect;
}

const PREFIX = /^compact-signature-\d+: /;

/**
 * The signature blocks of a PDF rendered by compact: named destinations "compact-signature-N: …" of type /FitR
 * (see the PDF typesetter), read from the document's /Names /Dests tree as it is now.
 */
export function signaturePlaces(pdf: Buffer): SignaturePlace[] {
  let revision: PdfRevision;
  try {
    revision = new PdfRevision(pdf);
  } catch {
    return [];
  }
  const catalog = revision.resolve(revision.trailer.entries.get('Root'));
  if (!isDict(catalog)) return [];
  const names = revision.resolve(catalog.entries.get('Names'));
  const dests = isDict(names) ? revision.resolve(names.entries.get('Dests')) : undefined;
  const pages = pageNumbers(revision, catalog.entries.get('Pages'));
  const places: SignaturePlace[] = [];
  const visit = (node: PdfValue | undefined, depth: number) => {
    const value = revision.resolve(node);
    if (!isDict(value) || depth > 16) return;
    const kids = revision.resolve(value.entries.get('Kids'));
    if (Array.isArray(kids)) kids.forEach((kid) => visit(kid, depth + 1));
    const pairs = revision.resolve(value.entries.get('Names'));
    if (!Array.isArray(pairs)) return;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = pairs[i];
      const name = isString(key) ? textString(key) : undefined;
      if (!name || !PREFIX.test(name)) continue;
      let destination = revision.resolve(pairs[i + 1]);
      if (isDict(destination)) destination = revision.resolve(destination.entries.get('D'));
      if (!Array.isArray(destination) || destination.length < 6) continue;
      const [pageRef, , ...numbers] = destination;
      const page = isRef(pageRef) ? pages.get(pageRef.num) : undefined;
      if (!page || !numbers.slice(0, 4).every((n) => typeof n === 'number')) continue;
      places.push({ label: name.replace(PREFIX, ''), page, rect: numbers.slice(0, 4) as Rect });
    }
  };
  visit(dests, 0);
  return places;
}

/** Page object number → page number (1-based), walking the page tree in order. */
export function pageNumbers(revision: PdfRevision, root: PdfValue | undefined): Map<number, number> {
  const numbers = new Map<number, number>();
  const walk = (node: PdfValue | undefined, depth: number) => {
    if (!isRef(node) || depth > 32) return;
    const value = revision.object(node.num);
    if (!isDict(value)) return;
    const kids = revision.resolve(value.entries.get('Kids'));
    if (Array.isArray(kids)) kids.forEach((kid) => walk(kid, depth + 1));
    else numbers.set(node.num, numbers.size + 1);
  };
  walk(root, 0);
  return numbers;
}

/**
 * The place for a signer: the block whose words contain `signatory` (an id or a name, any case), else the first
 * block naming the certificate's organisation or person. Undefined when no block matches.
 */
export function placeFor(places: readonly SignaturePlace[], wanted: { signatory?: string; organisation?: string; name?: string }): SignaturePlace | undefined {
  const has = (place: SignaturePlace, text: string | undefined) => text !== undefined && text.trim() !== '' && place.label.toLocaleLowerCase('sv').includes(text.trim().toLocaleLowerCase('sv'));
  if (wanted.signatory !== undefined) return places.find((place) => has(place, wanted.signatory));
  return places.find((place) => has(place, wanted.organisation)) ?? places.find((place) => has(place, wanted.name));
}

/** The box inside a signature block: over the right part of its first rows, where the blank lines are. */
export function boxInBlock(block: Rect): Rect {
  const [left, bottom, right, top] = block;
  const width = Math.min(220, (right - left) * 0.55);
  const height = Math.min(52, top - bottom);
  return [round(right - width), round(top - height), round(right), round(top)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
