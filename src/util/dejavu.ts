import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** What every fontkit font has that this module needs; callers describe the rest they use. */
interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null;
}

const opened = new Map<string, GlyphSource>();

/**
 * A DejaVu face (`DejaVuSans.ttf`) opened with fontkit once per process: parsing a font's tables costs more
 * than typesetting a page, and one PDF per signatory would otherwise open every face again.
 *
 * fontkit keeps the first glyph object it makes for a glyph id, with the characters it was asked for then. A
 * glyph first met as a part of another (the a in å, when a subset is written) has none, and a PDF's text layer
 * (ToUnicode) would then map every later a to nothing: copied text and screen readers would lose the letter in
 * every document after it. Here a glyph asked for with its characters gets them.
 */
export function openDejaVu<Font>(file: string): Font {
  let font = opened.get(file);
  if (!font) {
    const require = createRequire(import.meta.url);
    const fontkit = require('fontkit') as { create(buffer: Buffer): GlyphSource };
    font = fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    const getGlyph = font.getGlyph.bind(font);
    font.getGlyph = (id, codePoints = []) => {
      const glyph = getGlyph(id, codePoints);
      if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
      return glyph;
    };
    opened.set(file, font);
  }
  return font as Font;
}
