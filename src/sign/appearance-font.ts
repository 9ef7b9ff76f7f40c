import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { openDejaVu } from '../util/dejavu.js';

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  postscriptName: string;
  glyphsForString(text: string): FontkitGlyph[];
  createSubset(): { includeGlyph(glyph: FontkitGlyph | number): number; encode(): Uint8Array };
}

/** A subset of DejaVu Sans for the signature box: the glyphs the text needs, embedded as a CID font (Identity-H). */
export interface SubsetFont {
  /** The text as a PDF hex string of the subset's glyph ids, for Tj. */
  show(text: string): string;
  /** The width of `text` at `size` points. */
  width(text: string, size: number): number;
  /** The PDF objects, numbered from `first`: [Type0 font, CIDFont, descriptor, font file, ToUnicode]. */
  objects(first: number): Buffer[];
}

function dejaVuSans(): FontkitFont {
  return openDejaVu<FontkitFont>('DejaVuSans.ttf');
}

/**
 * Embeds the glyphs of `lines` from DejaVu Sans (the font the documents are set in), so the box shows Å, Ö, Č and
 * any other letter, and a PDF/A document keeps every font embedded. The subset's name prefix is derived from the
 * glyphs, so the same text gives the same bytes.
 */
export function subsetFont(lines: readonly string[]): SubsetFont {
  const font = dejaVuSans();
  const subset = font.createSubset();
  const ids = new Map<number, { newId: number; glyph: FontkitGlyph }>();
  const glyphsOf = (text: string) => font.glyphsForString(text);
  for (const line of lines) {
    for (const glyph of glyphsOf(line)) if (!ids.has(glyph.id)) ids.set(glyph.id, { newId: subset.includeGlyph(glyph), glyph });
  }
  const scale = 1000 / font.unitsPerEm;
  const show = (text: string) =>
    `<${glyphsOf(text)
      .map((glyph) => ids.get(glyph.id)!.newId.toString(16).padStart(4, '0'))
      .join('')}>`;
  const width = (text: string, size: number) => glyphsOf(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * (size / font.unitsPerEm);

  const objects = (first: number): Buffer[] => {
    const [type0, cidFont, descriptor, fontFile, toUnicode] = [first, first + 1, first + 2, first + 3, first + 4];
    const entries = [...ids.values()].sort((a, b) => a.newId - b.newId);
    const tag = createHash('sha256')
      .update(entries.map((e) => e.glyph.id).join(','))
      .digest()
      .subarray(0, 6)
      .map((byte) => 65 + (byte % 26));
    const name = `${Buffer.from(tag).toString('latin1')}+${font.postscriptName}`;
    const widths = entries.map((e) => `${e.newId} [${Math.round(e.glyph.advanceWidth * scale)}]`).join(' ');
    const file = deflateSync(Buffer.from(subset.encode()));
    const cmap = toUnicodeCMap(entries.map((e) => [e.newId, String.fromCodePoint(...e.glyph.codePoints)] as [number, string]));
    const bbox = font.bbox;
    return [
      Buffer.from(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`, 'latin1'),
      Buffer.from(
        `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /W [${widths}] /CIDToGIDMap /Identity >>`,
        'latin1',
      ),
      Buffer.from(
        `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)).join(' ')}] /ItalicAngle ${font.italicAngle} /Ascent ${Math.round(font.ascent * scale)} /Descent ${Math.round(font.descent * scale)} /CapHeight ${Math.round(font.capHeight * scale)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
        'latin1',
      ),
      Buffer.concat([Buffer.from(`<< /Length ${file.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), file, Buffer.from('\nendstream', 'latin1')]),
      Buffer.from(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`, 'latin1'),
    ];
  };
  return { show, width, objects };
}

function toUnicodeCMap(pairs: [number, string][]): string {
  const hex = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  const lines = pairs.map(([id, text]) => `<${id.toString(16).padStart(4, '0').toUpperCase()}> <${hex(text)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    const part = lines.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
