import { readFile } from 'node:fs/promises';
import { checkRedlineArguments } from '../api/render-arguments.js';
import type { SummaryPart } from '../diff/format/summary-line.js';
import type { Compact, Language } from '../model/index.js';
import { packagePath } from '../util/package-root.js';
import { JOINT, partyName } from '../domain/parties.js';
import { currentText, markNote, markText, protectText, restoreLiteralMarks } from './change-marks.js';
import { REDLINE_NOTES, type RedlineNote, type WithNotes } from './redline-notes.js';
import { genitive } from './wording.js';
import { formatDate } from './dates.js';
import { htmlPage } from './html-page.js';
import { markdownToHtml } from './html.js';
import { loadTemplates, markdownFrom } from './markdown.js';
import { escapeMarkdownText } from './markdown-text.js';
import { loadPdfBackend } from './pdf-backend.js';
import { docxMeta, pdfMeta } from './pdf-meta.js';
import { label, rawLabel, type Strings } from './strings.js';
import type { ChangesNote } from './view.js';
import type { CompiledTemplates } from './template.js';

export type RedlineFormat = 'html' | 'pdf' | 'docx';

export interface RedlineDocument {
  /** The new revision as it is, for the document's title and metadata. */
  compact: Compact;
  /** The new revision with its changes marked (`markChanges` in the diff). */
  marked: Compact;
  /** What the new revision is compared with when the earlier one has no version: a git revision or a file name. */
  since: string;
  /** The earlier revision's version label and adoption date, which name it on the cover when it has them. */
  earlier?: { version?: string; adopted?: string };
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
  /** docx: who the tracked changes are by (default "compact"). */
  author?: string;
}

/**
 * The new revision rendered through the same templates, HTML and PDF pipeline as `compact render`, its changes marked:
 * inserted words underlined and deleted ones struck through, each in its colour, and a note under the title that
 * says what changed since when and how the marks read.
 */
export async function renderRedline(document: RedlineDocument, options: RedlineOptions): Promise<string | Buffer> {
  const lang = checkRedlineArguments(document, options);
  const { markdown, templates } = await redlineMarkdown(document, { ...options, lang });
  const { strings } = templates;
  if (options.format === 'docx') {
    const { markdownToDocx } = await import('./docx/index.js');
    const meta = docxMeta(document.compact, strings, options.env);
    const date = changeDate(document.compact) ?? meta.creationDate;
    return markdownToDocx(markdown, { ...meta, creationDate: date, subject: label(strings, 'changes.subject', { since: sinceLabel(document, strings) }) }, { trackChanges: { author: options.author ?? 'compact' } });
  }
  if (options.format === 'pdf') {
    const toPdf = await loadPdfBackend();
    const meta = pdfMeta(document.compact, strings, options.env);
    return toPdf(markdown, { ...meta, subject: label(strings, 'changes.subject', { since: sinceLabel(document, strings) }) }, { changeMarks: true });
  }
  const style = `${templates.style.trim()}\n${await redlineStyle(strings)}`;
  return markdownToHtml(markdown, { ...htmlPage(document.compact, strings, style), changeMarks: true });
}

/** Fields a note is set before, the first an entry has. */
const NOTE_FIELDS = ['text', 'description', 'purpose', 'summary', 'definition', 'title', 'name', 'organisation'] as const;
/** Prose that starts with block syntax (a heading, a list, a quote, a table, code): a note before it is a paragraph of its own. */
const BLOCK_START = /^\s*(?:[#>|*+-]|\d{1,9}[.)]\s|```|~~~| {4})/;

/** The marked compact with the notes the diff attached to its entries worded and set before each entry's text. */
export function withNotes(marked: Compact, compact: Compact, strings: Strings): Compact {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object' || value.constructor !== Object) return value;
    const entry: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]));
    const notes = (value as WithNotes)[REDLINE_NOTES];
    const field = NOTE_FIELDS.find((name) => typeof entry[name] === 'string');
    if (notes && notes.length > 0 && field) {
      const note = markNote(protectText(notes.map((item) => wordNote(item, compact, strings)).join('; ')));
      const text = entry[field] as string;
      entry[field] = BLOCK_START.test(currentText(text)) && field !== 'title' && field !== 'name' && field !== 'organisation' ? `${note}\n\n${text}` : `${note} ${text}`;
    }
    return entry;
  };
  return visit(marked) as Compact;
}

