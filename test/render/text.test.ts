import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/render/dates.js';
import { escapeMarkdownText, formatProse } from '../../src/render/markdown-text.js';

describe('formatDate', () => {
  it.each([
    ['2018-05-24', 'sv', '24 maj 2018'],
    ['2018-05-24', 'en', '24 May 2018'],
    ['2018-05', 'sv', 'maj 2018'],
    ['2018-05', 'en', 'May 2018'],
    ['2018', 'sv', '2018'],
  ] as const)('%s in %s is "%s"', (value, lang, expected) => {
    expect(formatDate(value, lang)).toBe(expected);
  });

  it.each(['2018-02-30', '2018-13', '24 maj 2018', ''])('"%s" is not a date', (value) => {
    expect(formatDate(value, 'sv')).toBeUndefined();
  });
});

describe('escapeMarkdownText', () => {
  it('shows plain text as written', () => {
    expect(escapeMarkdownText('1. *A*  [b]\n<c> & d_e #')).toBe('1\\. \\*A\\* \\[b\\] \\<c> & d\\_e \\#');
    expect(escapeMarkdownText('Örebro kommun')).toBe('Örebro kommun');
  });
});

describe('formatProse', () => {
  it('indents continuation lines and shifts headings under the surrounding one', () => {
    expect(formatProse('Intro\n\n# Del\n\nText\n', { indent: 2, headings: 3 })).toBe('Intro\n\n  ### Del\n\n  Text');
    expect(formatProse('Rubrik\n======\n\nText', { headings: 2 })).toBe('## Rubrik\n\nText');
  });

  it('keeps code as written and escapes raw HTML elsewhere, but not autolinks', () => {
    expect(formatProse('a <b> `<c>` <https://x.se>\n\n```\n<d>\n```')).toBe('a \\<b> `<c>` <https://x.se>\n\n```\n<d>\n```');
  });
});
