// The package as a library user imports it: `import { … } from 'compact'` (the built dist/index.js).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('finds config files and signs PDFs, loading on first use the packages those need', () => {
    const folder = mkdtempSync(join(tmpdir(), 'compact-api-'));
    try {
      copyFileSync(join(ROOT, 'examples/botkyrka.yaml'), join(folder, 'botkyrka.yaml'));
      writeFileSync(join(folder, '.compactrc.yaml'), 'extends: recommended\nrules:\n  review-overdue: off\n');
      const output = runModule(`
        import { readFileSync } from 'node:fs';
        import { createFileLinter, findConfig, lintFiles, lintText, loadCompact, render, resolvedConfigFor, signPdf, verifyPdf } from 'compact';
        const folder = ${JSON.stringify(folder)};
        const file = folder + '/botkyrka.yaml';
        const ruleIds = (findings) => [...new Set(findings.map((finding) => finding.ruleId))].sort();
        const [result] = await lintFiles([folder], { today: '2026-11-25', workers: 0 });
        const fromText = await lintText(readFileSync(file, 'utf8'), { file, today: '2026-11-25' });
        const lintOne = await createFileLinter({ today: '2026-11-25' });
        const fromLinter = await lintOne(await loadCompact(file));
        const config = await resolvedConfigFor(file);
        const found = await findConfig(file);
        const pdf = await render((await loadCompact('examples/orebro.yaml')).data, { format: 'pdf' });
        const signed = await signPdf(pdf, {
          p12: readFileSync('test/fixtures/sign/ec-p256-openssl3.p12'),
          passphrase: 'kommun-2026',
          signingTime: new Date('2027-01-15T10:00:00Z'),
        });
        const [report] = await verifyPdf(signed);
        console.log(JSON.stringify({
          file: result.file === file,
          overdue: [result.findings, fromText, fromLinter].map((findings) => ruleIds(findings).includes('review-overdue')),
          sameFindings: JSON.stringify(fromText) === JSON.stringify(fromLinter),
          configLayers: config.layers.length > 0,
          found: found?.file,
          signer: report.signer,
          intact: report.intact,
        }));
      `);
      expect(JSON.parse(output)).toEqual({
        file: true,
        overdue: [false, false, false],
        sameFindings: true,
        configLayers: true,
        found: join(folder, '.compactrc.yaml'),
        signer: 'Åsa Öberg',
        intact: true,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
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
