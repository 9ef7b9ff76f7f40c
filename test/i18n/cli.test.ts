import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

const catalogue = (language: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, 'messages', `${language}.json`), 'utf8'));
const en = catalogue('en');
const sv = catalogue('sv');

/** The words of a catalogue's own text (not its placeholders or select codes), lower case. */
function catalogueWords(messages: Record<string, string>): Set<string> {
  const words = new Set<string>();
  const visit = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal) for (const word of element.value.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
      if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  for (const message of Object.values(messages)) visit(parse(message, { ignoreTag: true }));
  return words;
}

/** Names the file format defines — keys and enumerated values, written as they are in a file in any language. */
function formatCodes(): Set<string> {
  const codes = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (schema.properties && typeof schema.properties === 'object') for (const key of Object.keys(schema.properties)) codes.add(key.toLowerCase());
    for (const value of [...((schema.enum as unknown[]) ?? []), schema.const]) if (typeof value === 'string') value.split(/[-_]/).forEach((part) => codes.add(part.toLowerCase()));
    Object.values(schema).forEach(visit);
  };
  visit(JSON.parse(readFileSync(join(ROOT, 'schemas/compact.schema.json'), 'utf8')));
  return codes;
}

/** English words: the English catalogue's words that the Swedish one never uses, and common function words. */
const swedishWords = catalogueWords(sv);
const codes = formatCodes();
const ENGLISH = new Set(
  [...catalogueWords(en), 'the', 'and', 'is', 'are', 'not', 'has', 'have', 'of', 'to', 'in', 'on', 'but', 'no', 'with', 'file', 'files', 'error', 'errors', 'warning', 'warnings'].filter(
    (word) => !swedishWords.has(word) && !codes.has(word),
  ),
);

/** Every text value of a YAML file (titles, names, ids): text the file brings, in whatever language it is written. */
function valuesOf(file: string): string[] {
  const values: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') values.push(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(parseYaml(readFileSync(join(ROOT, file), 'utf8')));
  return values.sort((a, b) => b.length - a.length);
}

/** The English words in output, outside quoted values, code, file names, rule ids, keys and the files' own text. */
function englishWordsIn(output: string, files: string[]): string[] {
  let text = output;
  for (const value of files.flatMap(valuesOf)) {
    if (value.length < 3) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  }
  text = text.replace(/"[^"\n]*"/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const tokens = text.split(/[\s,;:()[\]{}!?]+/).filter((token) => token && !/[/._\-\d@]/.test(token));
  return [...new Set(tokens.map((token) => token.toLowerCase()).filter((word) => ENGLISH.has(word)))];
}

const SWEDISH_COMPACTS = ['examples/orebro.yaml', 'examples/botkyrka.yaml', 'examples/boras.yaml', 'examples/sodertalje.yaml'];
const ENGLISH_COMPACT = 'test/fixtures/valid/english-adopted.yaml';
const INVALID = ['test/fixtures/invalid/unknown-enum.yaml', 'test/fixtures/invalid/unknown-nested-key.yaml', 'test/fixtures/invalid/missing-required.yaml', 'test/fixtures/invalid/wrong-type.yaml'];
const LATE = ['--today', '2031-06-01', '--no-config'];

