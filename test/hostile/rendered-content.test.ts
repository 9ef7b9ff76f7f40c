import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCompact, render, type Compact } from '../../src/index.js';
import { launchChromium } from '../helpers/oracles/browser.js';
import { pdfText } from '../helpers/oracles/pdf-text.js';
import { qpdf } from '../helpers/oracles/qpdf.js';
import { runCli } from '../helpers/cli.js';
import { HOSTILE_FIXTURES } from './generate.js';

const FILE = `${HOSTILE_FIXTURES}/markdown-injection.yaml`;
const compact = parseCompact(readFileSync(FILE, 'utf8'), FILE).data as Compact;

/** What a page holds that could run: script elements, event-handler attributes, links and frames to script or data. */
interface ActiveContent {
  /** The length of each script element's code. */
  scripts: number[];
  handlers: string[];
  unsafeUrls: string[];
  embedded: number;
  text: string;
}

/** Runs in the page (a string, since the tests are compiled without the DOM types). */
const INSPECT = `(() => {
  const elements = [...document.querySelectorAll('*')];
  const unsafe = /^\\s*(javascript|vbscript|data|file):/i;
  return {
    scripts: [...document.querySelectorAll('script')].map((script) => script.textContent.length),
    handlers: elements.flatMap((element) => element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')).map((name) => element.tagName + '.' + name)),
    unsafeUrls: elements.flatMap((element) => ['href', 'src', 'action', 'formaction', 'xlink:href'].map((name) => element.getAttribute(name) || '').filter((value) => unsafe.test(value))),
    embedded: document.querySelectorAll('iframe, object, embed, frame, form').length,
    text: document.body.innerText,
  };
})()`;

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'compact-hostile-render-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Loads the HTML in Chromium, with scripts on so that anything that would run shows as a dialog, and lists what is active. */
async function activeContent(html: string): Promise<ActiveContent & { dialogs: number }> {
  const page = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const found = (await page.evaluate(INSPECT)) as ActiveContent;
    return { ...found, dialogs };
  } finally {
    await page.close();
  }
}

const NOTHING_ACTIVE = { scripts: [], handlers: [], unsafeUrls: [], embedded: 0, dialogs: 0 };

describe('Markdown and HTML in every prose and text field', () => {
  it('the rendered HTML has no active content, and shows the markup as text', async () => {
    const html = (await render(compact, { format: 'html' })) as string;
    const found = await activeContent(html);
    expect(found).toMatchObject(NOTHING_ACTIVE);
    expect(found.text).toContain('<script>alert(1)</script>');
    expect(found.text).toContain('<img src=x onerror=alert(1)>');
    expect(found.text).toContain('<svg onload=alert(1)>');
  });

  it('the rendered Markdown carries no raw HTML or script link, even through a renderer that passes HTML and links through', async () => {
    const markdown = (await render(compact, { format: 'md' })) as string;
    const permissive = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const found = await activeContent(`<!DOCTYPE html><html><body>${permissive}</body></html>`);
    expect(found).toMatchObject(NOTHING_ACTIVE);
    expect(markdown).not.toMatch(/(?<!\\)<(script|img|iframe|svg|a |b |div)/i);
    expect(markdown).not.toMatch(/(?<!\\)\]\(\s*(?:javascript|vbscript|data):/i);
    expect(markdown).not.toMatch(/(?<!\\)<javascript:/i);
    expect(found.text).toContain('[a](javascript:alert(1))');
  });

  it('the diff redline and the report page have no active content but their own (the report sorts its table)', async () => {
    const page = async (args: string[], name: string) => {
      const file = join(dir, name);
      expect((await runCli([...args, '--output', file])).code).toBe(0);
      return activeContent(readFileSync(file, 'utf8'));
    };
    const base = `${HOSTILE_FIXTURES}/base.yaml`;
    const pages = [
      { hostile: await page(['diff', base, FILE, '--format', 'html'], 'redline.html'), plain: await page(['diff', base, base, '--format', 'html'], 'plain-redline.html') },
      { hostile: await page(['report', FILE, '--format', 'html', '--today', '2026-01-01'], 'report.html'), plain: await page(['report', base, '--format', 'html', '--today', '2026-01-01'], 'plain-report.html') },
    ];
    for (const { hostile, plain } of pages) {
      expect(hostile).toMatchObject({ scripts: plain.scripts, handlers: plain.handlers, unsafeUrls: [], embedded: 0, dialogs: 0 });
    }
    expect(pages[0]!.hostile.text).toContain('<script>alert(1)</script>');
    expect(pages[1]!.hostile.text).toContain('<script>alert(1)</script>');
  });

  it('the PDF has no URI action to script, no JavaScript and no launch action, and prints the markup as text', async () => {
    const pdf = join(dir, 'x.pdf');
    writeFileSync(pdf, (await render(compact, { format: 'pdf', env: { SOURCE_DATE_EPOCH: '1767225600' } })) as Buffer);
    const qdf = await qpdf(['--qdf', '--object-streams=disable', '{}', '{out}'], pdf);
    expect(qdf.code, qdf.stderr).toBe(0);
    const objects = Buffer.from(qdf.output!).toString('latin1');
    expect(objects).toContain('%QDF-1.0');
    expect(objects).not.toMatch(/\/URI\s*\(\s*(?:javascript|vbscript|data|file):/i);
    expect(objects).not.toMatch(/\/(?:JavaScript|JS|Launch|SubmitForm|ImportData)\b/);
    // Long lines wrap where the PDF breaks them: compare without the line breaks.
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[a](javascript:alert(1))');
  });
});
