import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ruleDocsPath } from '../../src/lint/docs.js';
import { RULES } from '../../src/lint/rules/index.js';
import type { Rule } from '../../src/lint/types.js';
import { ROOT } from '../helpers/cli.js';
import { lintWithRule } from '../helpers/rule-tester.js';

/** The date the docs examples are read on (docs/rules/README.md says so). */
const DOCS_TODAY = '2024-06-01';

function read(path: string): string {
  return readFileSync(`${ROOT}${path}`, 'utf8');
}

/** The YAML blocks of a docs page that follow a `<!-- invalid -->` or `<!-- valid -->` marker. */
function examples(page: string, kind: 'invalid' | 'valid'): string[] {
  const pattern = new RegExp(`<!-- ${kind} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``, 'g');
  return [...page.matchAll(pattern)].map((match) => match[1]!);
}

describe('the rule registry', () => {
  it('holds each rule once, under a unique kebab-case id', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  it('lists every rule file', () => {
    const files = readdirSync(`${ROOT}src/lint/rules`).filter((name) => name !== 'index.ts').map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it('is listed in docs/rules/README.md in registry order', () => {
    const index = read('docs/rules/README.md');
    const listed = [...index.matchAll(/^\| \[([a-z0-9-]+)\]\(\1\.md\) \| (\w+) \| (yes|no) \|/gm)].map((match) => `${match[1]} ${match[2]} ${match[3]}`);
    expect(listed).toEqual(RULES.map((rule) => `${rule.meta.id} ${rule.meta.defaultSeverity} ${rule.meta.recommended ? 'yes' : 'no'}`));
  });
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule: Rule<any>) => {
  it('lives in a file named after its id and exports itself from there', async () => {
    const module = (await import(/* @vite-ignore */ `${ROOT}src/lint/rules/${id}.ts`)) as Record<string, unknown>;
    expect(Object.values(module)).toContain(rule);
  });

  it('has a test file', () => {
    expect(existsSync(`${ROOT}test/lint/rules/${id}.test.ts`)).toBe(true);
  });

  it('has meta the engine can use', () => {
    expect(['error', 'warning', 'info']).toContain(rule.meta.defaultSeverity);
    expect(rule.meta.description).toMatch(/^[A-Z`].*\.$/);
    expect(rule.meta.docsUrl).toMatch(new RegExp(`^file://.*/docs/rules/${id}\\.md$`));
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
  });

  it('uses every message it declares', () => {
    const source = read(`src/lint/rules/${id}.ts`);
    for (const messageId of Object.keys(rule.meta.messages)) expect(source).toContain(`'${messageId}'`);
  });

  it('has a valid options schema that its defaults satisfy', () => {
    if (!rule.meta.optionsSchema) {
      expect(rule.meta.defaultOptions).toBeUndefined();
      return;
    }
    const ajv = new Ajv2020({ strict: true });
    const validateOptions = ajv.compile(rule.meta.optionsSchema);
    expect(rule.meta.optionsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(validateOptions(rule.meta.defaultOptions)).toBe(true);
    expect(validateOptions({ unknownOption: 1 })).toBe(false);
  });

  describe('docs page', () => {
    const path = ruleDocsPath(id);
    const page = existsSync(`${ROOT}${path}`) ? read(path) : '';

    it('exists and states the description, severity and recommendation', () => {
      expect(page.startsWith(`# ${id}\n\n${rule.meta.description}\n`)).toBe(true);
      expect(page).toContain(`| Default severity | ${rule.meta.defaultSeverity} |`);
      expect(page).toContain(`| Recommended | ${rule.meta.recommended ? 'yes' : 'no'} |`);
      expect(page).toContain('## Why');
      expect(page).toContain('## Options');
      for (const option of Object.keys(rule.meta.defaultOptions ?? {})) expect(page).toContain(`| \`${option}\` |`);
    });

    it('has an invalid example that the rule reports', () => {
      const blocks = examples(page, 'invalid');
      expect(blocks.length).toBeGreaterThan(0);
      for (const code of blocks) expect(lintWithRule(rule, code, {}, DOCS_TODAY).length).toBeGreaterThan(0);
    });

    it('has a valid example that the rule does not report', () => {
      const blocks = examples(page, 'valid');
      expect(blocks.length).toBeGreaterThan(0);
      for (const code of blocks) expect(lintWithRule(rule, code, {}, DOCS_TODAY)).toEqual([]);
    });
  });
});
