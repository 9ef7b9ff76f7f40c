import { describe, expect, it } from 'vitest';
import { isTypoLevel } from '../../src/diff/text.js';
import { similarity, wordDiff } from '../../src/diff/index.js';

describe('word diff', () => {
  it('treats words with å, ä and ö as single words', () => {
    const parts = wordDiff('Föreningar i Västerås får stöd.', 'Föreningarna i Västerås får stöd.');
    expect(parts.filter((part) => part.removed).map((part) => part.value)).toEqual(['Föreningar']);
    expect(parts.filter((part) => part.added).map((part) => part.value)).toEqual(['Föreningarna']);
  });

  it('splits English text on its word boundaries too', () => {
    const parts = wordDiff("The council's duty is clear.", "The council's duty is plain.", 'en');
    expect(parts.filter((part) => part.added || part.removed).map((part) => part.value)).toEqual(['clear', 'plain']);
  });
});

describe('word diff of a compact compared with --force', () => {
  it('uses Swedish word boundaries when the language is no locale at all', () => {
    expect(wordDiff('en ändring', 'två ändringar', '20200312')).toEqual(wordDiff('en ändring', 'två ändringar', 'sv'));
    expect(similarity('samma text', 'samma text', 'not a locale!')).toBe(1);
  });
});

describe('similarity', () => {
  it('is 1 for the same text and falls as words change', () => {
    const text = 'Det ska vara enkelt att kontakta kommunen och få svar inom rimlig tid.';
    expect(similarity(text, text)).toBe(1);
    const close = similarity(text, text.replace('rimlig', 'kort'));
    const far = similarity(text, 'Kommunen svarar på frågor inom fem arbetsdagar.');
    expect(close).toBeGreaterThan(0.8);
    expect(far).toBeLessThan(close);
    expect(similarity('', '')).toBe(1);
  });
});

describe('typo-level edits', () => {
  it('are changes of whitespace, punctuation or letter case only', () => {
    expect(isTypoLevel('Dialog, och öppenhet.', 'dialog och  öppenhet')).toBe(true);
    expect(isTypoLevel('Dialog och öppenhet', 'Dialog och oppenhet')).toBe(false);
    expect(isTypoLevel('Samma text', 'Samma text')).toBe(false);
  });
});
