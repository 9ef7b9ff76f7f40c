import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviseCompactText, type RevisionInput } from '../../src/authoring/revise.js';
import { parseCompact } from '../../src/load/index.js';
import type { Compact } from '../../src/model/index.js';
import { validate } from '../../src/validate/index.js';
import { fixture, ROOT, runCli } from '../helpers/cli.js';
import { commentsOf } from '../helpers/yaml-comments.js';

const REVISION: RevisionInput = { version: '2024', summary: 'Reviderad efter utvärdering med Plattformen.', body: 'Kommunfullmäktige', date: '2024-05-16', reference: 'KS/2024:12' };
const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const FLAGS = ['--version', '2024', '--summary', 'Reviderad efter utvärdering.', '--body', 'Kommunfullmäktige', '--date', '2024-05-16'];

function copyOf(path: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'compact-revise-'));
  const file = join(dir, 'compact.yaml');
  copyFileSync(path, file);
  return { dir, file };
}

describe('reviseCompactText', () => {
  it('records the revision in a commented example and keeps every comment and everything else', () => {
    const text = example('botkyrka.yaml');
    const revised = reviseCompactText(text, REVISION, 'botkyrka.yaml');
    expect(commentsOf(revised.text)).toStrictEqual(commentsOf(text));
    const after = parseCompact(revised.text).data as Compact;
    expect(validate(parseCompact(revised.text))).toEqual([]);
    expect(after.version).toBe('2024');
    expect(after.status).toBe('adopted');
    expect(after.adoption).toEqual({ body: 'Kommunfullmäktige', date: '2024-05-16', reference: 'KS/2024:12', replaces: ['KS/2005:392', 'AVUX/2016:55, KS/2016:639'] });
    expect(after.review).toEqual({ cycle_years: 3, last_reviewed: '2024-05-16' });
    expect(after.revisions?.at(-1)).toEqual({ version: '2024', date: '2024-05-16', summary: 'Reviderad efter utvärdering med Plattformen.' });
    expect(after.revisions?.length).toBe(3);
    const before = parseCompact(text).data as Compact;
    const untouched = (compact: Compact) => ({ ...compact, version: undefined, status: undefined, adoption: undefined, review: undefined, revisions: undefined });
    expect(untouched(after)).toStrictEqual(untouched(before));
    // Only the changed lines differ: the prose keeps its layout.
    const changedLines = revised.text.split('\n').filter((line) => !text.split('\n').includes(line));
    expect(changedLines.length).toBeLessThan(12);
  });

  it('moves the previous reference into replaces and drops it when no new reference is given; lists the changes', () => {
    const revised = reviseCompactText(readFileSync(fixture('valid', 'english-adopted.yaml'), 'utf8'), { version: '3.0', summary: 'Third edition.', body: 'Full Council', date: '2027-04-01' });
    expect(revised.after.adoption).toEqual({ body: 'Full Council', date: '2027-04-01', replaces: ['CAB/2024/031'] });
    expect(revised.diff.changes).toContainEqual(expect.objectContaining({ kind: 'removed', path: ['adoption', 'reference'], before: 'CAB/2024/031', class: 'adoption-changed' }));
    expect(revised.diff.changes).toContainEqual(expect.objectContaining({ kind: 'changed', path: ['version'], before: '2.0', after: '3.0', class: 'version-changed' }));
    expect(revised.diff.changes).toContainEqual(
      expect.objectContaining({ kind: 'added', path: ['revisions', 2], after: { version: '3.0', date: '2027-04-01', summary: 'Third edition.' }, class: 'revision-added' }),
    );
    expect(revised.diff.summary.level).toBe('minor');
  });

  it('keeps a kept (|+) block scalar at the end of a file that ends without a line break', () => {
    const text = `${example('sodertalje.yaml')}x-note: |+\n  keep at end\n\n `;
    const revised = reviseCompactText(text, REVISION, 'sodertalje.yaml');
    expect(Object.entries(revised.before).find(([key]) => key === 'x-note')?.[1]).toBe('keep at end\n\n');
    expect(Object.entries(revised.after).find(([key]) => key === 'x-note')?.[1]).toBe('keep at end\n\n');
  });

  it('adopts a draft: adoption, review and revisions are created where the schema puts them', () => {
    const revised = reviseCompactText(example('sodertalje.yaml'), REVISION, 'sodertalje.yaml');
    expect(revised.after).toMatchObject({ status: 'adopted', version: '2024', adoption: { body: 'Kommunfullmäktige', date: '2024-05-16', reference: 'KS/2024:12' }, review: { last_reviewed: '2024-05-16' } });
    expect(Object.keys(revised.after).slice(0, 6)).toEqual(['compact', 'id', 'title', 'language', 'status', 'version']);
    expect(Object.keys(revised.after).indexOf('adoption')).toBeLessThan(Object.keys(revised.after).indexOf('revisions'));
  });

  it('records the adopting decision at the end of decisions when the file keeps that list, once', () => {
    const revised = reviseCompactText(example('sodertalje.yaml'), REVISION, 'sodertalje.yaml');
    expect(revised.after.decisions?.map((decision) => decision.date)).toEqual(['2017-01', '2024-05-16']);
    expect(revised.after.decisions?.at(-1)).toEqual({ body: 'Kommunfullmäktige', date: '2024-05-16', reference: 'KS/2024:12', summary: 'Överenskommelsen antas i version 2024.' });
    expect(revised.diff.changes).toContainEqual(expect.objectContaining({ kind: 'added', path: ['decisions', 1], class: 'decision-added' }));

    const alreadyListed = example('sodertalje.yaml').replace(
      /^decisions:\n/m,
      'decisions:\n  - body: Kommunfullmäktige\n    date: 2024-05-16\n    reference: KS/2024:12 §80\n',
    );
    expect(reviseCompactText(alreadyListed, REVISION, 'sodertalje.yaml').after.decisions?.length).toBe(2);

    const withoutDecisions = reviseCompactText(example('botkyrka.yaml'), REVISION, 'botkyrka.yaml');
    expect(withoutDecisions.after.decisions).toBeUndefined();
  });

  it('moves next_review on by the cycle when the file keeps one', () => {
    const text = readFileSync(fixture('valid', 'english-adopted.yaml'), 'utf8').replace('  cycle_years: 3\n', '  cycle_years: 3\n  next_review: 2027-03-12 # set by the council\n');
    const revised = reviseCompactText(text, { version: '3.0', summary: 'Third edition.', body: 'Full Council', date: '2027-04-01' });
    expect(revised.after.review).toEqual({ cycle_years: 3, last_reviewed: '2027-04-01', next_review: '2030-04-01' });
    expect(revised.text).toContain('next_review: 2030-04-01 # set by the council');
  });

  it('refuses a version already recorded, a date before the previous adoption, and a date that is not a date', () => {
    const text = example('botkyrka.yaml');
    expect(() => reviseCompactText(text, { ...REVISION, version: '2018' }, 'botkyrka.yaml')).toThrow('botkyrka.yaml already records revision 2018 in revisions');
    expect(() => reviseCompactText(text, { ...REVISION, date: '2017-12-31' }, 'botkyrka.yaml')).toThrow('--date 2017-12-31 is before the previous adoption (2018)');
    expect(() => reviseCompactText(text, { ...REVISION, date: '16 maj 2024' })).toThrow('--date must be a date written YYYY-MM-DD');
  });
});

