import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffCompacts } from '../../src/diff/diff.js';
import { redlineDocument } from '../../src/diff/redline.js';
import type { Compact } from '../../src/model/index.js';
import { createMarkdownIt } from '../../src/render/markdown-it.js';
import { tokensToBlocks, type Block } from '../../src/render/pdf/blocks.js';
import { redlineMarkdown } from '../../src/render/redline.js';
import { runCli } from '../helpers/cli.js';
import { documentXml, resolvedText } from '../helpers/docx-text.js';

type Language = 'sv' | 'en';
type Edit = (compact: Record<string, any>) => void;

const dir = mkdtempSync(join(tmpdir(), 'compact-redline-values-'));
let written = 0;

/** A draft compact (no signature page) with a meeting, two principles, two outcomes and a commitment, edited. */
function compactFile(language: Language, edit: Edit): string {
  const compact: Record<string, any> = {
    compact: 1,
    id: 'exempelby',
    title: 'Överenskommelse om samverkan i Exempelby',
    language,
    status: 'draft',
    parties: [
      { id: 'kommunen', name: 'Exempelby kommun', role: 'public' },
      { id: 'civilsamhallet', name: 'Det civila samhället', role: 'civil-society' },
    ],
    principles: [
      { id: 'dialog', title: 'Dialog', text: 'En kontinuerlig dialog är en förutsättning för samverkan.' },
      { id: 'kvalitet', title: 'Kvalitet', text: 'Verksamheten ska hålla god kvalitet.' },
    ],
    outcomes: [
      { id: 'starkare', title: 'Ett starkare civilsamhälle', text: 'Organisationerna kan planera långsiktigt.' },
      { id: 'finansiering', title: 'Förutsebar finansiering' },
    ],
    commitments: [{ id: 'bidrag', party: 'kommunen', text: 'Kommunen ska ge fleråriga bidrag.', principles: ['dialog'], outcomes: ['starkare'] }],
    governance: { meetings: [{ id: 'dialogtraff', name: 'Dialogträff', times_per_year: 2 }] },
  };
  edit(compact);
  const file = join(dir, `compact-${++written}.yaml`);
  writeFileSync(file, stringify(compact));
  return file;
}

function meeting(frequency: Record<string, unknown>): Edit {
  return (compact) => {
    compact.governance.meetings[0] = { id: 'dialogtraff', name: 'Dialogträff', ...frequency };
  };
}

function commitment(citations: Record<string, string[]>): Edit {
  return (compact) => {
    const cites = compact.commitments[0];
    delete cites.principles;
    delete cites.outcomes;
    Object.assign(cites, citations);
  };
}

