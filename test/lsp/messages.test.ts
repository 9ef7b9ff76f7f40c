import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const catalogue = (language: string) => JSON.parse(readFileSync(`${ROOT}messages/${language}.json`, 'utf8')) as Record<string, string>;

describe('the language server\'s messages', () => {
  it('are in both catalogues and each is valid ICU MessageFormat', () => {
    const en = catalogue('en');
    const sv = catalogue('sv');
    const keys = (messages: Record<string, string>) => Object.keys(messages).filter((key) => key.startsWith('lsp.')).sort();
    expect(keys(en).length).toBeGreaterThan(10);
    expect(keys(sv)).toEqual(keys(en));
    for (const [language, messages] of [['en-GB', en], ['sv-SE', sv]] as const) {
      for (const key of keys(messages)) expect(() => new IntlMessageFormat(messages[key]!, language, undefined, { ignoreTag: true }), `${language} ${key}`).not.toThrow();
    }
  });
});
