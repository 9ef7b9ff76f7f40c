import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/promise';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/cli.js';
import { sharedPdf } from '../helpers/shared-renders.js';
import { compactYaml } from '../helpers/compact-yaml.js';
import { pdfDocumentInfo } from '../helpers/oracles/pdf-document.js';
import { pdfFonts, pdfjsLoadedFonts } from '../helpers/oracles/pdf-fonts.js';
import { pdfPageLines, pdfText } from '../helpers/oracles/pdf-text.js';
import { qpdfCheck, qpdfObject, qpdfOutline } from '../helpers/oracles/qpdf.js';
import type { Compact } from '../../src/model/index.js';
import { EXAMPLES, readCompact } from './helpers.js';

const LANGS = ['sv', 'en'] as const;
const NO_EPOCH = { SOURCE_DATE_EPOCH: '' };
const PAGE_LABEL = /^(?:Sida \d+ av \d+|Page \d+ of \d+)$/;
const scratch = () => mkdtempSync(join(tmpdir(), 'compact-render-pdf-'));
const edge = (name: string) => fixture('render', 'edge', `${name}.yaml`);

/** Renders through the built CLI into `out` and fails the test with the CLI's stderr if it does not exit 0. */
async function renderPdf(args: string[], out: string, env: NodeJS.ProcessEnv = NO_EPOCH): Promise<Buffer> {
  const result = await runCli(['render', ...args, '--out', out], { env });
  expect(result.code, result.stderr).toBe(0);
  return readFileSync(out);
}

/** The text as a reader follows it: the running header and the page numbers left out, lines joined. */
async function readingText(path: string): Promise<string> {
  const pages = (await pdfText(path)).split('\f');
  const body = pages.map((page, index) => {
    const lines = page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !PAGE_LABEL.test(line));
    return (index === 0 ? lines : lines.slice(1)).join(' ');
  });
  return normalise(body.join(' '));
}

/** Whitespace as single spaces, and no space after a hyphen where a line broke after it. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').replace(/- /g, '-').trim();
}

/** Commitments as the document prints them: party by party, the parties in the order they first appear. */
function commitmentsInPrintOrder(compact: Compact): string[] {
  const parties = [...new Set((compact.commitments ?? []).map((commitment) => commitment.party))];
  return parties.flatMap((party) => (compact.commitments ?? []).filter((commitment) => commitment.party === party).map((commitment) => commitment.text));
}

async function catalog(path: string): Promise<string> {
  const root = /\/Root (\d+) 0 R/.exec(await qpdfObject(path, 'trailer'))?.[1];
  expect(root).toBeDefined();
  return qpdfObject(path, root!);
}

/** `qpdf --check` finds no error and no warning. */
async function expectQpdfCheck(path: string): Promise<void> {
  const check = await qpdfCheck(path);
  expect(check.ok, check.output).toBe(true);
  expect(check.output).toContain('No syntax or stream encoding errors found');
}

