import { randomBytes } from 'node:crypto';

/**
 * @signpdf writes a non-ASCII text string's UTF-16 bytes through a UTF-8 encoder, which garbles "Örebro".
 * So such a value goes in as a random ASCII marker exactly as long as its UTF-16BE hex string, and the marker is
 * swapped for the hex string afterwards: the same length, so every offset in the file stays right.
 */
export interface TextPatch {
  marker: string;
  hex: string;
}

export function protectText(value: string, patches: TextPatch[]): string {
  if (!/[^\x00-\x7f]/.test(value)) return value;
  const hex = `FEFF${Buffer.from(value, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const marker = randomBytes(hex.length / 2).toString('hex');
  patches.push({ marker, hex });
  return marker;
}

export function applyTextPatches(pdf: Buffer, patches: readonly TextPatch[]): Buffer {
  for (const { marker, hex } of patches) {
    const written = Buffer.from(`(${marker})`, 'latin1');
    const at = pdf.indexOf(written);
    if (at < 0 || pdf.indexOf(written, at + 1) >= 0) throw new Error('a text field marker was not written exactly once');
    Buffer.from(`<${hex}>`, 'latin1').copy(pdf, at);
  }
  return pdf;
}
