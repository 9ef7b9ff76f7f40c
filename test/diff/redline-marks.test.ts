import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffCompacts } from '../../src/diff/diff.js';
import { redlineDocument } from '../../src/diff/redline.js';
import type { Change } from '../../src/diff/types.js';
import { partyName } from '../../src/domain/parties.js';
import type { Compact } from '../../src/model/index.js';
import { createMarkdownIt } from '../../src/render/markdown-it.js';
import { loadTemplates } from '../../src/render/markdown.js';
import { tokensToBlocks, type Block, type TextRun } from '../../src/render/pdf/blocks.js';
import { redlineMarkdown } from '../../src/render/redline.js';
import { label } from '../../src/render/strings.js';
import { runCli } from '../helpers/cli.js';
import { fixturePath, loadPair } from './load-pair.js';

const pair = (name: string) => [fixturePath(name, 'before'), fixturePath(name, 'after')];

async function html(args: string[]): Promise<string> {
  const result = await runCli(['diff', ...args, '--format', 'html']);
  expect(result.stderr).toBe('');
  return result.stdout;
}

/** The marks of a redline as the PDF sets them: every run of text marked inserted, deleted or as a note. */
async function pdfRuns(before: Compact, after: Compact): Promise<TextRun[]> {
  const document = redlineDocument(before, after, diffCompacts(before, after), 'before.yaml');
  const { markdown } = await redlineMarkdown(document);
  const runs: TextRun[] = [];
  const visit = (blocks: Block[]): void => {
    for (const block of blocks) {
      if (block.kind === 'heading' || block.kind === 'paragraph') runs.push(...block.runs);
      else if (block.kind === 'list') block.items.forEach(visit);
      else if (block.kind === 'quote') visit(block.blocks);
      else if (block.kind === 'table') for (const row of [block.headerRuns, ...block.rowRuns]) for (const cell of row) runs.push(...cell);
    }
  };
  visit(tokensToBlocks(createMarkdownIt({ changeMarks: true }).parse(markdown, {})));
  return runs;
}

/** The texts of the HTML's marks of one kind. */
function htmlMarks(page: string, kind: 'ins' | 'del' | 'note'): string[] {
  const pattern = kind === 'note' ? /<span class="change-note">(.*?)<\/span>/g : new RegExp(`<${kind}>(.*?)</${kind}>`, 'g');
  return [...page.matchAll(pattern)].map((match) => match[1]!);
}

type Expected = { kind: 'ins' | 'del' | 'note'; text: string };

/** What a change must show in every redline, worked out from the change itself and the labels of the language. */
async function expectedMarks(change: Change, before: Compact, after: Compact): Promise<Expected[]> {
  const { strings } = await loadTemplates(after.language);
  const entryText = (entry: Record<string, unknown>) => String(entry.text ?? entry.organisation ?? entry.name ?? entry.title);
  if (change.kind === 'renamed') return [{ kind: 'note', text: String(change.before) }];
  if (change.kind === 'moved') return [{ kind: 'note', text: String(Number(change.before) + 1) }, { kind: 'note', text: String(Number(change.after) + 1) }];
  if (change.class === 'commitment-moved-between-parties') {
    return [{ kind: 'note', text: partyName(before, String(change.before)) }, { kind: 'ins', text: entryText(after.commitments![Number(change.path[1])] as unknown as Record<string, unknown>) }];
  }
  if (change.kind === 'removed' && typeof change.before === 'object') return [{ kind: 'del', text: entryText(change.before as Record<string, unknown>) }];
  if (change.kind === 'added' && typeof change.after === 'object') return [{ kind: 'ins', text: entryText(change.after as Record<string, unknown>) }];
  if (change.text) {
    return change.text.flatMap((part): Expected[] => (part.added ? [{ kind: 'ins', text: part.value.trim() }] : part.removed ? [{ kind: 'del', text: part.value.trim() }] : []));
  }
  if (change.class === 'review-cycle-changed') {
    const words = (count: unknown) => label(strings, 'adoption.cycle', { count }).split(' ');
    const [was, now] = [words(change.before), words(change.after)];
    return [...was.filter((word) => !now.includes(word)).map((text) => ({ kind: 'del' as const, text })), ...now.filter((word) => !was.includes(word)).map((text) => ({ kind: 'ins' as const, text }))];
  }
  throw new Error(`no expectation for ${change.class}`);
}