describe('the language of the messages', () => {
  it('the word list knows English when it sees it', () => {
    expect(englishWordsIn('the compact is adopted but has no action plan', [])).toEqual(expect.arrayContaining(['the', 'but', 'has']));
    expect(englishWordsIn('överenskommelsen är antagen men har ingen handlingsplan', [])).toEqual([]);
  });

  it.each([
    ['Swedish', SWEDISH_COMPACTS],
    ['English', [ENGLISH_COMPACT]],
    ['invalid', INVALID],
  ])('compact lint --lang sv on %s compacts prints no English word outside quoted values, file names and rule ids', async (_kind, files) => {
    const result = await runCli(['lint', ...files, ...LATE, '--lang', 'sv']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/varning|fel/);
    expect(englishWordsIn(result.stdout, files)).toEqual([]);
  });

  it('LANG=sv_SE.UTF-8 compact validate speaks Swedish', async () => {
    const result = await runCli(['validate', ...INVALID], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('4 filer');
    expect(englishWordsIn(result.stdout, INVALID)).toEqual([]);
  });

  it('--lang en wins over a Swedish locale, COMPACT_LANG and a config file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lang-'));
    writeFileSync(join(dir, '.compactrc.yaml'), 'lang: sv\n');
    writeFileSync(join(dir, 'c.yaml'), readFileSync(join(ROOT, 'examples/orebro.yaml')));
    const env = { LANG: 'sv_SE.UTF-8', COMPACT_LANG: 'sv' };
    const english = await runCli(['lint', 'c.yaml', '--today', '2031-06-01', '--lang', 'en'], { cwd: dir, env });
    expect(english.stdout).toContain('the compact is adopted but');
    const swedish = await runCli(['lint', 'c.yaml', '--today', '2031-06-01'], { cwd: dir, env: { LANG: 'en_GB.UTF-8', COMPACT_LANG: 'en' } });
    expect(swedish.stdout).toContain('överenskommelsen är antagen men');
  });

  it('takes --lang before or after the command, and COMPACT_LANG and LC_ALL before LANG', async () => {
    for (const args of [['--lang', 'sv', 'lint', 'examples/orebro.yaml'], ['lint', 'examples/orebro.yaml', '--lang', 'sv'], ['lint', 'examples/orebro.yaml', '--lang=sv']]) {
      expect((await runCli([...args, ...LATE])).stdout).toContain('överenskommelsen');
    }
    expect((await runCli(['lint', 'examples/orebro.yaml', ...LATE], { env: { COMPACT_LANG: 'sv', LANG: 'en_GB.UTF-8' } })).stdout).toContain('överenskommelsen');
    expect((await runCli(['lint', 'examples/orebro.yaml', ...LATE], { env: { LC_ALL: 'sv_FI.UTF-8', LANG: 'en_GB.UTF-8' } })).stdout).toContain('överenskommelsen');
    expect((await runCli(['lint', 'examples/orebro.yaml', ...LATE], { env: { LC_ALL: 'en_GB.UTF-8', LANG: 'sv_SE.UTF-8' } })).stdout).toContain('the compact');
  });

  it('an unknown locale falls back to English, silently', async () => {
    const result = await runCli(['lint', 'examples/orebro.yaml', ...LATE], { env: { LANG: 'de_DE.UTF-8' } });
    expect(result.stdout).toContain('the compact is adopted');
    expect(result.stderr).toBe('');
  });

  it.each([
    [['--lang', 'de', 'lint', 'examples/orebro.yaml']],
    [['lint', 'examples/orebro.yaml', '--lang', 'de']],
    [['render', 'examples/orebro.yaml', '--lang', 'de', '--out', '-']],
  ])('an unknown --lang is a usage error that lists the languages and names the nearest: %j', async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown language "de"; the languages are en, sv; did you mean "en"\?/);
    expect(result.stdout).toBe('');
  });

  it("commander's usage errors speak Swedish too, and stay as they are in English", async () => {
    const swedish = await runCli(['lint', '--formt', 'json', 'examples/orebro.yaml', '--lang', 'sv']);
    expect(swedish.code).toBe(2);
    expect(swedish.stderr).toBe('fel: okänd flagga "--formt"\n(menade du --format?)\n');
    const english = await runCli(['lint', '--formt', 'json', 'examples/orebro.yaml']);
    expect(english.stderr).toBe("error: unknown option '--formt'\n(Did you mean --format?)\n");
    const tooMany = await runCli(['schema', 'a', 'b'], { env: { LANG: 'sv_SE.UTF-8' } });
    expect(tooMany.stderr).toBe('fel: för många argument till "schema": högst 0, angivet 2.\n');
  });

  it('a bad lang: in a config file is a config error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lang-'));
    writeFileSync(join(dir, '.compactrc.yaml'), 'lang: se\n');
    writeFileSync(join(dir, 'c.yaml'), readFileSync(join(ROOT, 'examples/orebro.yaml')));
    const result = await runCli(['lint', 'c.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.compactrc\.yaml:1:7: lang must be one of en, sv \(got "se"\); did you mean "sv"\?/);
  });

  it('compact rules --lang sv --format json describes every rule in Swedish, with the same ids and severities', async () => {
    const swedish = JSON.parse((await runCli(['rules', '--lang', 'sv', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    const english = JSON.parse((await runCli(['rules', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    expect(swedish.map(({ description: _, ...rest }) => rest)).toEqual(english.map(({ description: _, ...rest }) => rest));
    for (const [index, rule] of swedish.entries()) {
      expect(rule.description).toBe(sv[`rules.${rule.id}.description`]);
      expect(rule.description).not.toBe(english[index]!.description);
    }
    const table = (await runCli(['rules', '--lang', 'sv'])).stdout;
    expect(table).toMatch(/^id +allvarlighet +rekommenderad +beskrivning$/m);
    expect(table).toContain(`${swedish.length} regler`);
  });

  it('compact report --lang sv --format html is a Swedish page with lang="sv"', async () => {
    const result = await runCli(['report', 'examples/', '--lang', 'sv', '--format', 'html', '--today', '2026-12-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<html lang="sv">');
    expect(result.stdout).toContain('<h1>Översikt över överenskommelser</h1>');
    expect(result.stdout).toContain('Den 1 december 2026:');
    const english = await runCli(['report', 'examples/', '--format', 'html', '--today', '2026-12-01']);
    expect(english.stdout).toContain('<html lang="en">');
    expect(english.stdout).toContain('On 1 December 2026:');
  });

  it('JSON, SARIF and JUnit of the same run differ between Swedish and English only in message text', async () => {
    const files = [...SWEDISH_COMPACTS, ENGLISH_COMPACT, ...INVALID];
    const outputs = async (language: string) => {
      const dir = mkdtempSync(join(tmpdir(), `compact-${language}-`));
      const result = await runCli(['lint', ...files, ...LATE, '--lang', language, '-f', `json:${dir}/r.json`, '-f', `sarif:${dir}/r.sarif`, '-f', `junit:${dir}/r.xml`]);
      expect(result.code).toBe(1);
      const read = (name: string) => readFileSync(join(dir, name), 'utf8');
      return { json: JSON.parse(read('r.json')), sarif: JSON.parse(read('r.sarif')), junit: read('r.xml') };
    };
    const [swedish, english] = await Promise.all([outputs('sv'), outputs('en')]);

    const messages = (json: any): string[] => json.map((finding: any) => finding.message);
    const withoutMessages = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, inner) => (key === 'message' || key === 'text' ? 'MESSAGE' : inner)));
    expect(withoutMessages(swedish.json)).toEqual(withoutMessages(english.json));
    expect(JSON.stringify(swedish.json)).not.toBe(JSON.stringify(english.json));

    expect(swedish.sarif.runs[0].language).toBe('sv-SE');
    expect(english.sarif.runs[0].language).toBe('en-GB');
    const sarifShape = (sarif: any) => withoutMessages({ ...sarif, runs: sarif.runs.map((run: any) => ({ ...run, language: 'LANGUAGE' })) });
    expect(sarifShape(swedish.sarif)).toEqual(sarifShape(english.sarif));

    const junitShape = (xml: string, json: any) => {
      let shape = xml.replace(/message="[^"]*"/g, 'message="MESSAGE"').replace(/<system-out>[^<]*<\/system-out>/g, '<system-out>TEXT</system-out>');
      const escaped = messages(json).map((message) => message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
      for (const message of escaped.sort((a, b) => b.length - a.length)) shape = shape.split(message).join('MESSAGE');
      return shape;
    };
    expect(junitShape(swedish.junit, swedish.json)).toBe(junitShape(english.junit, english.json));
  });

  it('a config problem and a signatory add refusal come out in Swedish with --lang sv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-lang-'));
    writeFileSync(join(dir, '.compactrc.yaml'), 'rules:\n  review-due-son: warning\n  review-due-soon: loud\n');
    writeFileSync(join(dir, 'c.yaml'), readFileSync(join(ROOT, 'examples/orebro.yaml')));
    const lint = await runCli(['lint', 'c.yaml', '--lang', 'sv'], { cwd: dir });
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('okänd regel "review-due-son"; menade du "review-due-soon"?; `compact rules` listar reglerna');
    expect(lint.stderr).toContain('nivån för regeln review-due-soon ska vara en av off, info, warning, error (fick "loud")');
    const add = await runCli(['signatory', 'add', '-', '--party', 'civilsamhallet', '--organisation', 'Föreningen Gemenskap', '--lang', 'sv'], { cwd: dir, input: readFileSync(join(dir, 'c.yaml')) });
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('när undertecknare läggs till skrivs överenskommelsens fil om på plats; ange sökvägen till filen (- fungerar bara med --dry-run)');
    expect(englishWordsIn(lint.stderr + add.stderr, [])).toEqual([]);
  });
});
