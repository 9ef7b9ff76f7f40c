/** Where a chunk may end: after whitespace that a letter or digit follows, a word boundary in every language. */
const CUT = /\s(?=[\p{L}\p{N}])/gu;
const CHUNK_LENGTH = 2048;

export interface WordSegment {
  segment: string;
  index: number;
  isWordLike?: boolean;
}

/**
 * An Intl.Segmenter for words that segments a long text a chunk at a time. V8 gives every segment object its own
 * copy of the whole input, so segmenting a 40 000-character section in one go takes gigabytes; cut at word
 * boundaries, the chunks give the same segments for a fraction of the memory.
 */
export class ChunkedWordSegmenter {
  constructor(private readonly inner: Intl.Segmenter) {}

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.inner.resolvedOptions();
  }

  *segment(text: string): Generator<WordSegment> {
    for (let start = 0; start < text.length; ) {
      const end = chunkEnd(text, start);
      for (const { segment, index, isWordLike } of this.inner.segment(text.slice(start, end))) {
        yield { segment, index: start + index, ...(isWordLike === undefined ? {} : { isWordLike }) };
      }
      start = end;
    }
  }
}

function chunkEnd(text: string, start: number): number {
  if (text.length - start <= CHUNK_LENGTH) return text.length;
  CUT.lastIndex = start + CHUNK_LENGTH;
  const cut = CUT.exec(text);
  return cut ? cut.index + cut[0].length : text.length;
}
