import { diffWords } from 'diff';
import { ChunkedWordSegmenter } from './chunked-segmenter.js';
import type { WordChange } from './types.js';

const segmenters = new Map<string, ChunkedWordSegmenter>();

/**
 * Word boundaries for the compact's language, so that å, ä and ö stay inside their words. A language that is no
 * locale at all (a compact compared with --force) gets Swedish word boundaries.
 */
function segmenterFor(language: string): ChunkedWordSegmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new ChunkedWordSegmenter(new Intl.Segmenter(isLocale(language) ? language : 'sv', { granularity: 'word' }));
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

function isLocale(language: unknown): boolean {
  try {
    return typeof language === 'string' && Intl.getCanonicalLocales(language).length === 1;
  } catch {
    return false;
  }
}

/** The change from one text to another, word by word (jsdiff change objects). */
export function wordDiff(before: string, after: string, language = 'sv'): WordChange[] {
  return diffWords(before, after, { intlSegmenter: segmenterFor(language) });
}

/** How alike two texts are, 0–1: the share of their non-space characters that a word diff keeps in common. */
export function similarity(before: string, after: string, language = 'sv'): number {
  const total = visibleLength(before) + visibleLength(after);
  if (total === 0) return 1;
  let common = 0;
  for (const part of wordDiff(before, after, language)) if (!part.added && !part.removed) common += visibleLength(part.value);
  return (2 * common) / total;
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** True when two texts differ only in whitespace, punctuation or letter case: a typo-level edit. */
export function isTypoLevel(before: string, after: string): boolean {
  return before !== after && lettersOnly(before) === lettersOnly(after);
}

function lettersOnly(text: string): string {
  return text.normalize('NFC').replace(/[\s\p{P}]+/gu, '').toLocaleLowerCase('sv');
}