function wordNote(note: RedlineNote, compact: Compact, strings: Strings): string {
  switch (note.kind) {
    case 'moved-from-position':
      return label(strings, 'changes.notes.moved_from_position', { position: note.position });
    case 'moved-to-position':
      return label(strings, 'changes.notes.moved_to_position', { position: note.position });
    case 'moved-from-party':
      return label(strings, 'changes.notes.moved_from', { place: commitmentGroupName(note.party, compact, strings) });
    case 'moved-to-party':
      return label(strings, 'changes.notes.moved_to', { place: commitmentGroupName(note.party, compact, strings) });
    case 'renamed':
      return label(strings, 'changes.notes.renamed', { before: note.before, after: note.after });
  }
}

/** "Västerby kommuns åtaganden", "gemensamma åtaganden": the heading a party's commitments stand under, in a sentence. */
function commitmentGroupName(party: string, compact: Compact, strings: Strings): string {
  if (party === JOINT) {
    const joint = label(strings, 'commitments.joint');
    return joint.charAt(0).toLocaleLowerCase(strings.lang) + joint.slice(1);
  }
  const name = partyName(compact, party, label(strings, 'commitments.jointParty'));
  const heading = label(strings, 'commitments.party', { party: name, genitive: genitive(name, strings.lang) });
  // A heading that starts with a word of the label ("Commitments of …") reads in lower case mid-sentence; a name does not.
  return heading.startsWith(name) ? heading : heading.charAt(0).toLocaleLowerCase(strings.lang) + heading.slice(1);
}

/** "version 2019 (antagen 14 november 2019)", else "version 2019", else the git revision or file name. */
export function sinceLabel(document: Pick<RedlineDocument, 'since' | 'earlier'>, strings: Strings): string {
  const version = document.earlier?.version;
  if (version === undefined || version === '') return document.since;
  const adopted = document.earlier?.adopted === undefined ? undefined : formatDate(document.earlier.adopted, strings.lang);
  return adopted === undefined ? label(strings, 'changes.since.version', { version }) : label(strings, 'changes.since.adopted', { version, date: adopted });
}

/** The redline as Markdown with its change marks (see change-marks.ts), which the HTML, PDF and Word writers read. */
export async function redlineMarkdown(document: RedlineDocument, options: Pick<RedlineOptions, 'lang' | 'templateDir'> = {}): Promise<{ markdown: string; templates: CompiledTemplates }> {
  const lang = options.lang ?? document.compact.language;
  const templates = await loadTemplates(lang, options.templateDir);
  const marked = withNotes(document.marked, document.compact, templates.strings);
  return { markdown: restoreLiteralMarks(markdownFrom(templates, marked, undefined, changesNote(document, templates.strings))), templates };
}

/** The date of the later revision, for its tracked changes: its latest revision entry, else its adoption. */
function changeDate(compact: Compact): Date | undefined {
  const dates = [compact.adoption?.date, ...(compact.revisions ?? []).map((revision) => revision.date)].filter((date): date is string => typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date));
  const latest = dates.sort().at(-1);
  return latest === undefined ? undefined : new Date(`${latest}T00:00:00Z`);
}

function changesNote(document: RedlineDocument, strings: Strings): ChangesNote {
  const plain = (text: string) => escapeMarkdownText(protectText(text));
  return {
    since: plain(sinceLabel(document, strings)),
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
