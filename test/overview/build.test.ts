import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countFindings } from '../../src/findings.js';
import { lintFiles } from '../../src/lint/index.js';
import { buildOverview, type CompactRow } from '../../src/overview/index.js';
import { EXAMPLE_FILES, readExample, TODAY } from './helpers.js';

const YEARLY = new Set(['yearly', 'twice-yearly', 'quarterly', 'monthly']);

describe('buildOverview on the examples', async () => {
  const overview = await buildOverview(['examples/'], { today: TODAY });
  const rows = overview.rows as CompactRow[];

  it('has one valid row per example, sorted by path', () => {
    expect(rows.map((row) => row.file)).toEqual(EXAMPLE_FILES);
    expect(rows.every((row) => row.state === 'ok')).toBe(true);
    expect(overview.today).toBe(TODAY);
  });

  it.each(EXAMPLE_FILES)('%s: counts match the file', async (file) => {
    const compact = readExample(file);
    const row = rows.find((candidate) => candidate.file === file)!;
    expect(row.id).toBe(compact.id);
    expect(row.status).toBe(compact.status);
    expect(row.principles).toBe(compact.principles.length);
    const commitments = compact.commitments ?? [];
    expect(row.commitments.total).toBe(commitments.length);
    expect(row.commitments.joint).toBe(commitments.filter((commitment) => commitment.party === 'joint').length);
    expect(row.commitments.byParty).toEqual(
      compact.parties.map((party) => ({ party: party.id, name: party.name, count: commitments.filter((commitment) => commitment.party === party.id).length })),
    );
    expect(row.signatories.total).toBe(compact.signatories?.length ?? 0);
    expect(row.yearlyMeeting).toBe((compact.governance?.meetings ?? []).some((meeting) => (meeting.frequency !== undefined ? YEARLY.has(meeting.frequency) : meeting.times_per_year !== undefined)));
    const [linted] = await lintFiles([file], { today: TODAY });
    const counts = countFindings(linted!.findings);
    expect(row.lint).toEqual({ errors: counts.errors, warnings: counts.warnings, infos: counts.infos });
  });

  it('knows the review states and the baseline coverage on 2026-11-25', () => {
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId.botkyrka!.review).toEqual({ state: 'overdue', date: '2021-12-31', basis: 'last_reviewed', daysLeft: -1790 });
    expect(byId.orebro!.review.state).toBe('no-date');
    expect(byId.boras!.review.state).toBe('under-revision');
    expect(byId.sodertalje!.review).toEqual({ state: 'draft' });
    expect(byId.botkyrka!.baseline).toEqual({ id: 'se-2008', covered: 6, total: 6, missing: [] });
    expect(byId.sodertalje!.baseline).toBeUndefined();
    expect(byId.botkyrka!.lint).toEqual({ errors: 1, warnings: 4, infos: 0 });
    expect(byId.botkyrka!.commitments).toMatchObject({ total: 11, joint: 7 });
  });

  it('adds up the totals', () => {
    expect(overview.totals).toMatchObject({ files: 4, compacts: 4, unreadable: 0, invalid: 0 });
    expect(overview.totals.review).toMatchObject({ overdue: 1, 'no-date': 1, 'under-revision': 1, draft: 1, 'on-time': 0, 'due-soon': 0 });
    expect(overview.totals.principles).toBe(rows.reduce((sum, row) => sum + row.principles, 0));
    expect(overview.totals.lint).toEqual({ errors: 1, warnings: 14, infos: 0 });
  });

  it('calls a review due soon within 180 days, and on time after', async () => {
    const dueSoon = await buildOverview(['examples/botkyrka.yaml'], { today: '2021-07-04' });
    expect((dueSoon.rows[0] as CompactRow).review).toMatchObject({ state: 'due-soon', daysLeft: 180 });
    const onTime = await buildOverview(['examples/botkyrka.yaml'], { today: '2021-07-03' });
    expect((onTime.rows[0] as CompactRow).review.state).toBe('on-time');
  });
});

describe('buildOverview with bad files', () => {
  it('gives an unreadable or invalid file a row saying why, and still reports the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-overview-'));
    copyFileSync('examples/orebro.yaml', join(dir, 'a-orebro.yaml'));
    writeFileSync(join(dir, 'b-list.yaml'), '- just\n- a list\n');
    writeFileSync(join(dir, 'c-broken.yaml'), 'id: x\ntitle: "never closed\n');
    writeFileSync(join(dir, 'd-config.yaml'), 'id: not-a-compact\ntitle: A config file\nsettings: { debug: true }\n');
    const overview = await buildOverview([dir, join(dir, 'missing.yaml')], { today: TODAY });
    expect(overview.rows.map((row) => [row.file.slice(dir.length + 1), row.state])).toEqual([
      ['a-orebro.yaml', 'ok'],
      ['b-list.yaml', 'invalid'],
      ['c-broken.yaml', 'unreadable'],
      ['d-config.yaml', 'invalid'],
      ['missing.yaml', 'unreadable'],
    ]);
    const [, list, broken, config, missing] = overview.rows;
    expect(list).toMatchObject({ problem: expect.stringContaining('mapping') });
    expect(broken).toMatchObject({ problem: expect.stringMatching(/^2:\d+: .*quoted value/) });
    expect(config).toMatchObject({ id: 'not-a-compact', title: 'A config file', problem: expect.stringContaining('more error') });
    expect(missing).toMatchObject({ problem: expect.stringContaining('no such file') });
    expect(overview.totals).toMatchObject({ files: 5, compacts: 1, invalid: 2, unreadable: 2 });
  });

  it('refuses standard input', async () => {
    await expect(buildOverview(['-'])).rejects.toThrow(/not standard input/);
  });
});

describe('a compact of format 1.1 in the overview', () => {
  it('has ended (with the date it ended, no review date) and shows how many organisations have joined', async () => {
    const overview = await buildOverview(['test/fixtures/valid/format-1-1.yaml'], { today: TODAY });
    const [row] = overview.rows;
    expect(row).toMatchObject({ state: 'ok', status: 'expired', review: { state: 'ended' }, ended: { date: '2024-03', body: 'Kommunstyrelsen' }, accession: { count: 41, asOf: '2022-12' } });
    expect(row!.state === 'ok' ? row!.review.date : 'not ok').toBeUndefined();
    expect(overview.totals.review.ended).toBe(1);
  });
});
