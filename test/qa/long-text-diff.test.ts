import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedWordSegmenter } from '../../src/diff/chunked-segmenter.js';
import { runCli } from '../helpers/cli.js';

const native = new Intl.Segmenter('sv', { granularity: 'word' });
const segments = (iterable: Iterable<{ segment: string; index: number; isWordLike?: boolean }>) =>
  Array.from(iterable, ({ segment, index, isWordLike }) => ({ segment, index, isWordLike }));

describe('ChunkedWordSegmenter', () => {
  it('segments the examples\' texts exactly as Intl.Segmenter does', () => {
    for (const name of ['botkyrka', 'boras', 'orebro', 'sodertalje']) {
      const text = readFileSync(`examples/${name}.yaml`, 'utf8');
      expect(segments(new ChunkedWordSegmenter(native).segment(text))).toEqual(segments(native.segment(text)));
    }
  });

  it('segments any text of words, spaces, line breaks, marks and punctuation as Intl.Segmenter does', () => {
    const piece = fc.constantFrom('ord', 'Föreningen', 'ŋŧđ', ' ', '  ', '\n', '\r\n', '\u0300', '.', ',', '§12', '2024-05-16', 'e-post', '"', '🙂', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 3000 }), (pieces) => {
        const text = pieces.join('');
        expect(segments(new ChunkedWordSegmenter(native).segment(text))).toEqual(segments(native.segment(text)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('compact diff of a long text', () => {
  it('compares a 20 000-word section within 256 MB of heap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-qa-long-'));
    const draft = readFileSync('test/fixtures/render/edge/minimal-draft.yaml', 'utf8');
    const long = 'Föreningslivet och kommunen för en dialog. '.repeat(3000);
    const before = join(dir, 'before.yaml');
    const after = join(dir, 'after.yaml');
    writeFileSync(before, `${draft.trimEnd()}\nsections:\n  - id: bakgrund\n    title: Bakgrund\n    text: ${long}\n`);
    writeFileSync(after, `${draft.trimEnd()}\nsections:\n  - id: bakgrund\n    title: Bakgrund\n    text: ${long}Slut.\n`);
    const result = await runCli(['diff', before, after], { env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('section "bakgrund"');
  }, 30_000);
});
