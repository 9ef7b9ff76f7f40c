import { existsSync, readdirSync } from 'node:fs';
import { packagePath } from '../util/package-root.js';

/**
 * A language the tool speaks: the code of a catalogue `messages/<code>.json`. The catalogues present decide the
 * languages, so adding one is adding its file.
 */
export type Language = string;

export const DEFAULT_LANGUAGE: Language = 'en';

const CODE = /^[a-z]{2,3}$/;

let available: Language[] | undefined;

/** The languages with a catalogue, sorted (read from the `messages/` folder once). */
export function availableLanguages(): Language[] {
  available ??= readdirSync(packagePath('messages'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((code) => CODE.test(code))
    .sort();
  return [...available];
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && CODE.test(value) && (value === DEFAULT_LANGUAGE || existsSync(packagePath('messages', `${value}.json`)));
}