describe('every change in the semantic diff is marked in every redline', () => {
  const [before, after] = loadPair('revision');
  const changes = diffCompacts(before, after).changes;

  it('the revision pair holds the seven changes of a real revision', () => {
    expect(changes.map((change) => change.class).sort()).toEqual(
      ['commitment-moved-between-parties', 'commitment-removed', 'order-changed', 'principle-renamed', 'principle-reworded', 'review-cycle-changed', 'signatory-added'],
    );
  });

  it('in HTML', async () => {
    const page = await html(pair('revision'));
    for (const change of changes) {
      for (const expected of await expectedMarks(change, before, after)) {
        expect(htmlMarks(page, expected.kind).some((text) => text.includes(expected.text)), `${change.message}: ${expected.kind} "${expected.text}"`).toBe(true);
      }
    }
  });

  it('in the PDF', async () => {
    const runs = await pdfRuns(before, after);
    const marked = (kind: Expected['kind']) => runs.filter((run) => run.change === (kind === 'ins' ? 'inserted' : kind === 'del' ? 'deleted' : 'note')).map((run) => run.text);
    for (const change of changes) {
      for (const expected of await expectedMarks(change, before, after)) {
        expect(marked(expected.kind).some((text) => text.includes(expected.text)), `${change.message}: ${expected.kind} "${expected.text}"`).toBe(true);
      }
    }
  });

  it('in the Word document, as tracked changes and comments', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'compact-redline-docx-')), 'r.docx');
    expect((await runCli(['diff', ...pair('revision'), '--format', 'docx', '--out', out])).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const body = await zip.files['word/document.xml']!.async('string');
    const comments = await zip.files['word/comments.xml']!.async('string');
    const texts = (xml: string, element: string, tag: string) =>
      [...xml.matchAll(new RegExp(`<${element} [^>]*>([\\s\\S]*?)</${element}>`, 'g'))].map((match) => [...match[1]!.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]).join(''));
    const marks = { ins: texts(body, 'w:ins', 'w:t'), del: texts(body, 'w:del', 'w:delText'), note: texts(comments, 'w:comment', 'w:t') };
    for (const change of changes) {
      for (const expected of await expectedMarks(change, before, after)) {
        expect(marks[expected.kind].some((text) => text.includes(expected.text)), `${change.message}: ${expected.kind} "${expected.text}"`).toBe(true);
      }
    }
  });

  it('words its notes in the language of the labels', async () => {
    const page = await html([...pair('revision'), '--lang', 'en']);
    const notes = htmlMarks(page, 'note');
    expect(notes).toContain('Moved from commitments of Västerby kommun');
    expect(notes).toContain('Moved to joint commitments');
    expect(notes).toContain('Id changed from oppenhet to oppenhet-och-insyn');
    expect(page).toContain('Changes since version 2019 (adopted 14 November 2019):');
  });

  it('marks the next review date the cycle moves', async () => {
    const page = await html(pair('revision'));
    const line = page.split('\n').find((text) => text.includes('Nästa utvärdering'))!;
    expect(line).toMatch(/<del>2022<\/del> <ins>2023<\/ins>/);
  });

  it('marks changed adoption values in their sentence', async () => {
    const changed = structuredClone(after);
    changed.adoption = { body: 'Kommunstyrelsen', date: '2023-11-16', reference: 'KS 2023/98' };
    const runs = await pdfRuns(after, changed);
    const texts = (kind: string) => runs.filter((run) => run.change === kind).map((run) => run.text.trim());
    expect(texts('deleted')).toEqual(expect.arrayContaining(['Kommunfullmäktige', '14', '2019', '412']));
    expect(texts('inserted')).toEqual(expect.arrayContaining(['Kommunstyrelsen', '16', '2023', '98']));
  });

  it('names the earlier revision by its version and adoption, never by its path', async () => {
    const page = await html(pair('revision'));
    expect(page).toContain('Ändringar jämfört med version 2019 (antagen 14 november 2019):');
    expect(page).not.toContain('test/fixtures');
    const dir = mkdtempSync(join(tmpdir(), 'compact-redline-'));
    const unversioned = parse(stringify(before)) as Compact;
    delete unversioned.version;
    writeFileSync(join(dir, 'remiss.yaml'), stringify(unversioned));
    const fallback = await html([join(dir, 'remiss.yaml'), pair('revision')[1]!]);
    expect(fallback).toContain('Ändringar jämfört med remiss.yaml:');
    expect(fallback).not.toContain(dir);
  });
});

describe('a redline renders Markdown as compact render does, marks only around words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compact-redline-md-'));
  const [before, after] = loadPair('revision');
  const reworded = structuredClone(after);
  reworded.principles[1]!.text += '\n\n```text\nkod rad ett\n### inte en rubrik\n```\n\nEfter koden.';
  reworded.sections = [{ id: 'mal', title: 'Mål', text: 'Målen:\n\n| År | Mål |\n| --- | --- |\n| 2024 | Fler föreningar |\n\nSe [webben](https://example.se/mal).' }];
  writeFileSync(join(dir, 'before.yaml'), stringify(before));
  writeFileSync(join(dir, 'after.yaml'), stringify(reworded));

  it('keeps a fenced code block a code block and the rest of the document intact', async () => {
    const page = await html([join(dir, 'before.yaml'), join(dir, 'after.yaml')]);
    expect(page).toContain('<ins class="block"><pre><code class="language-text">kod rad ett\n### inte en rubrik\n</code></pre></ins>');
    expect(page).not.toMatch(/<ins>```/);
    expect(page).toMatch(/<h2 id="ataganden">Åtaganden<\/h2>/);
    expect(page).toMatch(/<h2 id="underskrifter">Underskrifter<\/h2>/);
  });

  it('keeps a table a table, each cell marked on its own, and links links', async () => {
    const page = await html([join(dir, 'before.yaml'), join(dir, 'after.yaml')]);
    expect(page).toContain('<th><ins>År</ins></th>');
    expect(page).toContain('<td><ins>Fler föreningar</ins></td>');
    expect(page).not.toContain('| År |');
    expect(page).toMatch(/<a href="https:\/\/example\.se\/mal"><ins>webben<\/ins><\/a>/);
  });

  it('does the same in the PDF', async () => {
    const document = redlineDocument(before, reworded, diffCompacts(before, reworded), 'before.yaml');
    const { markdown } = await redlineMarkdown(document);
    const blocks = tokensToBlocks(createMarkdownIt({ changeMarks: true }).parse(markdown, {}));
    expect(blocks.find((block) => block.kind === 'code')).toMatchObject({ text: 'kod rad ett\n### inte en rubrik', change: 'inserted' });
    expect(blocks.find((block) => block.kind === 'table')).toMatchObject({ header: ['År', 'Mål'], rows: [['2024', 'Fler föreningar']] });
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => (block as { text: string }).text)).toContain('Underskrifter');
  });
});
