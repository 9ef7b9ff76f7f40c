import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { compactText } from './fake-rules.js';

const CONFIG = `rules:
  x-ansvarig:
    given: $.commitments[*]
    then: { field: x-ansvarig, function: truthy }
    severity: error
  x-short-title:
    given: $.title
    then: { function: length, functionOptions: { max: 20 } }
    severity: error
`;
const THIRD = '  - id: tredje\n    party: kommunen\n    text: Kommunen redovisar.\n    principles: [dialog]\n';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'compact-suppress-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, '.compactrc.yaml'), CONFIG);
  writeFileSync(join(dir, 'a.yaml'), compactText());
  writeFileSync(join(dir, 'sub/b.yaml'), compactText({ id: 'b' }));
  return dir;
}

const lint = (dir: string, ...args: string[]) => runCli(['lint', '.', '--today', '2026-01-15', ...args], { cwd: dir });
const suppressions = (dir: string) => JSON.parse(readFileSync(join(dir, 'compact-suppressions.json'), 'utf8'));

describe('suppressions (compact-suppressions.json)', () => {
  it('--suppress-all counts the findings per file and rule; the same run then exits 0; a new finding fails again', async () => {
    const dir = folder();
    expect((await lint(dir)).code).toBe(1);
    const written = await lint(dir, '--suppress-all');
    expect(written.code).toBe(0);
    expect(suppressions(dir)).toEqual({
      'a.yaml': { 'x-ansvarig': { count: 2 }, 'x-short-title': { count: 1 } },
      'sub/b.yaml': { 'x-ansvarig': { count: 2 }, 'x-short-title': { count: 1 } },
    });
    const again = await lint(dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('6 findings suppressed by');
    writeFileSync(join(dir, 'a.yaml'), compactText() + THIRD);
    const more = await lint(dir, '--format', 'json');
    expect(more.code).toBe(1);
    // As ESLint does: beyond the count, every finding of that rule in that file is reported.
    expect((JSON.parse(more.stdout) as { file: string; ruleId: string }[]).map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      './a.yaml x-ansvarig',
      './a.yaml x-ansvarig',
      './a.yaml x-ansvarig',
    ]);
    expect(more.stderr).toContain('4 findings suppressed');
  });

  it('--suppress-rule and regenerating for some files keep the other entries; --prune-suppressions lowers counts no longer reached', async () => {
    const dir = folder();
    await lint(dir, '--suppress-rule', 'x-short-title');
    expect(suppressions(dir)).toEqual({ 'a.yaml': { 'x-short-title': { count: 1 } }, 'sub/b.yaml': { 'x-short-title': { count: 1 } } });
    await runCli(['lint', 'sub', '--suppress-rule', 'x-ansvarig', '--today', '2026-01-15'], { cwd: dir });
    expect(suppressions(dir)).toEqual({ 'a.yaml': { 'x-short-title': { count: 1 } }, 'sub/b.yaml': { 'x-ansvarig': { count: 2 }, 'x-short-title': { count: 1 } } });
    await runCli(['lint', 'a.yaml', '--suppress-all', '--today', '2026-01-15'], { cwd: dir });
    expect(suppressions(dir)['sub/b.yaml']).toEqual({ 'x-ansvarig': { count: 2 }, 'x-short-title': { count: 1 } });
    writeFileSync(join(dir, 'sub/b.yaml'), compactText({ id: 'b' }).replace('title: Överenskommelse om samverkan i Exempelby', 'title: Kort titel'));
    const pruned = await lint(dir, '--prune-suppressions');
    expect(pruned.code).toBe(0);
    expect(suppressions(dir)).toEqual({
      'a.yaml': { 'x-ansvarig': { count: 2 }, 'x-short-title': { count: 1 } },
      'sub/b.yaml': { 'x-ansvarig': { count: 2 } },
    });
  });

  it('--suppressions-location names another file; a broken file is an error with what to do', async () => {
    const dir = folder();
    await lint(dir, '--suppress-all', '--suppressions-location', 'ci/suppressed.json');
    expect(JSON.parse(readFileSync(join(dir, 'ci/suppressed.json'), 'utf8'))['a.yaml']).toBeDefined();
    expect((await lint(dir, '--suppressions-location', 'ci/suppressed.json')).code).toBe(0);
    writeFileSync(join(dir, 'compact-suppressions.json'), '{ nope');
    const broken = await lint(dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/cannot read the suppressions file .*compact-suppressions\.json: .*delete it and run compact lint --suppress-all again/);
  });
});
