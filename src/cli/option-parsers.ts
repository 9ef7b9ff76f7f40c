import { InvalidArgumentError, Option } from 'commander';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
import { closestMatch } from '../util/suggest.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_FILES } from '../load/index.js';
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
  return wholeNumberFrom(value, 0);
}

function wholeNumberFrom(value: string, minimum: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < minimum) {
    throw new InvalidArgumentError(t('cli.option.wholeNumber', { minimum }));
  }
  return number;
}

/** The file of `-o, --output` or `--out`: commands that write a file take both spellings, but not two different files. */
export function chooseOutput(options: { output?: string; out?: string }): string | undefined {
  if (options.output !== undefined && options.out !== undefined && options.output !== options.out) {
    throw new CompactError(t('cli.option.outputTwice', { output: options.output, out: options.out }));
  }
  return options.output ?? options.out;
}

/** The value of `-l, --lang`, when given. */
export function parseLanguage(lang: string | undefined): Language | undefined {
  if (lang === undefined || LANGUAGES.includes(lang as Language)) return lang as Language | undefined;
  throw new CompactError(t('cli.lang.unknown', { value: lang, languages: [...LANGUAGES].sort().join(', '), suggestion: closestMatch(lang, [...LANGUAGES].sort()) ?? 'none' }));
}

/** The input limits a command takes from `--max-file-size` and `--max-files`, as library options. */
export interface InputLimits {
  maxBytes?: number;
  maxFiles?: number;
}

/** `--max-file-size <MB>`, for every command that reads compacts; `inputLimits` reads it back. */
export function maxFileSizeOption(): Option {
  return new Option('--max-file-size <MB>', `refuse a file larger than this many megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`).argParser(megabytes);
}

/** `--max-files <n>`, for commands that take files, directories and globs; `inputLimits` reads it back. */
export function maxFilesOption(): Option {
  return new Option('--max-files <n>', `refuse to read more files than this in one run (default ${DEFAULT_MAX_FILES})`).argParser(positiveInteger);
}

export function inputLimits(options: { maxFileSize?: number; maxFiles?: number }): InputLimits {
  return {
    ...(options.maxFileSize === undefined ? {} : { maxBytes: options.maxFileSize }),
    ...(options.maxFiles === undefined ? {} : { maxFiles: options.maxFiles }),
  };
}

/** `--max-file-size 25` → 25 MB in bytes; a fraction is allowed (`0.5`). */
function megabytes(value: string): number {
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(number > 0) || number > MAX_MEGABYTES) {
    throw new InvalidArgumentError(t('cli.option.megabytes', { maximum: MAX_MEGABYTES }));
  }
  return Math.round(number * 1024 * 1024);
}

/** Node cannot hold a string much longer than this, so a larger limit would only move the failure. */
const MAX_MEGABYTES = 500;

function positiveInteger(value: string): number {
  return wholeNumberFrom(value, 1);
}
