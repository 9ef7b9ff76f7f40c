// The HTML pages of `npm test` in Debian's own Chromium, with axe-core, and a page printed to PDF read by pdftotext.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { buildOverview, getOverviewFormatter } from '../../src/overview/index.js';
import { runCli } from '../helpers/cli.js';
import { axeViolations, launchChromium } from '../helpers/oracles/browser.js';
import { fixturePath } from '../diff/load-pair.js';
import { TODAY } from '../overview/helpers.js';
import { EXAMPLES, example, withSignatories } from '../render/helpers.js';
import { pdftotext, requireTool } from './debian-tools.js';

// Looked up when the file loads, so that a missing Chromium fails the file with the package to install.
const CHROMIUM = requireTool('chromium', 'chromium');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium({ path: CHROMIUM, origin: 'system', env: {} });
});
afterAll(async () => {
  await browser?.close();
});

async function violations(html: string): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await axeViolations(page);
  } finally {
    await page.close();
  }
}

describe("Debian's Chromium with axe-core", () => {
  it.each([...EXAMPLES, 'signatories'])('the HTML of %s has no violations', async (name) => {
    const compact = name === 'signatories' ? withSignatories() : example(name);
    expect(await violations((await render(compact, { format: 'html' })) as string)).toEqual([]);
  });

  it.each(['commitments', 'principles'])('the %s redline has no violations', async (name) => {
    const result = await runCli(['diff', fixturePath(name, 'before'), fixturePath(name, 'after'), '--format', 'html']);
    expect(result.code, result.stderr).toBe(0);
    expect(await violations(result.stdout)).toEqual([]);
  });

  it('the overview page has no violations', async () => {
    const overview = await buildOverview(['examples/', 'test/fixtures/invalid/bad-date.yaml'], { today: TODAY });
    const html = await (await getOverviewFormatter('html'))(overview, { color: new Chalk({ level: 0 }) });
    expect(await violations(html)).toEqual([]);
  });

  it('prints a compact on A4 without the table of contents, the signature page on a page of its own, as pdftotext reads it', async () => {
    const page = await browser.newPage();
    await page.setContent((await render(withSignatories(), { format: 'html' })) as string, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(mkdtempSync(join(tmpdir(), 'compact-crosscheck-print-')), 'print.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    await page.close();
    const pages = pdftotext(pdf).split('\f').filter((text) => text.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.join('\n')).not.toContain('Innehåll');
    const signaturePage = pages.findIndex((text) => text.includes('Underskrifter'));
    expect(signaturePage).toBeGreaterThan(0);
    expect(pages[signaturePage]!.trim().startsWith('Underskrifter')).toBe(true);
  });
});