describe('compact revise', () => {
  it('rewrites the file and prints the changes as compact diff reports them', async () => {
    const { file } = copyOf(join(ROOT, 'examples', 'orebro.yaml'));
    const result = await runCli(['revise', file, ...FLAGS, '--reference', 'KS/2024:12']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}: recorded revision 2024, adopted 2024-05-16 by Kommunfullmäktige:\n${file} → revision 2024\n`);
    expect(result.stdout).toContain('  + revision "2024" added  patch revision-added\n      Reviderad efter utvärdering.\n');
    const after = parseCompact(readFileSync(file, 'utf8')).data as Compact;
    expect(after.revisions?.at(-1)?.version).toBe('2024');
    expect(commentsOf(readFileSync(file, 'utf8'))).toStrictEqual(commentsOf(example('orebro.yaml')));
  });

  it('--dry-run prints the semantic diff of the revision and writes nothing', async () => {
    const { file } = copyOf(join(ROOT, 'examples', 'sodertalje.yaml'));
    const result = await runCli(['revise', file, ...FLAGS, '--reference', 'KS/2024:12', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        `${file}: revision 2024 would make these changes (dry run; nothing was written):`,
        `${file} → revision 2024`,
        '',
        'Adoption and review',
        '  ~ status changed from "draft" to "adopted"  minor status-changed',
        '  + version added: "2024"  patch version-changed',
        '  + adoption.body added: "Kommunfullmäktige"  minor adoption-changed',
        '  + adoption.date added: "2024-05-16"  minor adoption-changed',
        '  + adoption.reference added: "KS/2024:12"  minor adoption-changed',
        '  + decision "Kommunfullmäktige 2024-05-16" added  minor decision-added',
        '      Överenskommelsen antas i version 2024.',
        '  + review.last_reviewed added: "2024-05-16"  patch review-dates-changed',
        '  + revision "2024" added  patch revision-added',
        '      Reviderad efter utvärdering.',
        '',
        '1 decision added, 1 revision added, status changed, version changed, adoption changed (3), review dates changed',
        'level: minor (0 major, 5 minor, 3 patch)',
        '',
      ].join('\n'),
    );
    expect(readFileSync(file, 'utf8')).toBe(example('sodertalje.yaml'));
    const coloured = await runCli(['revise', file, ...FLAGS, '--dry-run'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[\d+m/);
    expect(readFileSync(file, 'utf8')).toBe(example('sodertalje.yaml'));
  });

  it('exits 2 and leaves the file as it was for a known version, an earlier date, an invalid compact or a missing option', async () => {
    const { dir, file } = copyOf(join(ROOT, 'examples', 'botkyrka.yaml'));
    const known = await runCli(['revise', file, ...FLAGS.slice(2), '--version', '2009']);
    expect(known.code).toBe(2);
    expect(known.stderr).toContain('already records revision 2009');
    const early = await runCli(['revise', file, ...FLAGS.slice(0, 6), '--date', '2010-01-01']);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('is before the previous adoption');
    const missing = await runCli(['revise', file, '--version', '2024']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--summary <text>' not specified");
    expect(readFileSync(file, 'utf8')).toBe(example('botkyrka.yaml'));
    const invalid = join(dir, 'invalid.yaml');
    copyFileSync(fixture('invalid', 'bad-id.yaml'), invalid);
    const notValid = await runCli(['revise', invalid, ...FLAGS]);
    expect(notValid.code).toBe(2);
    expect(notValid.stderr).toMatch(/invalid\.yaml:\d+:\d+: not a valid compact, so it was not revised/);
    writeFileSync(join(dir, 'list.yaml'), '- a\n- b\n');
    const notCompact = await runCli(['revise', join(dir, 'list.yaml'), ...FLAGS]);
    expect(notCompact.code).toBe(2);
    expect(notCompact.stderr).toContain('is not a compact file');
    const broken = await runCli(['revise', fixture('invalid', 'syntax-error.yaml'), ...FLAGS]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('a quoted value is never closed');
    expect(readdirSync(dir).sort()).toEqual(['compact.yaml', 'invalid.yaml', 'list.yaml']);
  });
});
