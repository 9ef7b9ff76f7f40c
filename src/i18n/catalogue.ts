import { readFileSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';
import type { Language } from './languages.js';

/** Message texts by id, in ICU MessageFormat (`{name}`, `{n, plural, one {# dag} other {# dagar}}`). */
export type Catalogue = Readonly<Record<string, string>>;

const loaded = new Map<Language, Catalogue>();

/** The catalogue of one language, read on first use: a run loads only the language it speaks. */
export function catalogue(language: Language): Catalogue {
  let messages = loaded.get(language);
  if (!messages) {
    messages = JSON.parse(readFileSync(packagePath('messages', `${language}.json`), 'utf8')) as Catalogue;
    loaded.set(language, messages);
  }
  return messages;
}
