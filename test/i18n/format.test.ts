import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { availableLanguages, languageTag, t } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

/** The arguments of a message with nothing but text and plain `{name}` arguments; undefined for any other message. */
function plainArguments(text: string): string[] | undefined {
  const ast = new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst();
  if (ast.some((element) => element.type !== 0 && element.type !== 1)) return undefined;
  return ast.flatMap((element) => (element.type === 1 ? [element.value] : []));
}

describe('messages of text and plain arguments', () => {
  for (const language of availableLanguages()) {
    const messages = JSON.parse(readFileSync(join(ROOT, 'messages', `${language}.json`), 'utf8')) as Record<string, string>;
    const plain = Object.entries(messages).flatMap(([id, text]) => {
      const names = plainArguments(text);
      return names && names.length > 0 ? [{ id, text, names }] : [];
    });

    it(`read in ${language} as the message library formats them, with text, numbers and quotes put in`, () => {
      expect(plain.length).toBeGreaterThan(100);
      for (const { id, text, names } of plain) {
        const values = Object.fromEntries(names.map((name, index) => [name, index % 2 === 0 ? `'{${name}} ö` : 1234.5 * (index + 1)]));
        const expected = new IntlMessageFormat(text, languageTag(language), undefined, { ignoreTag: true }).format(values);
        expect(t(id, values, language), id).toBe(expected);
      }
    });

    it(`are refused in ${language} as the message library refuses them when a value is missing`, () => {
      const { id } = plain[0]!;
      expect(() => t(id, {}, language)).toThrow(/was not provided|argument|value/i);
    });
  }
});

describe('messages with plurals, selects and dates', () => {
  it('give each set of values its own text when the same message recurs', () => {
    const days = [180, 1, 180, 0, 1, 2.5];
    const first = days.map((count) => t('count.day', { count }, 'en'));
    expect(first).toEqual(['180 days', '1 day', '180 days', '0 days', '1 day', '2.5 days']);
    expect(days.map((count) => t('count.day', { count }, 'sv'))).toEqual(['180 dagar', '1 dag', '180 dagar', '0 dagar', '1 dag', '2,5 dagar']);
    expect(days.map((count) => t('count.day', { count }, 'en'))).toEqual(first);
  });

  it('write whole numbers of any size as Intl.NumberFormat writes them in each language', () => {
    for (const language of availableLanguages()) {
      const text = JSON.parse(readFileSync(join(ROOT, 'messages', `${language}.json`), 'utf8'))['count.day'] as string;
      for (const count of [0, 7, 999, 1000, 12_345, 1_234_567, Number.MAX_SAFE_INTEGER, 1234.5, -1000]) {
        const expected = new IntlMessageFormat(text, languageTag(language), undefined, { ignoreTag: true }).format({ count });
        expect(t('count.day', { count }, language), `${language} ${count}`).toBe(expected);
      }
    }
  });

  it('put in a select by its text and a date given as a Date or as YYYY-MM-DD text', () => {
    const basis = (when: string) => t('review.basis.fromAdoption', { cycle: '3 years', when, precision: 'day' }, 'en');
    expect(basis('2024-05-24')).toBe('3 years after the adoption on 2024-05-24');
    expect(basis('none')).toBe('3 years after the adoption');
    const summary = (today: string | Date) => t('report.page.summary', { today, summary: 'all well' }, 'en');
    expect(summary('2026-03-01')).toBe('On 1 March 2026: all well.');
    expect(summary(new Date('2026-03-02T00:00:00Z'))).toBe('On 2 March 2026: all well.');
    expect(summary('2026-03-01')).toBe('On 1 March 2026: all well.');
  });
});
