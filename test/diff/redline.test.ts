import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { axeViolations, launchChromium } from '../helpers/oracles/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCompacts } from '../../src/diff/diff.js';
import { markChanges } from '../../src/diff/redline.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { pdfText } from '../helpers/oracles/pdf-text.js';
import { fixturePath, loadPair } from './load-pair.js';

const pair = (name: string) => [fixturePath(name, 'before'), fixturePath(name, 'after')];
const tempDir = () => mkdtempSync(join(tmpdir(), 'compact-redline-'));

async function redlineHtml(args: string[]): Promise<string> {
  const result = await runCli(['diff', ...args, '--format', 'html']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('markChanges', () => {
  it('marks reworded and added text and puts a removed entry back where it was, ids untouched', () => {
    const [before, after] = loadPair('commitments');
    const marked = markChanges(before, after, diffCompacts(before, after).changes);
    expect(marked.commitments?.map((commitment) => commitment.id)).toEqual(['kontakt', 'forankring', 'stormote', 'stormote', 'utbildning']);
    expect(marked.commitments?.[0]?.text).toBe('⸤Det ska vara enkelt att kontakta kommunen och få svar⸥⸢Kommunen svarar på frågor från föreningar⸣ inom ⸤rimlig tid⸥⸢fem arbetsdagar⸣.');
    expect(marked.commitments?.[1]).toMatchObject({ party: 'civilsamhallet', text: '⸤Organisationerna förankrar överenskommelsen bland sina medlemmar.⸥', principles: ['dialog'] });
    expect(marked.commitments?.[2]).toMatchObject({ party: 'joint', text: '⸤Parterna arrangerar tillsammans ett stormöte varje år.⸥' });
    expect(marked.commitments?.[3]).toMatchObject({ party: 'kommunen', text: '⸢Parterna arrangerar tillsammans ett stormöte varje år.⸣' });
    expect(marked.commitments?.[4]?.text).toBe('⸢Kommunen erbjuder utbildning om överenskommelsen.⸣');
    expect(after.commitments?.map((commitment) => commitment.id)).toEqual(['kontakt', 'stormote', 'utbildning']);
  });
});

describe('compact diff --format pdf', () => {
  it('writes the new revision with the removed and the inserted words, the summary and the legend', async () => {
    const dir = tempDir();
    const out = join(dir, 'x.pdf');
    const result = await runCli(['diff', ...pair('commitments'), '--format', 'pdf', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const text = (await pdfText(out)).replace(/\s+/g, ' ');
    expect(text).toContain('Det ska vara enkelt att kontakta kommunen och få svar Kommunen svarar på frågor från föreningar inom rimlig tid fem arbetsdagar.');
    expect(text).toContain('Organisationerna förankrar överenskommelsen bland sina medlemmar.');
    expect(text).toContain('Kommunen erbjuder utbildning om överenskommelsen.');
    expect(text).toContain('1 åtagande tillagt, 1 åtagande borttaget, 2 åtaganden ändrade.');
    expect(text).toContain('Markering: Tillagt · Borttaget');
  });

  it('gives the same bytes for the same input', async () => {
    const dir = tempDir();
    await runCli(['diff', ...pair('principles'), '-f', 'pdf', '--out', join(dir, 'a.pdf')]);
    await runCli(['diff', ...pair('principles'), '-f', 'pdf', '--out', join(dir, 'b.pdf')]);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
  });

  it('is written, as compact render writes a PDF, to <new file>-redline.pdf without --out and to stdout with --out -', async () => {
    const dir = tempDir();
    const written = await runCli(['diff', ...pair('principles').map((path) => join(ROOT, path)), '-f', 'pdf'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('wrote after-redline.pdf\n');
    const file = readFileSync(join(dir, 'after-redline.pdf'));
    const piped = await runCli(['diff', ...pair('principles').map((path) => join(ROOT, path)), '-f', 'pdf', '--out', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdoutBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(piped.stdoutBytes.equals(file)).toBe(true);
  });
});

describe('compact diff --format html', () => {
  it('marks deleted words with <del> and inserted ones with <ins>, whole entries and headings too', async () => {
    const commitments = await redlineHtml(pair('commitments'));
    expect(commitments).toContain('<del>Det ska vara enkelt att kontakta kommunen och få svar</del> <ins>Kommunen svarar på frågor från föreningar</ins> inom <del>rimlig tid</del> <ins>fem arbetsdagar</ins>.');
    expect(commitments).toContain('<del>Organisationerna förankrar överenskommelsen bland sina medlemmar.</del>');
    expect(commitments).toContain('<ins>Kommunen erbjuder utbildning om överenskommelsen.</ins>');
    const principles = await redlineHtml(pair('principles'));
    expect(principles).toContain('<h3 id="sjalvstandighet-och-oberoende"><del>Självständighet och oberoende</del></h3>');
    expect(principles).toContain('<h3 id="mangfald"><ins>Mångfald</ins></h3>');
    expect(principles).toContain('<h3 id="oppenhet-och-full-insyn">Öppenhet och <ins>full</ins> insyn</h3>');
    expect(principles).toContain('<p><strong>Ändringar jämfört med version 2018 (antagen 24 maj 2018):</strong> 1 princip tillagd, 1 princip borttagen, 2 principer ändrade.</p>');
    expect(principles).toContain('<p>Markering: <ins>Tillagt</ins> · <del>Borttaget</del></p>');
    expect(principles).toMatch(/ins \{ color: #146c2e;[^}]*text-decoration: underline/);
    expect(principles).toMatch(/del \{ color: #a4241c;[^}]*text-decoration: line-through/);
  });

  it('uses the labels of --lang', async () => {
    const html = await redlineHtml([...pair('principles'), '--lang', 'en']);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<strong>Changes since version 2018 (adopted 24 May 2018):</strong> 1 principle added, 1 principle removed, 2 principles changed.</p>');
    expect(html).toContain('<p>Key: <ins>Inserted</ins> · <del>Deleted</del></p>');
  });

  it('for identical revisions is the rendered document without marks, and says so in its language', async () => {
    const html = await redlineHtml(pair('identical'));
    expect(html).not.toMatch(/<(?:ins|del)>/);
    expect(html).toContain('</strong> Inga ändringar.</p>');
    expect(await redlineHtml([...pair('identical'), '--lang', 'en'])).toContain('</strong> No changes.</p>');
    const rendered = await runCli(['render', fixturePath('identical', 'after'), '--format', 'html']);
    const main = (page: string) => page.slice(page.indexOf('<main>'));
    expect(main(html)).toBe(main(rendered.stdout));
  });

  it('keeps ~~, ++ and the mark characters of the text itself literal', async () => {
    const dir = tempDir();
    const [before, after] = [join(dir, 'before.yaml'), join(dir, 'after.yaml')];
    const source = readFileSync(fixturePath('identical', 'after'), 'utf8');
    writeFileSync(before, source);
    const literal = 'Inte ~~struken~~ och inte ++tillagd++ eller ⸤borttagen⸥.';
    writeFileSync(after, source.replace(/text: En kontinuerlig dialog.*/, `text: "${literal}"`));
    const html = await redlineHtml([before, after]);
    expect(html).toContain('<del>En kontinuerlig dialog mellan parterna är en förutsättning för samverkan på lika villkor</del> <ins>Inte ~~struken~~ och inte ++tillagd++ eller ⸤borttagen⸥</ins>.');
    expect(html.match(/<ins>/g)?.length).toBe(2);
    expect(html.match(/<del>/g)?.length).toBe(2);
  });

  it('refuses --git-external where it does not apply; --lang on a text report is the language of its messages', async () => {
    const external = await runCli(['diff', '--git-external', '-f', 'pdf', 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(external.code).toBe(2);
    expect(external.stderr).toContain('--git-external prints the text report');
    const swedish = await runCli(['diff', ...pair('principles'), '--lang', 'sv', '-f', 'markdown']);
    expect(swedish.stdout).toMatch(/^## Ändringar från /);
    const unknown = await runCli(['diff', ...pair('principles'), '--lang', 'de']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown language "de"');
  });
});

describe('the HTML redline in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['commitments', 'principles'])('%s has no axe-core violations', async (name) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.setContent(await redlineHtml(pair(name)), { waitUntil: 'load' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
