import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompact, validate } from '../../src/index.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';

const EXAMPLES = ['botkyrka', 'orebro', 'boras', 'sodertalje'];

describe('valid compacts', () => {
  for (const name of EXAMPLES) {
    it(`examples/${name}.yaml is valid and starts with the schema modeline`, () => {
      const text = readFileSync(`${ROOT}examples/${name}.yaml`, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/compact.schema.json');
      expect(validate(parseCompact(text, `examples/${name}.yaml`))).toEqual([]);
    });
  }

  it('validates the four examples from the CLI with exit 0 and a summary line', async () => {
    const result = await runCli(['validate', 'examples/']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 files, 0 errors');
  });

  it('accepts a file that starts with a UTF-8 byte order mark', async () => {
    const bytes = readFileSync(`${ROOT}${fixture('valid', 'bom.yaml')}`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = await runCli(['validate', fixture('valid', 'bom.yaml')]);
    expect(result.code).toBe(0);
  });

  it('accepts an English compact with extensions (x- keys), partial dates, Markdown and every section', async () => {
    const result = await runCli(['validate', fixture('valid', 'english-adopted.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('accepts a file that uses every field of format 1.1: titles-only principles, outcomes, times_per_year, ended, accession, related documents, source, partial dates and x- keys', async () => {
    const result = await runCli(['validate', fixture('valid', 'format-1-1.yaml'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('rejects a partial date where the tool counts from it, and accepts it where the format allows one', () => {
    const base = readFileSync(`${ROOT}${fixture('valid', 'format-1-1.yaml')}`, 'utf8');
    const withStart = (field: string) => base.replace('  roles:\n', `  action_plans:\n    - { id: plan, title: Plan, start: ${field}, end: 2019-12-31 }\n  roles:\n`);
    expect(validate(parseCompact(withStart('2017-01-01'), 'a.yaml'))).toEqual([]);
    const [finding] = validate(parseCompact(withStart('"2017-01"'), 'a.yaml'));
    expect(finding?.message).toBe('governance.action_plans[0].start needs a full date (YYYY-MM-DD), not only the month (got "2017-01"): the tool counts from it; write the full date, e.g. 2017-01-01');
  });
});
