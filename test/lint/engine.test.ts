import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactError } from '../../src/errors.js';
import { lint, lintFiles } from '../../src/lint/index.js';
import { parseCompact } from '../../src/load/index.js';
import { compactText, FAKE_RULES } from './fake-rules.js';

const TODAY = '2025-03-01';
const registry = FAKE_RULES;

function lintText(text: string, options: Parameters<typeof lint>[1] = {}) {
  return lint(parseCompact(text, 'c.yaml'), { today: TODAY, registry, ...options });
}

describe('lint', () => {
  it('runs the recommended rules at their default severity when no config is given', () => {
    const findings = lintText(compactText({ principleTitle: 'Di' }));
    expect(findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([['short-title', 'warning', 15, 12]]);
    expect(findings[0]!.message).toBe('the title "Di" is shorter than 3 characters');
  });

  it('turns every rule on with extends: strict', () => {
    const findings = lintText(compactText({ principleTitle: 'Di' }), { config: { extends: 'strict' } });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['draft-status', 'info'],
      ['short-title', 'warning'],
    ]);
  });

  it('applies config levels, then rule overrides; off turns a rule off', () => {
    const text = compactText({ principleTitle: 'Di' });
    expect(lintText(text, { config: { rules: { 'short-title': 'error', 'draft-status': 'warning' } } }).map((f) => [f.ruleId, f.severity])).toEqual([
      ['draft-status', 'warning'],
      ['short-title', 'error'],
    ]);
    expect(lintText(text, { config: { rules: { 'short-title': 'error' } }, rules: { 'short-title': 'off' } })).toEqual([]);
    expect(lintText(text, { config: { rules: { 'short-title': 'off' } }, rules: { 'short-title': 'info' } }).map((f) => f.severity)).toEqual(['info']);
  });

  it('merges configured options over the rule defaults, and a level alone keeps them', () => {
    const text = compactText({ principleTitle: 'Dialog' });
    expect(lintText(text)).toEqual([]);
    const withOptions = lintText(text, { config: { rules: { 'short-title': ['error', { min: 10 }] } } });
    expect(withOptions.map((f) => f.message)).toEqual(['the title "Dialog" is shorter than 10 characters']);
    const levelOverride = lintText(text, { config: { rules: { 'short-title': ['error', { min: 10 }] } }, rules: { 'short-title': 'info' } });
    expect(levelOverride.map((f) => [f.severity, f.message])).toEqual([['info', 'the title "Dialog" is shorter than 10 characters']]);
  });

  it('reports schema errors and does not run the rules on invalid data', () => {
    const invalid = compactText({ principleTitle: 'Di' }).replace('status: draft', 'status: drafted');
    const findings = lintText(invalid, { config: { extends: 'strict' } });
    expect(findings.map((f) => f.ruleId)).toEqual(['schema/enum']);
  });

  it('reports a rule that throws as an internal error for that file, and the other rules still run', () => {
    const findings = lintText(compactText({ id: 'boom', principleTitle: 'Di' }));
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['internal-error', 'error'],
      ['short-title', 'warning'],
    ]);
    expect(findings[0]!.message).toContain('rule explodes-on-boom failed on this file: cannot read properties of undefined');
  });

  it('throws a CompactError for a bad config object or an unknown rule override', () => {
    expect(() => lintText(compactText(), { config: { rules: { 'short-titel': 'error' } } })).toThrow(/unknown rule "short-titel"; did you mean "short-title"\?/);
    expect(() => lintText(compactText(), { rules: { 'short-title': 'warn' as never } })).toThrow(CompactError);
    expect(() => lintText(compactText(), { rules: { 'short-title': 'warn' as never } })).toThrow(/got "warn"; did you mean "warning"\?/);
    expect(() => lintText(compactText(), { rules: { 'draft-status': ['info', { x: 1 }] } })).toThrow(/rule draft-status takes no options/);
    expect(() => lintText(compactText(), { today: '1 March' })).toThrow(/--today must be a date written YYYY-MM-DD/);
  });
});

describe('lintFiles', () => {
  it('lints every file; a throwing rule on one file does not stop the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-engine-'));
    writeFileSync(join(dir, 'a-boom.yaml'), compactText({ id: 'boom' }));
    writeFileSync(join(dir, 'b-short.yaml'), compactText({ principleTitle: 'Di' }));
    writeFileSync(join(dir, 'c-clean.yaml'), compactText());
    writeFileSync(join(dir, 'd-broken.yaml'), 'compact: [1\n');
    const results = await lintFiles([dir], { today: TODAY, registry, useConfigFile: false });
    expect(results.map((r) => [r.file.slice(dir.length + 1), r.findings.map((f) => f.ruleId)])).toEqual([
      ['a-boom.yaml', ['internal-error']],
      ['b-short.yaml', ['short-title']],
      ['c-clean.yaml', []],
      ['d-broken.yaml', [expect.stringMatching(/^yaml\//)]],
    ]);
  });
});
