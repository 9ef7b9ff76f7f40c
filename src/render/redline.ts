import { readFile } from 'node:fs/promises';
import type { SummaryPart } from '../diff/format/summary-line.js';
import type { Compact, Language } from '../model/index.js';
import { packagePath } from '../util/package-root.js';
import { markText, protectText, restoreLiteralMarks } from './change-marks.js';
import { htmlPage } from './html-page.js';
import { markdownToHtml } from './html.js';
import { loadTemplates, markdownFrom } from './markdown.js';
import { escapeMarkdownText } from './markdown-text.js';
import { loadPdfBackend } from './pdf-backend.js';
import { pdfMeta } from './pdf-meta.js';
import { label, rawLabel, type Strings } from './strings.js';
import type { ChangesNote } from './view.js';

export type RedlineFormat = 'html' | 'pdf';

export interface RedlineDocument {
  /** The new revision as it is, for the document's title and metadata. */
  compact: Compact;
  /** The new revision with its changes marked (`markChanges` in the diff). */
  marked: Compact;
  /** What the new revision is compared with: a file name or a git revision. */
  since: string;
  /** The items of the diff's summary line, worded in the document's language; none when nothing changed. */
  summary: SummaryPart[];
  /** Whether anything is marked; without changes the document has no legend. */
  changed: boolean;
}

export interface RedlineOptions {
  format: RedlineFormat;
  /** The language of the labels; defaults to the compact's `language`. */
  lang?: Language;
  /** A folder of templates that overrides the built-in ones file by file. */
  templateDir?: string;
  /** Where SOURCE_DATE_EPOCH is read from (for the PDF dates); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The new revision rendered through the same templates, HTML and PDF pipeline as `compact render`, its changes marked:
 * inserted words underlined and deleted ones struck through, each in its colour, and a note under the title that
 * says what changed since when and how the marks read.
 */
export async function renderRedline(document: RedlineDocument, options: RedlineOptions): Promise<string | Buffer> {
  const lang = options.lang ?? document.compact.language;
  const templates = await loadTemplates(lang, options.templateDir);
  const { strings } = templates;
  const markdown = restoreLiteralMarks(markdownFrom(templates, document.marked, undefined, changesNote(document, strings)));
  if (options.format === 'pdf') {
    const toPdf = await loadPdfBackend();
    const meta = pdfMeta(document.compact, strings, options.env);
    return toPdf(markdown, { ...meta, subject: label(strings, 'changes.subject', { since: document.since }) }, { changeMarks: true });
  }
  const style = `${templates.style.trim()}\n${await redlineStyle(strings)}`;
  return markdownToHtml(markdown, { ...htmlPage(document.compact, strings, style), changeMarks: true });
}

function changesNote(document: RedlineDocument, strings: Strings): ChangesNote {
  const plain = (text: string) => escapeMarkdownText(protectText(text));
  return {
    since: plain(document.since),
    summary: plain(summarySentence(document.summary, strings)),
    ...(document.changed
      ? { legend: { inserted: markText(plain(label(strings, 'changes.inserted')), 'inserted'), deleted: markText(plain(label(strings, 'changes.deleted')), 'deleted') } }
      : {}),
  };
}

/** The summary line in the labels' language: "2 principer ändrade, 1 åtagande tillagt, status ändrad." */
export function summarySentence(parts: readonly SummaryPart[], strings: Strings): string {
  if (parts.length === 0) return label(strings, 'changes.summary.none');
  const phrases = parts.map((part) => {
    if (!('type' in part)) {
      const name = label(strings, `changes.summary.classes.${part.changeClass}`);
      return part.count > 1 ? `${name} (${part.count})` : name;
    }
    const key = part.type.replace(/ /g, '_');
    const form = part.count === 1 ? rawLabel(strings, `changes.summary.genders.${key}`) : 'plural';
    const entry = label(strings, `changes.summary.entries.${key}`, { count: part.count });
    const action = label(strings, `changes.summary.actions.${part.action}.${form}`);
    return label(strings, 'changes.summary.entry_phrase', { count: part.count, entry, action });
  });
  return `${phrases.join(', ')}.`;
}

async function redlineStyle(strings: Strings): Promise<string> {
  const words = `:root { --inserted: ${cssString(label(strings, 'changes.inserted'))}; --deleted: ${cssString(label(strings, 'changes.deleted'))}; }`;
  return `${(await readFile(packagePath('templates', 'redline.css'), 'utf8')).trim()}\n${words}`;
}

function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}
