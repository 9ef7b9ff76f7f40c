// The package as a library user imports it: `import { … } from 'compact'` (the built dist/index.js).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function runModule(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
}

describe("import { validate, lint, render, diff } from 'compact'", () => {
  it('does what the CLI does, returning data', () => {
    const output = runModule(`
      import { loadCompact, validate, lint, render, diff } from 'compact';
      const orebro = await loadCompact('examples/orebro.yaml');
      const botkyrka = await loadCompact('examples/botkyrka.yaml');
      const markdown = await render(orebro.data, { format: 'md' });
      const pdf = await render(orebro.data, { format: 'pdf' });
      const changes = diff(orebro.data, botkyrka.data).changes;
      console.log(JSON.stringify({
        valid: validate(orebro).length,
        overdue: lint(botkyrka, { today: '2026-11-25' }).filter((f) => f.ruleId === 'review-overdue').length,
        heading: markdown.split('\\n')[0],
        pdf: pdf.subarray(0, 5).toString(),
        changed: changes.length > 0,
        same: diff(orebro.data, orebro.data).changes.length,
      }));
    `);
    expect(JSON.parse(output)).toEqual({
      valid: 0,
      overdue: 1,
      heading: '# Överenskommelse om samverkan i Örebro mellan det civila samhället och kommunen',
      pdf: '%PDF-',
      changed: true,
      same: 0,
    });
  });

  it('has type declarations for the public API', () => {
    const types = runModule(`
      import { readFileSync } from 'node:fs';
      const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
      console.log(readFileSync(pkg.exports['.'].types, 'utf8'));
    `);
    for (const name of ['validate', 'lint', 'render', 'diff', 'loadCompact']) expect(types).toMatch(new RegExp(`\\b${name}\\b`));
    expect(types).toContain("export type * from './model/index.js'");
  });
});
