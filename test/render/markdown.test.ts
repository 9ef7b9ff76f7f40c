import { readFileSync, writeFileSync } from 'node:fs';
import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { EXAMPLES, example, readCompact, withSignatories } from './helpers.js';

const LANGS = ['sv', 'en'] as const;

function headings(markdown: string): { level: number; text: string }[] {
  return [...markdown.matchAll(/^(#{1,6}) (.+)$/gm)].map((match) => ({ level: (match[1] as string).length, text: match[2] as string }));
}

function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe.each(EXAMPLES)('the Markdown of %s', (name) => {
  it.each(LANGS)('in %s passes markdownlint', async (lang) => {
    const markdown = await renderMarkdown(example(name), { lang });
    const results = await lint({ strings: { [name]: markdown }, config: { default: true, 'line-length': false } });
    expect(results[name]).toEqual([]);
  });

  it.each(LANGS)('in %s holds every principle title and commitment text', async (lang) => {
    const compact = example(name);
    const markdown = words(await renderMarkdown(compact, { lang }));
    for (const principle of compact.principles) expect(markdown).toContain(`### ${principle.title}`);
    for (const commitment of compact.commitments ?? []) expect(markdown).toContain(`- ${words(commitment.text)}`);
  });

  it.each(LANGS)('in %s has one title and headings that go down one level at a time', async (lang) => {
    const list = headings(await renderMarkdown(example(name), { lang }));
    expect(list.filter((heading) => heading.level === 1)).toHaveLength(1);
    expect(list[0]?.level).toBe(1);
    for (let index = 1; index < list.length; index++) {
      expect(list[index]!.level - list[index - 1]!.level).toBeLessThanOrEqual(1);
      expect(list[index]!.level).toBeLessThanOrEqual(4);
    }
  });
});

describe('rendered Markdown', () => {
  it('puts the sections in the agreed order', async () => {
    const markdown = await renderMarkdown(withSignatories(), {});
    const order = ['## Parter', '## Syfte', '## Principer', '## Åtaganden', '## Organisation för samverkan', '## Antagande och uppföljning', '## Begrepp', '---', '## Underskrifter'];
    const positions = order.map((heading) => markdown.indexOf(`\n${heading}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists each commitment with the principles it serves', async () => {
    const markdown = await renderMarkdown(example('orebro'), {});
    expect(markdown).toContain('### Örebro kommuns åtaganden\n\n- Det ska vara enkelt att kontakta kommunen.');
    expect(markdown).toMatch(/- Kommunen ska utveckla sitt föreningsregister[^\n]*\n(?: {2}[^\n]*\n)*\n {2}\*Principer:\* Öppenhet, Dialog\n/);
  });

  it('leaves out the sections whose data is absent', async () => {
    const markdown = await renderMarkdown(example('sodertalje'), {});
    expect(markdown).not.toContain('## Åtaganden');
    expect(markdown).not.toContain('## Underskrifter');
    expect(markdown).not.toContain('## Versioner');
    const list = headings(markdown);
    // A heading followed by one of the same or a higher level would be an empty section.
    list.slice(1).forEach((heading, index) => {
      const before = list[index]!;
      if (heading.level <= before.level) expect(markdown).not.toContain(`${'#'.repeat(before.level)} ${before.text}\n\n${'#'.repeat(heading.level)} ${heading.text}`);
    });
  });

  it('has blanks to sign on for a party without a signature, and the recorded signatures', async () => {
    const markdown = await renderMarkdown(withSignatories(), {});
    expect(markdown).toContain('### För Örebro kommun\n\nNamn: Anna Andersson\\\nRoll: Kommunstyrelsens ordförande\\\nOrt och datum: Örebro, 1 september 2008\n');
    expect(markdown).toContain('### För Exempelföreningen\n\nOrganisationsnummer: 802000-0009\\\nUnderskrift: \\_\\_');
    expect(markdown).toContain('Namnförtydligande: Bo Berg\\\nRoll: Ordförande\\\n');
  });

  it('renders the copy of one signatory with only that organisation for its party', async () => {
    const compact = withSignatories();
    const markdown = await renderMarkdown(compact, { signatory: compact.signatories![2]! });
    expect(markdown).toContain('### För Idrottsföreningen Örebro\n\nUnderskrift: ');
    expect(markdown).toContain('Namnförtydligande: Cecilia Ceder\\\n');
    expect(markdown).not.toContain('Exempelföreningen');
    expect(markdown).toContain('### För Örebro kommun');
  });

  it('says on the cover who adopted the compact and when, as a phrase', async () => {
    const adopted = example('orebro');
    adopted.adoption = { body: 'Kommunfullmäktige', date: '2018-05-24', reference: 'KS/2016:639' };
    expect(await renderMarkdown(adopted, {})).toContain('\nAntagen av kommunfullmäktige den 24 maj 2018\n\nDiarienummer: KS/2016:639\n');
    expect(await renderMarkdown(adopted, { lang: 'en' })).toContain('\nAdopted by Kommunfullmäktige on 24 May 2018\n\nReference: KS/2016:639\n');
    adopted.adoption = { body: 'Region Stockholm', date: '2018-05' };
    expect(await renderMarkdown(adopted, {})).toContain('\nAntagen av Region Stockholm i maj 2018\n');
    expect(await renderMarkdown(example('botkyrka'), { lang: 'en' })).toContain('\nVersion 2018 · Adopted in 2018\n');
    expect(await renderMarkdown(example('boras'), {})).toContain('\nUnder revidering · Antagen av kommunfullmäktige\n');
    expect(await renderMarkdown(example('sodertalje'), {})).toContain('\nUtkast\n');
  });

  it('heads each party\'s commitments with its name in the genitive, and the joint ones as joint', async () => {
    const sv = await renderMarkdown(example('boras'), {});
    expect(headings(sv).filter((heading) => heading.level === 3 && /åtaganden$/.test(heading.text)).map((heading) => heading.text)).toEqual([
      'Gemensamma åtaganden',
      'Det Idéburnas åtaganden',
      'Borås Stads åtaganden',
    ]);
    const en = await renderMarkdown(example('boras'), { lang: 'en' });
    expect(en).toContain('### Joint commitments\n');
    expect(en).toContain('### Commitments of Borås Stad\n');
  });

  it('is the same for the same input', async () => {
    const compact = withSignatories();
    expect(await renderMarkdown(compact, {})).toBe(await renderMarkdown(compact, {}));
  });

  it('keeps prose inside its list item and shows raw HTML and headings-like text as written', async () => {
    const compact = example('orebro');
    compact.commitments![0]!.text = 'Första stycket.\n\nAndra stycket <script>alert(1)</script> med `<kod>`.\n\n---\n\n# Rubrik';
    compact.principles[0]!.title = '#1 *Viktig* [princip]';
    const markdown = await renderMarkdown(compact, {});
    expect(markdown).toContain('- Första stycket.\n\n  Andra stycket \\<script>alert(1)\\</script> med `<kod>`.\n\n  Rubrik\n');
    expect(markdown).toContain('### \\#1 \\*Viktig\\* \\[princip\\]\n');
    expect(markdown.match(/^---$/gm)).toEqual(['---']);
    const results = await lint({ strings: { doc: markdown }, config: { default: true, 'line-length': false } });
    expect(results.doc).toEqual([]);
  });
});

describe('golden files', () => {
  it.each(LANGS)('Örebro in %s matches test/fixtures/render/orebro.%s.md', async (lang) => {
    const golden = `test/fixtures/render/orebro.${lang}.md`;
    const markdown = await renderMarkdown(withSignatories(), { lang });
    // Regenerate deliberately with UPDATE_GOLDEN=1 after a template change, and review the diff.
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('the format 1.1 fields', () => {
  const compact = () => readCompact('test/fixtures/valid/format-1-1.yaml');

  it.each(LANGS)('in %s pass markdownlint, with titles-only principles and one heading level at a time', async (lang) => {
    const markdown = await renderMarkdown(compact(), { lang });
    const results = await lint({ strings: { compact: markdown }, config: { default: true, 'line-length': false } });
    expect(results.compact).toEqual([]);
    expect(markdown).toContain('### Exempelandan\n\n### Dialog');
  });

  it('put the outcomes after the principles, each with the commitments that cite it', async () => {
    const markdown = await renderMarkdown(compact(), { lang: 'sv' });
    const order = ['## Principer', '## Mål', '### Ett starkare civilsamhälle', '*Åtagande som bidrar till målet:*\n\n- Kommunen bjuder in till dialog.', '## Åtaganden'];
    const positions = order.map((text) => markdown.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each([
    ['sv', '**Upphörde att gälla i mars 2024 enligt beslut av kommunstyrelsen (KS/2024:112).**', '41 organisationer har anslutit sig (december 2022).', '## Bilaga: Relaterade dokument och källa', '2–4 gånger om året'],
    ['en', '**Ended in March 2024 by decision of Kommunstyrelsen (KS/2024:112).**', '41 organisations have joined (December 2022).', '## Appendix: related documents and source', '2 to 4 times a year'],
  ] as const)('in %s say on the cover that the compact ended, give the accession in the signature part and the sources in an appendix', async (lang, ended, accession, appendix, times) => {
    const markdown = await renderMarkdown(compact(), { lang });
    const cover = markdown.slice(0, markdown.indexOf('## '));
    expect(cover).toContain(ended);
    const signatures = markdown.slice(markdown.lastIndexOf('\n## ', markdown.indexOf(accession)));
    expect(signatures.startsWith(lang === 'sv' ? '\n## Underskrifter' : '\n## Signatures')).toBe(true);
    expect(markdown).toContain(times);
    const tail = markdown.slice(markdown.indexOf(appendix));
    expect(tail).toContain('**Strategi för civilsamhället**');
    expect(tail).toContain('<https://www.example.se/overenskommelsen>');
    expect(tail).toContain('Principtexterna finns bara i PDF:en och saknas här.');
  });
});
