import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { availableLanguages } from '../../src/i18n/index.js';
import { RULES } from '../../src/lint/rules/index.js';
import { ROOT } from '../helpers/cli.js';

const MESSAGES = join(ROOT, 'messages');
const catalogues = Object.fromEntries(
  readdirSync(MESSAGES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(MESSAGES, name), 'utf8')) as Record<string, string>]),
);
const english = catalogues.en!;

/**
 * Messages that may read the same in two languages: proper names and technical terms. A message whose text is only
 * placeholders and punctuation (`{where}: {problem}`) needs no entry.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['rules.table.header.id', 'diff.levels']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every message id the code uses: `t('id')` literally, `count(n, 'noun')`, and each rule's description and messages. */
function idsUsedInCode(): Map<string, string> {
  const knownIds = new Set(Object.values(catalogues).flatMap((messages) => Object.keys(messages)));
  const used = new Map<string, string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const where = relative(ROOT, file);
    for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.set(match[1]!, where);
    // An id picked by an expression, `t(revoked ? 'verify.a' : 'verify.b')`: any literal that names a message.
    for (const match of text.matchAll(/'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) if (knownIds.has(match[1]!)) used.set(match[1]!, where);
    for (const match of text.matchAll(/\bcount\([^()]*(?:\([^()]*\))?[^()]*,\s*'(\w+)'\)/g)) used.set(`count.${match[1]}`, where);
  }
  for (const rule of RULES) {
    used.set(`rules.${rule.meta.id}.description`, 'src/lint/rules');
    for (const messageId of Object.keys(rule.meta.messages)) used.set(`rules.${rule.meta.id}.${messageId}`, 'src/lint/rules');
  }
  // The language's own tag and name are read by languageTag() and listed for translators.
  used.set('language.tag', 'src/i18n/index.ts');
  used.set('language.name', 'docs/translating.md');
  return used;
}

/** A message's placeholders with their kind, at any depth (`count:plural`, `where:argument`, `date:date`). */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.date) found.add(`${element.value}:date`);
      if (element.type === TYPE.time) found.add(`${element.value}:time`);
      if (element.type === TYPE.plural) found.add(`${element.value}:plural`);
      if (element.type === TYPE.select) {
        found.add(`${element.value}:select`);
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.plural) for (const option of Object.values(element.options)) visit(option.value);
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

/** The select codes a message chooses between, per placeholder: both languages must know the same codes. */
function selectCodes(message: string): string[] {
  const codes: string[] = [];
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.select) {
        codes.push(...Object.keys(element.options).map((key) => `${element.value}=${key}`));
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.plural) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message, { ignoreTag: true }));
  return [...new Set(codes)].sort();
}

describe('message catalogues', () => {
  const used = idsUsedInCode();

  it('are the languages the tool offers: one file per language in messages/', () => {
    expect(availableLanguages()).toEqual(Object.keys(catalogues).sort());
    expect(availableLanguages()).toEqual(expect.arrayContaining(['en', 'sv']));
  });

  it.each(Object.keys(catalogues))('%s: keys sorted, every value a message that parses', (language) => {
    const keys = Object.keys(catalogues[language]!);
    expect(keys).toEqual([...keys].sort());
    for (const [id, message] of Object.entries(catalogues[language]!)) {
      expect(() => parse(message, { ignoreTag: true }), id).not.toThrow();
    }
  });

  it.each(Object.keys(catalogues))('%s: has every id the code uses, and no id the code does not use', (language) => {
    const ids = new Set(Object.keys(catalogues[language]!));
    const missing = [...used].filter(([id]) => !ids.has(id)).map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
    const orphans = [...ids].filter((id) => !used.has(id));
    expect(orphans).toEqual([]);
  });

  it.each(Object.keys(catalogues).filter((language) => language !== 'en'))('%s: the same placeholders and select codes as English, in every message', (language) => {
    const other = catalogues[language]!;
    const differences = Object.keys(english)
      .filter((id) => Object.hasOwn(other, id))
      .filter((id) => placeholders(english[id]!).join() !== placeholders(other[id]!).join() || selectCodes(english[id]!).join() !== selectCodes(other[id]!).join());
    expect(differences).toEqual([]);
  });

  it.each(Object.keys(catalogues).filter((language) => language !== 'en'))('%s: no message left as the English one, unless it is a name or a technical term', (language) => {
    const other = catalogues[language]!;
    const untranslated = Object.keys(english).filter(
      (id) => other[id] === english[id] && !SAME_IN_EVERY_LANGUAGE.has(id) && /\p{L}/u.test(english[id]!.replace(/\{[^{}]*\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(Object.keys(catalogues))('%s: no apostrophe turns a placeholder into literal text (ICU quoting: write two)', (language) => {
    const quoted = Object.entries(catalogues[language]!).filter(([, message]) => /(^|[^'])'[{}]/.test(message)).map(([id]) => id);
    expect(quoted).toEqual([]);
  });

  it('the allow-list of messages that read the same names only real, identical messages', () => {
    for (const id of SAME_IN_EVERY_LANGUAGE) {
      for (const catalogue of Object.values(catalogues)) expect(catalogue[id], id).toBe(english[id]);
    }
  });
});
