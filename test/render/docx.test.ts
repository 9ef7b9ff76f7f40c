import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Compact } from '../../src/model/index.js';
import { render } from '../../src/render/index.js';
import { runCli } from '../helpers/cli.js';
import { resolvedText } from '../helpers/docx-text.js';
import { fixturePath } from '../diff/load-pair.js';

const dir = mkdtempSync(join(tmpdir(), 'compact-docx-'));

async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (name.endsWith('.xml')) out[name] = await zip.files[name]!.async('string');
  return out;
}

/** The date and time written in each entry of a zip's central directory, as `YYYY-MM-DD hh:mm:ss` (DOS dates have two-second steps). */
function zipEntryTimes(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const times: string[] = [];
  for (let entry = 0; entry < count; entry++) {
    const time = zip.readUInt16LE(offset + 12);
    const date = zip.readUInt16LE(offset + 14);
    const pad = (value: number) => String(value).padStart(2, '0');
    times.push(`${1980 + (date >> 9)}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`);
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return times;
}

describe('compact render --format docx', () => {
  const file = join(dir, 'orebro.docx');
  const env = { SOURCE_DATE_EPOCH: '1700000000' };

  it('writes a Word document with heading styles, lists, a table of contents, page fields and the language', async () => {
    const result = await runCli(['render', 'examples/orebro.yaml', '--format', 'docx', '--out', file], { env });
    expect(result.code).toBe(0);
    const xml = await parts(file);
    const body = xml['word/document.xml']!;
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toMatch(/<w:instrText[^>]*>TOC /);
    expect(body).toContain('<w:numPr>');
    expect(xml['word/numbering.xml']).toContain('w:val="bullet"');
    const footer = Object.entries(xml).find(([name]) => name.startsWith('word/footer'))![1];
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer).toContain('Sida ');
    expect(xml['word/styles.xml']).toContain('<w:lang w:val="sv-SE"/>');
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml['docProps/core.xml']).toContain('<dc:creator>Örebro kommun</dc:creator>');
    expect(xml['docProps/core.xml']).toContain('2023-11-14T22:13:20Z');
    const text = (await mammoth.extractRawText({ path: file })).value;
    const compact = parse(readFileSync('examples/orebro.yaml', 'utf8')) as Compact;
    for (const principle of compact.principles) expect(text).toContain(principle.title);
  });

  it('gives the same bytes on a rerun', async () => {
    const again = join(dir, 'again.docx');
    await runCli(['render', 'examples/orebro.yaml', '--format', 'docx', '--out', again], { env });
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
  });

  it('gives the same bytes in every time zone, each zip entry dated with the UTC time of SOURCE_DATE_EPOCH', async () => {
    const inZone = async (zone: string) => {
      const out = join(dir, `zone-${zone.replace('/', '-')}.docx`);
      const result = await runCli(['render', 'examples/orebro.yaml', '--format', 'docx', '--out', out], { env: { ...env, TZ: zone } });
      expect(result.code).toBe(0);
      return readFileSync(out);
    };
    const utc = await inZone('UTC');
    expect((await inZone('Europe/Stockholm')).equals(utc)).toBe(true);
    expect((await inZone('Pacific/Kiritimati')).equals(utc)).toBe(true);
    expect(new Set(zipEntryTimes(utc))).toEqual(new Set(['2023-11-14 22:13:20']));
  });

  it('writes one copy per signing organisation, each with its name on the signature page', async () => {
    const folder = join(dir, 'copies');
    const result = await runCli(['render', 'test/fixtures/render/several-signatories.yaml', '--per-signatory', folder, '--format', 'docx']);
    expect(result.code).toBe(0);
    const text = (await mammoth.extractRawText({ path: join(folder, 'exempelforeningen.docx') })).value;
    expect(text).toMatch(/För Exempelföreningen/);
  });

  it('refuses a compact with schema errors unless --force, as for PDF', async () => {
    const refused = await runCli(['render', 'test/fixtures/invalid/adopted-without-adoption.yaml', '--format', 'docx', '--out', join(dir, 'invalid.docx')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('not rendering');
    const forced = await runCli(['render', 'test/fixtures/invalid/adopted-without-adoption.yaml', '--format', 'docx', '--out', join(dir, 'invalid.docx'), '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'invalid.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('maps the Markdown of prose fields to Word: bold, italic, links, numbered lists, tables, quotes and code', async () => {
    const compact = parse(readFileSync('examples/orebro.yaml', 'utf8')) as Compact;
    compact.principles[0]!.text = '**Fet** och *kursiv* med [länk](https://example.se/sida).\n\n1. ett\n2. två\n\n| År | Mål |\n| --- | --- |\n| 2024 | Fler |\n\n> citat\n\n```\nkod här\n```';
    const zip = await JSZip.loadAsync((await render(compact, { format: 'docx' })) as Buffer);
    const body = await zip.files['word/document.xml']!.async('string');
    const rels = await zip.files['word/_rels/document.xml.rels']!.async('string');
    expect(body).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Fet<\/w:t>/);
    expect(body).toMatch(/<w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">kursiv<\/w:t>/);
    expect(rels).toContain('Target="https://example.se/sida"');
    expect(body).toMatch(/<w:hyperlink w:history="1" r:id="rIdLink1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">länk/);
    const again = await render(compact, { format: 'docx' });
    expect((again as Buffer).equals((await render(compact, { format: 'docx' })) as Buffer)).toBe(true);
    expect(body).toMatch(/<w:tbl>.*?År.*?Mål.*?2024.*?Fler.*?<\/w:tbl>/);
    expect(body).toMatch(/<w:ind w:left="567"\/><\/w:pPr><w:r><w:t xml:space="preserve">citat/);
    expect(body).toMatch(/Courier New.*?kod här/);
    const numbering = await zip.files['word/numbering.xml']!.async('string');
    expect(numbering).toContain('w:val="decimal"');
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?ett/);
  });

  it('leaves out characters XML cannot carry instead of writing a corrupt document', async () => {
    const compact = parse(readFileSync('examples/orebro.yaml', 'utf8')) as Compact;
    compact.principles[0]!.text = 'Styr\u0001tecken\u000B här.';
    const out = join(dir, 'control.docx');
    writeFileSync(out, (await render(compact, { format: 'docx' })) as Buffer);
    expect((await mammoth.extractRawText({ path: out })).value).toContain('Styrtecken här.');
  });
});

describe('compact diff --format docx', () => {
  const out = join(dir, 'redline.docx');

  it('writes the later revision with tracked changes and comments for moves and renames', async () => {
    const result = await runCli(['diff', fixturePath('revision', 'before'), fixturePath('revision', 'after'), '--format', 'docx', '--out', out, '--author', 'Anna Berg']);
    expect(result.code).toBe(0);
    const xml = await parts(out);
    const body = xml['word/document.xml']!;
    expect(body).toMatch(/<w:ins w:id="\d+" w:author="Anna Berg" w:date="2019-11-14T00:00:00Z">/);
    expect(body).toMatch(/<w:del w:id="\d+" w:author="Anna Berg"/);
    const comments = xml['word/comments.xml']!;
    expect(comments).toContain('Flyttad från Västerby kommuns åtaganden');
    expect(comments).toContain('Flyttad till gemensamma åtaganden');
    expect(comments).toContain('Id ändrat från oppenhet till oppenhet-och-insyn');
    expect(comments).toContain('Flyttad hit från plats 3');
  });

  it('gives the same bytes in every time zone, each zip entry dated with the UTC time of the tracked changes', async () => {
    const zoned = (zone: string) => join(dir, `redline-${zone.replace('/', '-')}.docx`);
    const inZone = async (zone: string) => {
      const env = { SOURCE_DATE_EPOCH: '1700000000', TZ: zone };
      const result = await runCli(['diff', fixturePath('revision', 'before'), fixturePath('revision', 'after'), '--format', 'docx', '--out', zoned(zone)], { env });
      expect(result.code).toBe(0);
      return readFileSync(zoned(zone));
    };
    const utc = await inZone('UTC');
    expect((await inZone('Pacific/Kiritimati')).equals(utc)).toBe(true);
    expect((await parts(zoned('UTC')))['word/document.xml']).toContain('w:date="2019-11-14T00:00:00Z"');
    expect(new Set(zipEntryTimes(utc))).toEqual(new Set(['2019-11-14 00:00:00']));
  });

  it('accepting every change gives the later text, rejecting every change the earlier', async () => {
    const body = (await parts(out))['word/document.xml']!;
    const accepted = resolvedText(body, 'accept');
    const rejected = resolvedText(body, 'reject');
    expect(accepted).toContain('vart fjärde år');
    expect(accepted).not.toContain('tredje');
    expect(rejected).toContain('vart tredje år');
    expect(rejected).not.toContain('fjärde');
    expect(accepted).not.toContain('Organisationerna förankrar');
    expect(rejected).toContain('Organisationerna förankrar överenskommelsen bland sina medlemmar.');
    expect(accepted).toContain('En kontinuerlig och öppen dialog mellan parterna är grunden för samverkan på lika villkor.');
    expect(rejected).toContain('En kontinuerlig dialog mellan parterna är en förutsättning för samverkan.');
    expect(accepted).toContain('Västerby idrottsförening');
    expect(rejected).not.toContain('Västerby idrottsförening');
    const principlesOf = (text: string) => text.split('\n').filter((line) => ['Självständighet och oberoende', 'Dialog', 'Öppenhet och insyn'].includes(line));
    expect(principlesOf(accepted)).toEqual(['Självständighet och oberoende', 'Dialog', 'Öppenhet och insyn']);
    expect(principlesOf(rejected)).toEqual(['Dialog', 'Öppenhet och insyn', 'Självständighet och oberoende']);
  });

  it('accept-all reads exactly as the later revision rendered, reject-all as the earlier one', async () => {
    const body = (await parts(out))['word/document.xml']!;
    const textOf = async (side: 'before' | 'after') => {
      const compact = parse(readFileSync(fixturePath('revision', side), 'utf8')) as Compact;
      const zip = await JSZip.loadAsync((await render(compact, { format: 'docx' })) as Buffer);
      return resolvedText(await zip.files['word/document.xml']!.async('string'), 'accept');
    };
    // The note at the top of a redline (what changed since when, and the key to the marks) is the redline's own.
    const withoutNote = (text: string) => text.split('\n').filter((line) => !/^(Ändringar jämfört med|Markering:)/.test(line)).join('\n');
    expect(withoutNote(resolvedText(body, 'accept'))).toBe(await textOf('after'));
    // Up to the signature page: the earlier revision's blank block to sign on for a party nobody had signed for is
    // not part of the redline (the later revision records who signed).
    const beforeSignatures = (text: string) => text.slice(0, text.indexOf('\nUnderskrifter\n'));
    expect(beforeSignatures(withoutNote(resolvedText(body, 'reject')))).toBe(beforeSignatures(await textOf('before')));
  });
});
