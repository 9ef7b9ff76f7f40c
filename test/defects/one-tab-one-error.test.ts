import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

async function draft(): Promise<{ dir: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'compact-tab-'));
  expect((await runCli(['init', 'c.yaml', '-j', 'Exempelby', '-y', '--today', '2026-01-10'], { cwd: dir })).code).toBe(0);
  return { dir, text: readFileSync(join(dir, 'c.yaml'), 'utf8') };
}

describe('one tab gives one error', () => {
  it.each([
    ['a key indented with a tab', (text: string) => text.replace('    party: kommunen\n', '\tparty: kommunen\n')],
    ['a list entry indented with a tab', (text: string) => text.replace('  - id: tidig-dialog\n', '\t- id: tidig-dialog\n')],
  ])('%s: the tab, not the syntax errors that follow from it', async (_name, edit) => {
    const { dir, text } = await draft();
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(join(dir, 'c.yaml'), edited);
    const tabLine = edited.split('\n').findIndex((line) => line.startsWith('\t')) + 1;
    const result = await runCli(['validate', 'c.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(2);
    const findings = JSON.parse(result.stdout) as { ruleId: string; line: number }[];
    expect(findings.map((finding) => [finding.ruleId, finding.line])).toEqual([['yaml/tab-as-indent', tabLine]]);
  });

  it('an error in another top-level entry is still reported', async () => {
    const { dir, text } = await draft();
    const edited = text.replace('    party: kommunen\n', '\tparty: kommunen\n').replace(/^(language: sv)$/m, '$1\nlanguage: en');
    writeFileSync(join(dir, 'c.yaml'), edited);
    const result = await runCli(['validate', 'c.yaml', '--format', 'json'], { cwd: dir });
    const findings = JSON.parse(result.stdout) as { ruleId: string; line: number }[];
    expect(findings.some((finding) => finding.ruleId === 'yaml/tab-as-indent')).toBe(true);
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['yaml/duplicate-key', 'yaml/tab-as-indent']);
  });
});