async function redlineHtml(before: string, after: string): Promise<string> {
  const result = await runCli(['diff', before, after, '--format', 'html']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** The text of a Word document with its tracked changes accepted or rejected, without the note at the top of a redline. */
async function wordText(args: string[], decision: 'accept' | 'reject'): Promise<string> {
  const out = join(dir, `out-${++written}.docx`);
  const result = await runCli([...args, '--format', 'docx', '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  const note = /^(Ändringar jämfört med|Markering:|Changes since|Key:)/;
  return resolvedText(await documentXml(out), decision)
    .split('\n')
    .filter((line) => !note.test(line))
    .join('\n');
}

/** Accepting every tracked change of the Word redline gives the later revision as rendered, rejecting every one the earlier. */
async function expectWordRedlineResolves(before: string, after: string): Promise<void> {
  const redline = ['diff', before, after];
  expect(await wordText(redline, 'accept')).toBe(await wordText(['render', after], 'accept'));
  expect(await wordText(redline, 'reject')).toBe(await wordText(['render', before], 'accept'));
}

const frequencyChanges: { name: string; from: Record<string, unknown>; to: Record<string, unknown>; shown: Record<Language, string> }[] = [
  { name: '2 → 3', from: { times_per_year: 2 }, to: { times_per_year: 3 }, shown: { sv: '<del>2</del> <ins>3</ins> gånger om året', en: '<del>2</del> <ins>3</ins> times a year' } },
  { name: '2 → {min: 2, max: 4}', from: { times_per_year: 2 }, to: { times_per_year: { min: 2, max: 4 } }, shown: { sv: '2<ins>–4</ins> gånger om året', en: '2 <ins>to 4</ins> times a year' } },
  { name: '{min: 2, max: 4} → 2', from: { times_per_year: { min: 2, max: 4 } }, to: { times_per_year: 2 }, shown: { sv: '2<del>–4</del> gånger om året', en: '2 <del>to 4</del> times a year' } },
  { name: '{min: 2, max: 4} → {min: 3, max: 4}', from: { times_per_year: { min: 2, max: 4 } }, to: { times_per_year: { min: 3, max: 4 } }, shown: { sv: '<del>2</del> <ins>3</ins>–4 gånger om året', en: '<del>2</del> <ins>3</ins> to 4 times a year' } },
  { name: 'frequency: yearly → 2', from: { frequency: 'yearly' }, to: { times_per_year: 2 }, shown: { sv: '<del>en gång</del> <ins>2 gånger</ins> om året', en: '<del>once</del> <ins>2 times</ins> a year' } },
  { name: '2 → frequency: yearly', from: { times_per_year: 2 }, to: { frequency: 'yearly' }, shown: { sv: '<del>2 gånger</del> <ins>en gång</ins> om året', en: '<del>2 times</del> <ins>once</ins> a year' } },
  { name: 'a one-off date → 2', from: { frequency: 'once', date: '2024-05-01' }, to: { times_per_year: 2 }, shown: { sv: '<del>1 maj 2024</del> <ins>2 gånger om året</ins>', en: '<del>1 May 2024</del> <ins>2 times a year</ins>' } },
];

describe("a redline marks a meeting's changed times_per_year in its sentence", () => {
  for (const language of ['sv', 'en'] as const) {
    for (const change of frequencyChanges) {
      it(`${change.name} (${language}): HTML and Word`, async () => {
        const [before, after] = [compactFile(language, meeting(change.from)), compactFile(language, meeting(change.to))];
        expect(await redlineHtml(before, after)).toContain(`<li><strong>Dialogträff</strong> (${change.shown[language]})</li>`);
        await expectWordRedlineResolves(before, after);
      });
    }

    it(`a meeting held {min: 1, max: 3} times a year, added and removed (${language})`, async () => {
      const [before, after] = [compactFile(language, () => {}), compactFile(language, (compact) => compact.governance.meetings.push({ id: 'stormote', name: 'Stormöte', times_per_year: { min: 1, max: 3 } }))];
      const range = language === 'sv' ? '1–3 gånger om året' : '1 to 3 times a year';
      expect(await redlineHtml(before, after)).toContain(`<li><strong><ins>Stormöte</ins></strong><ins> (${range})</ins></li>`);
      expect(await redlineHtml(after, before)).toContain(`<li><strong><del>Stormöte</del></strong><del> (${range})</del></li>`);
      // The whole item is marked, its punctuation too: rejecting the inserted meeting leaves nothing of it behind.
      await expectWordRedlineResolves(before, after);
      await expectWordRedlineResolves(after, before);
    });
  }
});

const principleChanges: { name: string; from: string[] | undefined; to: string[] | undefined; shown: Record<Language, string> }[] = [
  { name: 'gained', from: ['dialog'], to: ['dialog', 'kvalitet'], shown: { sv: '<em><del>Princip</del> <ins>Principer</ins>:</em> Dialog<ins>, Kvalitet</ins>', en: '<em><del>Principle</del> <ins>Principles</ins>:</em> Dialog<ins>, Kvalitet</ins>' } },
  { name: 'lost', from: ['dialog', 'kvalitet'], to: ['dialog'], shown: { sv: '<em><del>Principer</del> <ins>Princip</ins>:</em> Dialog<del>, Kvalitet</del>', en: '<em><del>Principles</del> <ins>Principle</ins>:</em> Dialog<del>, Kvalitet</del>' } },
  { name: 'lost first', from: ['kvalitet', 'dialog'], to: ['dialog'], shown: { sv: '<del>Kvalitet,</del> Dialog', en: '<del>Kvalitet,</del> Dialog' } },
  { name: 'one for another', from: ['dialog'], to: ['kvalitet'], shown: { sv: '<em>Princip:</em> <del>Dialog</del> <ins>Kvalitet</ins>', en: '<em>Principle:</em> <del>Dialog</del> <ins>Kvalitet</ins>' } },
  { name: 'the only one lost', from: ['dialog'], to: undefined, shown: { sv: '<em><del>Princip:</del></em> <del>Dialog</del>', en: '<em><del>Principle:</del></em> <del>Dialog</del>' } },
  { name: 'the first one gained', from: undefined, to: ['dialog'], shown: { sv: '<em><ins>Princip:</ins></em> <ins>Dialog</ins>', en: '<em><ins>Principle:</ins></em> <ins>Dialog</ins>' } },
];

describe("a redline marks a commitment's gained or lost principle where it lists them", () => {
  for (const language of ['sv', 'en'] as const) {
    for (const change of principleChanges) {
      it(`${change.name} (${language}): HTML and Word`, async () => {
        const cites = (principles: string[] | undefined) => commitment({ outcomes: ['starkare'], ...(principles ? { principles } : {}) });
        const [before, after] = [compactFile(language, cites(change.from)), compactFile(language, cites(change.to))];
        expect(await redlineHtml(before, after)).toContain(change.shown[language]);
        await expectWordRedlineResolves(before, after);
      });
    }
  }
});

describe("a redline marks a commitment's gained or lost outcome in the outcome's section", () => {
  for (const language of ['sv', 'en'] as const) {
    it(`gained and lost (${language}): HTML and Word`, async () => {
      const cites = (outcomes: string[]) => commitment({ principles: ['dialog'], outcomes });
      const [before, after] = [compactFile(language, cites(['starkare'])), compactFile(language, cites(['starkare', 'finansiering']))];
      const heading = language === 'sv' ? 'Åtagande som bidrar till målet:' : 'Commitment towards this outcome:';
      const section = (page: string) => page.slice(page.indexOf('Förutsebar finansiering</h3>'));
      expect(section(await redlineHtml(before, after))).toMatch(new RegExp(`^[^]*?<em><ins>${heading}</ins></em></p>\\s*<ul>\\s*<li><ins>Kommunen ska ge fleråriga bidrag.</ins></li>`));
      expect(section(await redlineHtml(after, before))).toMatch(new RegExp(`^[^]*?<em><del>${heading}</del></em></p>\\s*<ul>\\s*<li><del>Kommunen ska ge fleråriga bidrag.</del></li>`));
      await expectWordRedlineResolves(before, after);
      await expectWordRedlineResolves(after, before);
    });

    it(`a commitment added or removed as a whole, under its outcome (${language}): HTML and Word`, async () => {
      const added = { id: 'lokaler', party: 'kommunen', text: 'Kommunen upplåter lokaler.', outcomes: ['finansiering'] };
      const [before, after] = [compactFile(language, () => {}), compactFile(language, (compact) => compact.commitments.push(added))];
      const section = (page: string) => page.slice(page.indexOf('Förutsebar finansiering</h3>'), page.indexOf('</ul>', page.indexOf('Förutsebar finansiering</h3>')));
      expect(section(await redlineHtml(before, after))).toContain('<li><ins>Kommunen upplåter lokaler.</ins></li>');
      expect(section(await redlineHtml(after, before))).toContain('<li><del>Kommunen upplåter lokaler.</del></li>');
      await expectWordRedlineResolves(before, after);
      await expectWordRedlineResolves(after, before);
    });
  }
});

/** The texts the PDF sets marked inserted and deleted in a list item that holds the given text. */
async function pdfMarksIn(before: string, after: string, item: string): Promise<{ inserted: string[]; deleted: string[] }> {
  const [earlier, later] = [before, after].map((file) => parse(readFileSync(file, 'utf8')) as Compact) as [Compact, Compact];
  const { markdown } = await redlineMarkdown(redlineDocument(earlier, later, diffCompacts(earlier, later), 'before.yaml'));
  const runs = tokensToBlocks(createMarkdownIt({ changeMarks: true }).parse(markdown, {}))
    .flatMap((block): Block[] => (block.kind === 'list' ? block.items.flat() : []))
    .flatMap((block) => (block.kind === 'paragraph' ? [block.runs] : []))
    .filter((runs) => runs.map((run) => run.text).join('').includes(item))
    .flat();
  const marked = (change: string) => runs.filter((run) => run.change === change).map((run) => run.text);
  return { inserted: marked('inserted'), deleted: marked('deleted') };
}

describe('the PDF redline sets the same marks', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`for times_per_year, a gained principle and a gained outcome (${language})`, async () => {
      const pdf = async (edit: Edit, item: string) => {
        const [before, after] = [compactFile(language, () => {}), compactFile(language, edit)];
        expect((await runCli(['diff', before, after, '--format', 'pdf', '--out', join(dir, `out-${++written}.pdf`)])).code).toBe(0);
        return pdfMarksIn(before, after, item);
      };
      expect(await pdf(meeting({ times_per_year: 3 }), 'Dialogträff')).toEqual({ inserted: ['3'], deleted: ['2'] });
      expect((await pdf(commitment({ principles: ['dialog', 'kvalitet'], outcomes: ['starkare'] }), 'Dialog,')).inserted).toContain(', Kvalitet');
      expect((await pdf(commitment({ principles: ['dialog'], outcomes: ['starkare', 'finansiering'] }), 'fleråriga')).inserted).toEqual(['Kommunen ska ge fleråriga bidrag.']);
    });
  }
});
