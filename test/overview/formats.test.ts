import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { lint as markdownlint } from 'markdownlint/promise';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/oracles/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOverview, getOverviewFormatter, type Overview } from '../../src/overview/index.js';
import { parseCsv } from '../../src/signatory/csv.js';
import { TODAY } from './helpers.js';

const plain = { color: new Chalk({ level: 0 }) };

async function format(name: string, overview: Overview, width?: number): Promise<string> {
  return (await getOverviewFormatter(name))(overview, { ...plain, ...(width ? { width } : {}) });
}

describe('overview formats', async () => {
  const overview = await buildOverview(['examples/', 'test/fixtures/invalid/bad-date.yaml'], { today: TODAY });

  it('table: fits 100 columns, marks the overdue review, says what the rows add up to', async () => {
    const text = await format('table', overview);
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(text).toMatch(/^Botkyrka kom(?:mun|…) +adopted +2018 +2021-12-31 ⚠ +6\/6 +7 +1\/3 \+7 +no +0 +1E 4W$/m);
    expect(text).toMatch(/^Överenskomm\S*… +invalid +test\/fixtures\/invalid\/bad-date\.yaml: 19:11: /m);
    expect(text.replace(/\n/g, ' ')).toContain('5 files: 1 overdue, 1 no review date, 1 under revision, 1 draft, 1 invalid; 2 errors, 14 warnings (on 25 November 2026)');
  });

  it('table: names rows that share a name (two revisions of one compact) by their file', async () => {
    const revisions = await buildOverview(['examples/boras.yaml', 'test/fixtures/overview/boras-2024.yaml', 'examples/orebro.yaml'], { today: TODAY });
    const text = await format('table', revisions);
    expect(text).toMatch(/^boras\.yaml +under-revision /m);
    expect(text).toMatch(/^boras-2024\.(?:yaml|y…) +adopted +2023-12-14 /m);
    expect(text).toMatch(/^Örebro kommun +adopted /m);
  });

  it('table: colours the overdue date red only when colour is on', async () => {
    const coloured = (await getOverviewFormatter('table'))(overview, { color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[31m\u001b[1m2021-12-31 ⚠');
    expect(await format('table', overview)).not.toContain('\u001b[');
  });

  it('markdown: passes markdownlint, escapes pipes, marks the overdue review', async () => {
    const withPipe = structuredClone(overview);
    withPipe.rows[0]!.jurisdiction = 'Borås | Stad';
    const text = await format('markdown', withPipe);
    const results = await markdownlint({ strings: { overview: text }, config: { default: true, 'line-length': false } });
    expect(results.overview).toEqual([]);
    expect(text).toContain('Borås \\| Stad');
    expect(text).toContain('**⚠ 2021-12-31 overdue**');
    expect(text.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(5);
  });

  it('csv: parses back with a header and one record per file, quoting what needs it', async () => {
    const withComma = structuredClone(overview);
    withComma.rows[1]!.title = 'Överenskommelsen, "Botkyrka"\nrad två';
    const text = await format('csv', withComma);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const table = parseCsv(text);
    expect(table.separator).toBe(',');
    expect(table.records).toHaveLength(1 + 5);
    const header = table.records[0]!.cells;
    const column = (name: string) => header.indexOf(name);
    const botkyrka = table.records[2]!.cells;
    expect(botkyrka[column('title')]).toBe('Överenskommelsen, "Botkyrka"\nrad två');
    expect(botkyrka[column('review_state')]).toBe('overdue');
    expect(botkyrka[column('commitments_by_party')]).toBe('Botkyrka kommun: 1; Idéburna organisationer: 3');
    expect(botkyrka[column('lint_errors')]).toBe('1');
    expect(table.records.map((record) => record.cells.length)).toEqual(Array(6).fill(header.length));
  });

  it('json: the overview as built', async () => {
    const parsed = JSON.parse(await format('json', overview)) as Overview;
    expect(parsed).toEqual(JSON.parse(JSON.stringify(overview)));
    expect(Object.keys(parsed)).toEqual(['today', 'rows', 'totals']);
  });

  it('is the same for the same input', async () => {
    for (const name of ['table', 'markdown', 'csv', 'json', 'html']) expect(await format(name, overview)).toBe(await format(name, overview));
  });
});

describe('overview HTML', async () => {
  const overview = await buildOverview(['examples/', 'test/fixtures/invalid/bad-date.yaml'], { today: TODAY });
  const html = await format('html', overview);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one self-contained page with lang, main, a caption, a chart with a text alternative and print CSS', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<main>');
    expect(html).toContain('<caption>5 compacts on 25 November 2026');
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-title chart-desc"/);
    expect(html).toContain('<desc id="chart-desc">overdue: 1, due soon: 0, on time: 0, no review date: 1, under revision: 1, draft: 1, ended: 0</desc>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|url\(|https?:\/\//);
  });

  it('has no axe-core violations, sorts by a column header button, and a screenshot is taken', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);

    const names = () => page.$$eval('#overview tbody tr .name', (cells) => cells.map((cell) => cell.textContent));
    expect(await names()).toEqual(['Borås Stad', 'Botkyrka kommun', 'Örebro kommun', 'Södertälje kommun', 'Överenskommelse om samverkan i Exempelby']);
    const principles = page.getByRole('button', { name: 'Principles' });
    await principles.click();
    expect(await page.getAttribute('th:has(button:text-is("Principles"))', 'aria-sort')).toBe('ascending');
    expect((await names()).slice(0, 2)).toEqual(['Överenskommelse om samverkan i Exempelby', 'Södertälje kommun']);
    await principles.click();
    expect(await page.getAttribute('th:has(button:text-is("Principles"))', 'aria-sort')).toBe('descending');
    expect((await names())[0]).toBe('Botkyrka kommun');
    expect(await page.getAttribute('th:has(button:text-is("Compact"))', 'aria-sort')).toBeNull();

    const screenshot = join(mkdtempSync(join(tmpdir(), 'compact-overview-')), 'overview.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(existsSync(screenshot) && statSync(screenshot).size).toBeGreaterThan(10_000);
    console.log(`screenshot: ${screenshot}`);
    await page.close();
  });
});