describe.each(EXAMPLES)('compact render examples/%s.yaml --format pdf', (name) => {
  const compact = readCompact(`examples/${name}.yaml`);
  const dir = scratch();
  const paths: Record<string, string> = {};
  const path = (lang: string, run = 1) => (run === 1 ? paths[lang]! : join(dir, `${name}-${lang}-${run}.pdf`));
  const bytes: Record<string, Buffer[]> = {};

  // The largest example is rendered twice in each language, for the byte-for-byte comparison of two runs.
  const runs = name === EXAMPLES[0] ? [1, 2] : [1];

  beforeAll(async () => {
    for (const lang of LANGS) {
      // The first run is the one other test files check too; a second is rendered here for the comparison.
      paths[lang] = await sharedPdf(`examples/${name}.yaml`, lang);
      bytes[lang] = [readFileSync(paths[lang]), ...(await Promise.all(runs.slice(1).map((run) => renderPdf([`examples/${name}.yaml`, '--lang', lang], path(lang, run)))))];
    }
  });

  it.each(LANGS)('in %s has every principle title and commitment text, in reading order', async (lang) => {
    const text = await readingText(path(lang));
    let from = 0;
    const items = [...compact.principles.map((principle) => principle.title), ...commitmentsInPrintOrder(compact)];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const at = text.indexOf(normalise(item), from);
      expect(at, `"${item.slice(0, 60)}" after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it.each(LANGS)('in %s embeds every font', async (lang) => {
    const fonts = await pdfFonts(path(lang));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect([font.embedded, font.subset, font.unicode], font.name).toEqual([true, true, true]);
    for (const font of await pdfjsLoadedFonts(path(lang))) expect(!font.missingFile && font.programBytes > 1000, font.name).toBe(true);
  });

  it.each(LANGS)('in %s shows the title, the page count, the tagging and the language', async (lang) => {
    const info = await pdfDocumentInfo(path(lang));
    expect(info.title).toBe(compact.title);
    expect(info.pages).toBe((await pdfText(path(lang))).split('\f').filter((page) => page.trim() !== '').length);
    expect(info.pages).toBeGreaterThan(1);
    expect(info.tagged).toBe(true);
    expect(info.language).toBe(lang);
    expect(await catalog(path(lang))).toContain(`/Lang (${lang})`);
  });

  it.each(LANGS)('in %s passes qpdf --check', async (lang) => {
    await expectQpdfCheck(path(lang));
  });

  if (runs.length === 2) {
    it.each(LANGS)('in %s gives identical bytes on a second run', (lang) => {
      const [first, second] = bytes[lang]!;
      expect(first!.length).toBeGreaterThan(10_000);
      expect(first!.equals(second!)).toBe(true);
    });
  }
});

describe('compact render --format pdf: dates', () => {
  it('takes CreationDate and ModDate from SOURCE_DATE_EPOCH, else from the compact', async () => {
    const dir = scratch();
    await renderPdf(['examples/orebro.yaml'], join(dir, 'epoch.pdf'), { SOURCE_DATE_EPOCH: '1700000000' });
    await renderPdf(['examples/orebro.yaml'], join(dir, 'own.pdf'));
    const dates = async (file: string) => {
      const info = await pdfDocumentInfo(join(dir, file));
      return [info.creationDate, info.modDate];
    };
    expect(await dates('epoch.pdf')).toEqual(['D:20231114221320Z', 'D:20231114221320Z']);
    // Örebro's latest recorded date is the decision of May 2008.
    expect(await dates('own.pdf')).toEqual(['D:20080501000000Z', 'D:20080501000000Z']);
  });
});

describe('compact render --format pdf: hard characters', () => {
  it('brings Sámi, Polish, Turkish and Cyrillic names and texts through the text layer unchanged', async () => {
    const out = join(scratch(), 'hard.pdf');
    await renderPdf([edge('hard-characters')], out);
    const text = await readingText(out);
    const compact = readCompact(edge('hard-characters'));
    const expected = [
      compact.title,
      ...compact.parties.map((party) => party.name),
      ...compact.principles.flatMap((principle) => [principle.title, principle.text]),
      ...(compact.commitments ?? []).map((commitment) => commitment.text),
      ...(compact.signatories ?? []).flatMap((signatory) => [signatory.organisation, signatory.name!]),
    ];
    for (const item of expected) expect(text).toContain(item);
    for (const word of ['Åsa Öberg', 'Čáđ Ŋŧž', 'Łódź', 'İstanbul', 'Москва']) expect(text).toContain(word);
    expect((await pdfDocumentInfo(out)).title).toBe(compact.title);
  });
});

describe('compact render --format pdf: a long compact', () => {
  const dir = scratch();
  const file = join(dir, 'long.yaml');
  const out = join(dir, 'long.pdf');
  let markdown = '';
  let compact: Compact;

  beforeAll(async () => {
    const commitments = Array.from({ length: 200 }, (_, index) => {
      const party = index % 3 === 0 ? 'foreningarna' : 'kommunen';
      return `  - { id: c${index + 1}, party: ${party}, text: "Åtagande nummer ${index + 1} om dialog och uppföljning av samverkan mellan parterna i Exempelby.", principles: [dialog] }`;
    });
    const body = [
      'sections:',
      '  - { id: syfte, title: Syfte, text: Överenskommelsen beskriver hur parterna samverkar. }',
      'commitments:',
      ...commitments,
      'governance:',
      '  meetings:',
      '    - { id: stormote, name: Stormöte, frequency: yearly, organiser: kommunen }',
    ].join('\n');
    writeFileSync(file, compactYaml(body));
    compact = readCompact(file);
    await renderPdf([file], out);
    const md = await runCli(['render', file, '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    markdown = md.stdout;
  });

  it('has every commitment, in order', async () => {
    const text = await readingText(out);
    const commitments = commitmentsInPrintOrder(compact);
    expect(commitments).toHaveLength(200);
    let from = 0;
    for (const commitment of commitments) {
      const at = text.indexOf(commitment, from);
      expect(at, commitment).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it('prints "Sida N av M" at the foot of every page', async () => {
    const [{ pages }, lines] = await Promise.all([pdfDocumentInfo(out), pdfPageLines(out)]);
    expect(pages).toBeGreaterThan(8);
    expect(lines).toHaveLength(pages);
    for (let page = 1; page <= pages; page++) expect(lines[page - 1]!.at(-1)).toBe(`Sida ${page} av ${pages}`);
  });

  it('lists every ## section in the outline', async () => {
    const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(sections).toEqual(expect.arrayContaining(['Parter', 'Syfte', 'Principer', 'Åtaganden', 'Underskrifter']));
    expect((await qpdfOutline(out)).map((item) => item.title)).toEqual(sections);
  });
});

describe('compact render --per-signatory with PDF', () => {
  const SEVERAL = fixture('render', 'several-signatories.yaml');
  const signatories = readCompact(SEVERAL).signatories ?? [];

  it('writes one complete PDF per organisation, its name on the signature page and its signer filled in', async () => {
    const dir = join(scratch(), 'copies');
    const result = await runCli(['render', SEVERAL, '--per-signatory', dir, '--quiet'], { env: NO_EPOCH });
    expect(result.code, result.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['exempelforeningen.pdf', 'idrottsforeningen-orebro-2.pdf', 'idrottsforeningen-orebro.pdf', 'orebro-kommun.pdf']);
    for (const [file, organisation] of [
      ['orebro-kommun.pdf', 'Örebro kommun'],
      ['exempelforeningen.pdf', 'Exempelföreningen'],
      ['idrottsforeningen-orebro.pdf', 'Idrottsföreningen Örebro'],
      ['idrottsforeningen-orebro-2.pdf', 'Idrottsföreningen, Örebro'],
    ] as const) {
      const path = join(dir, file);
      await expectQpdfCheck(path);
      const signaturePage = (await pdfPageLines(path)).at(-1)!.join('\n');
      expect(signaturePage).toContain('Underskrifter');
      expect(signaturePage).toContain(`För ${organisation}`);
      const party = signatories.find((signatory) => signatory.organisation === organisation)!.party;
      for (const other of signatories.filter((signatory) => signatory.party === party && signatory.organisation !== organisation)) {
        expect(signaturePage.split('\n')).not.toContain(`För ${other.organisation}`);
      }
    }
    const copy = join(dir, 'exempelforeningen.pdf');
    const signaturePage = (await pdfPageLines(copy)).at(-1)!.join('\n');
    for (const filledIn of [/Organisationsnummer: +802000-0009/, /Namnförtydligande: +Bo Berg/, /Roll: +Ordförande/]) expect(signaturePage).toMatch(filledIn);
  });

  it('leaves no half-written file when a copy cannot be written', async () => {
    const dir = join(scratch(), 'copies');
    mkdirSync(join(dir, 'idrottsforeningen-orebro-2.pdf'), { recursive: true });
    const result = await runCli(['render', SEVERAL, '--per-signatory', dir, '--quiet'], { env: NO_EPOCH });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*idrottsforeningen-orebro-2\.pdf: it is a directory/);
    expect(readdirSync(dir).sort()).toEqual(['exempelforeningen.pdf', 'idrottsforeningen-orebro-2.pdf', 'idrottsforeningen-orebro.pdf', 'orebro-kommun.pdf']);
    for (const file of ['exempelforeningen.pdf', 'idrottsforeningen-orebro.pdf', 'orebro-kommun.pdf']) {
      await expectQpdfCheck(join(dir, file));
    }
  });
});

describe('compact render --format pdf: failures and stdout', () => {
  it('refuses an invalid compact with exit 1 and writes no PDF, not even the default file', async () => {
    const cwd = scratch();
    const result = await runCli(['render', `${process.cwd()}/${fixture('invalid', 'unknown-enum.yaml')}`, '--format', 'pdf'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error +status must be one of/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('stops at a template error with exit 2, the template file and line, and no PDF', async () => {
    const dir = scratch();
    const result = await runCli(['render', 'examples/orebro.yaml', '--template', fixture('render', 'templates', 'unknown-field'), '--out', join(dir, 'out.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown-field\/partials\/principles\.hbs:4:7: unknown field "titel"/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the PDF bytes to stdout with --out - when stdout is not a terminal', async () => {
    const file = join(scratch(), 'orebro.pdf');
    const fromFile = await renderPdf(['examples/orebro.yaml'], file);
    const result = await runCli(['render', 'examples/orebro.yaml', '--format', 'pdf', '--out', '-'], { env: NO_EPOCH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdoutBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.stdoutBytes.equals(fromFile)).toBe(true);
  });

  it('--help lists the formats, the languages and examples', async () => {
    const result = await runCli(['render', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('output format: md, html, pdf');
    expect(result.stdout).toContain('language of the labels: sv, en');
    expect(result.stdout).toMatch(/Examples:\n(?: {2}\$ compact render .+\n){3,}/);
    expect(result.stdout).toContain('--format pdf');
  });
});

describe.each([
  ['minimal-draft', 'a draft with no commitments, governance, adoption or signatories'],
  ['joint-only', 'only joint commitments and nobody signed'],
  ['four-parties', 'four parties'],
  ['english', 'an English compact with every optional part'],
  ['hard-characters', 'names in Sámi, Polish, Turkish and Cyrillic'],
])('compact render of %s (%s)', (name) => {
  const dir = scratch();

  it.each(['md', 'html', 'pdf'])('renders %s cleanly', async (format) => {
    const out = join(dir, `${name}.${format}`);
    const result = await runCli(['render', edge(name), '--out', out], { env: NO_EPOCH });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`wrote ${out}\n`);
    if (format === 'md') {
      const results = await lint({ strings: { [name]: readFileSync(out, 'utf8') }, config: { default: true, 'line-length': false } });
      expect(results[name]).toEqual([]);
    } else if (format === 'html') {
      expect(readFileSync(out, 'utf8')).toMatch(/<main>\n<h2 id="[^"]+">/);
    } else {
      await expectQpdfCheck(out);
      expect(await pdfText(out)).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  });
});

describe('what the edge-case compacts show', () => {
  const md = async (name: string) => {
    const result = await runCli(['render', edge(name)]);
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };

  it('a minimal draft has no commitments, governance, adoption or signature page', async () => {
    const markdown = await md('minimal-draft');
    for (const heading of ['## Åtaganden', '## Organisation för samverkan', '## Antagande och uppföljning', '## Underskrifter']) expect(markdown).not.toContain(heading);
    expect(markdown).toContain('\nUtkast\n');
  });

  it('only joint commitments: one joint heading, and blanks to sign for each party', async () => {
    const markdown = await md('joint-only');
    expect(markdown).toContain('### Gemensamma åtaganden\n');
    expect(markdown).not.toMatch(/s åtaganden\n/);
    expect(markdown).toContain('\nAntagen av kommunfullmäktige den 3 november 2022\n');
    expect(markdown.match(/^Underskrift: /gm)).toHaveLength(2);
  });

  it('four parties: each party\'s commitments, and a signature block for each', async () => {
    const markdown = await md('four-parties');
    for (const heading of ['Fyrby kommuns åtaganden', 'Idrottsrörelsen i Fyrbys åtaganden', 'Kulturföreningarnas åtaganden', 'Sociala organisationers åtaganden', 'Gemensamma åtaganden']) {
      expect(markdown).toContain(`### ${heading}\n`);
    }
    for (const block of ['För Fyrby kommun', 'För Fyrby IF', 'För Fyrby hembygdsförening', 'För Sociala organisationer']) expect(markdown).toContain(`### ${block}\n`);
  });

  it('an English compact uses the English labels', async () => {
    const markdown = await md('english');
    for (const text of ['## Parties', '### Commitments of Exampleton Council', '\nVersion 2021 · Under revision · Adopted by Full Council on 15 July 2021\n', '## Revision history', '### Signed for Exampleton CVS']) {
      expect(markdown).toContain(text);
    }
  });
});
