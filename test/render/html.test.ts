import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/oracles/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/render/index.js';
import { pdfText } from '../helpers/oracles/pdf-text.js';
import { EXAMPLES, example, withSignatories } from './helpers.js';


describe('HTML output', () => {
  it('is one self-contained file with lang, landmarks, a table of contents and heading ids', async () => {
    const html = (await render(example('orebro'), { format: 'html' })) as string;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    for (const landmark of ['<header>', '<nav aria-labelledby="innehall">', '<main>', '<footer>']) expect(html).toContain(landmark);
    expect(html).toContain('<li><a href="#principer">Principer</a></li>');
    expect(html).toContain('<h2 id="principer">Principer</h2>');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<(?:link|script)\b/);
  });

  it('shows a <script> in a principle text as text', async () => {
    const compact = example('orebro');
    compact.principles[0]!.text = 'Före <script>alert("x")</script> efter <img src=x onerror=alert(1)>';
    const html = (await render(compact, { format: 'html' })) as string;
    expect(html).toContain('Före &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; efter &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });

  it('is the same for the same input', async () => {
    const compact = withSignatories();
    expect(await render(compact, { format: 'html' })).toBe(await render(compact, { format: 'html' }));
  });

  it('draws blanks to sign on as rules in paragraphs that have room to write', async () => {
    const html = (await render(withSignatories(), { format: 'html' })) as string;
    expect(html).toContain('<p class="signature">Organisationsnummer: 802000-0009<br>\nUnderskrift: <span class="blank"></span><br>');
    expect(html).not.toMatch(/_{8,}/);
    expect(html).toContain('p.signature {');
  });

  it('uses the labels of the language asked for', async () => {
    const html = (await render(example('orebro'), { format: 'html', lang: 'en' })) as string;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h2 id="contents">Contents</h2>');
    expect(html).toContain('<h2 id="principles">Principles</h2>');
  });
});

describe('HTML in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([...EXAMPLES, 'signatories'])('%s has no axe-core violations, and a screenshot is taken', async (name) => {
    const compact = name === 'signatories' ? withSignatories() : example(name);
    const html = (await render(compact, { format: 'html' })) as string;
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    const screenshot = join(mkdtempSync(join(tmpdir(), 'compact-html-')), `${name}.png`);
    await page.screenshot({ path: screenshot, fullPage: false });
    expect(existsSync(screenshot) && statSync(screenshot).size).toBeGreaterThan(10_000);
    console.log(`screenshot: ${screenshot}`);
    await page.close();
  });

  it.each(['orebro', 'signatories'])('%s prints on A4 without the table of contents, the signature page on a page of its own', async (name) => {
    const compact = name === 'signatories' ? withSignatories() : example(name);
    const html = (await render(compact, { format: 'html' })) as string;
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const dir = mkdtempSync(join(tmpdir(), 'compact-html-print-'));
    await page.pdf({ path: join(dir, 'print.pdf'), preferCSSPageSize: true });
    await page.screenshot({ path: join(dir, 'print.png'), fullPage: false });
    await page.close();
    const pages = (await pdfText(join(dir, 'print.pdf'))).split('\f').filter((text) => text.trim() !== '');
    expect(pages.length).toBeGreaterThan(3);
    expect(pages.join('\n')).not.toContain('Innehåll');
    const signaturePage = pages.findIndex((text) => text.includes('Underskrifter'));
    expect(signaturePage).toBeGreaterThan(0);
    expect(pages[signaturePage]!.trim().startsWith('Underskrifter')).toBe(true);
    expect(statSync(join(dir, 'print.png')).size).toBeGreaterThan(10_000);
  });
});
