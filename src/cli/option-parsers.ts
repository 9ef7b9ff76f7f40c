import { InvalidArgumentError } from 'commander';
import { CompactError } from '../errors.js';
import type { Language } from '../model/index.js';

/** The languages the templates are written in. */
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

/** For a repeatable option: each use adds its value. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** For a repeatable option that also takes comma-separated values (`--ignore a,b --ignore c`). */
export function collectList(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((name) => name.trim()).filter(Boolean)];
}

export function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) throw new InvalidArgumentError('give a whole number of 0 or more.');
  return number;
}

/** The file of `-o, --output` or `--out`: commands that write a file take both spellings, but not two different files. */
export function chooseOutput(options: { output?: string; out?: string }): string | undefined {
  if (options.output !== undefined && options.out !== undefined && options.output !== options.out) {
    throw new CompactError(`--output and --out name the same thing; give one of them (got "${options.output}" and "${options.out}")`);
  }
  return options.output ?? options.out;
}

/** The value of `-l, --lang`, when given. */
export function parseLanguage(lang: string | undefined): Language | undefined {
  if (lang === undefined || LANGUAGES.includes(lang as Language)) return lang as Language | undefined;
  throw new CompactError(`unknown language "${lang}"; use one of ${LANGUAGES.join(', ')}`);
}
