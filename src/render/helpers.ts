import type { HelperOptions } from 'handlebars';
import { partyName } from '../domain/parties.js';
import { currentText, earlierText, joinMarked, markText, wholeChange, type ChangeKind, type ListEntry } from './change-marks.js';
import { datePrecision, formatDate } from './dates.js';
import { changedWords, FieldChange, wordBothSides } from './field-change.js';
import { HelperArgumentError } from './errors.js';
import { formatProse } from './markdown-text.js';
import { label, type Strings } from './strings.js';
import type { TemplateView } from './view.js';
import { genitive, inSentence } from './wording.js';

export type Helper = (this: unknown, args: unknown[], options: HelperOptions) => unknown;

/** The helpers every template can use; each throws a HelperArgumentError when given an argument it cannot use. */
export function createHelpers(strings: Strings): Record<string, Helper> {
  return {
    date: ([changed]) => wordBothSides([changed], ([value]) => dateWords(value, strings), strings.lang),
    datePrecision: ([changed]) => {
      const value = changed instanceof FieldChange ? (changed.after ?? changed.before) : changed;
      const precision = typeof value === 'string' ? datePrecision(value) : undefined;
      if (precision === undefined) throw new HelperArgumentError(`needs a date written YYYY-MM-DD, YYYY-MM or YYYY (got ${describe(value)})`);
      return precision;
    },
    genitive: (args) =>
      wordBothSides(args, ([name]) => {
        if (typeof name !== 'string' || name === '') throw new HelperArgumentError(`needs a name (got ${describe(name)})`);
        return genitive(name, strings.lang);
      }, strings.lang),
    inSentence: (args) =>
      wordBothSides(args, ([name]) => {
        if (typeof name !== 'string' || name === '') throw new HelperArgumentError(`needs a name (got ${describe(name)})`);
        return inSentence(name, strings.lang);
      }, strings.lang),
    principleTitle: ([cited], options) => {
      const entry = citedPrinciple(cited, root(options));
      return changedWords(entry.change === 'inserted' ? undefined : entry.text, entry.change === 'deleted' ? undefined : entry.text, strings.lang);
    },
    /** The titles of the principles a commitment cites, joined; in a redline a citation gained or lost is marked. */
    principleTitles: ([list], options) => {
      if (!Array.isArray(list)) throw new HelperArgumentError(`needs a list of principle ids (got ${describe(list)})`);
      return joinMarked(list.map((cited) => citedPrinciple(cited, root(options))), ', ');
    },
    /** The number of entries of a list; in a redline whose list changed, its earlier and its later number (none for a side without entries). */
    countOf: ([list]) => {
      if (!Array.isArray(list)) throw new HelperArgumentError(`needs a list (got ${describe(list)})`);
      const [earlier, later] = [list.filter((entry) => entryChange(entry) !== 'inserted').length, list.filter((entry) => entryChange(entry) !== 'deleted').length];
      return earlier === later ? later : new FieldChange(earlier || undefined, later || undefined, strings.lang);
    },
    partyName: ([id], options) => partyName(root(options), requireId('partyName', id), label(strings, 'commitments.jointParty')),
    organiserName: ([id], options) => {
      const wanted = requireId('organiserName', id);
      const body = root(options).governance?.bodies?.find((candidate) => candidate.id === wanted);
      return body?.name ?? partyName(root(options), wanted);
    },
    // Format 1.1: a meeting's times_per_year (4, or {min: 2, max: 4}) in words.
    timesPerYear: (args) => wordBothSides(args, ([value]) => timesPerYearWords(value, strings), strings.lang),
    /** How often a meeting is held: its date, its times_per_year or its frequency, whichever it gives. */
    meetingFrequency: ([meeting]) => {
      const words = wordBothSides([meeting], ([side]) => meetingFrequencyWords(side, strings) ?? '', strings.lang);
      if (words === '') throw new HelperArgumentError(`needs a meeting with a date, times_per_year or frequency (got ${describe(meeting)})`);
      return words;
    },
    t: (args, options) => {
      const hash = options.hash as Record<string, unknown>;
      const names = Object.keys(hash);
      return wordBothSides([...args, ...names.map((name) => hash[name])], (values) => {
        const parts = values.slice(0, args.length);
        if (parts.length === 0 || !parts.every((part) => typeof part === 'string' && part !== '')) {
          throw new HelperArgumentError(`needs the key of a label, for example {{t "principles.heading"}} (got ${parts.map(describe).join(', ') || 'nothing'})`);
        }
        const resolved = Object.fromEntries(names.map((name, index) => [name, values[args.length + index]]));
        return label(strings, (parts as string[]).join('.'), resolved);
      }, strings.lang);
    },
    md: ([value], options) => {
      if (typeof value !== 'string') throw new HelperArgumentError(`needs a text (got ${describe(value)}); guard an optional field with {{#if …}}`);
      const { indent, headings } = options.hash as { indent?: unknown; headings?: unknown };
      if (indent !== undefined && !isCount(indent, 0, 12)) throw new HelperArgumentError(`indent= must be a number of spaces from 0 to 12 (got ${describe(indent)})`);
      if (headings !== undefined && !isCount(headings, 1, 6)) throw new HelperArgumentError(`headings= must be a heading level from 1 to 6 (got ${describe(headings)})`);
      return formatProse(value, { indent: indent as number | undefined, headings: headings as number | undefined });
    },
    join: ([list, separator]) => {
      if (!Array.isArray(list)) throw new HelperArgumentError(`needs a list (got ${describe(list)})`);
      if (separator !== undefined && typeof separator !== 'string') throw new HelperArgumentError(`needs a text to put between the items (got ${describe(separator)})`);
      return list.map(String).join(separator ?? ', ');
    },
    /** `{{#marked (addedOrRemoved name)}}`: in a redline, `inserted` or `deleted` when the text is so as a whole (its entry was added or removed). */
    addedOrRemoved: ([value]) => (typeof value === 'string' ? wholeChange([value]) : (entryChange(value) ?? false)),
    /** `{{#marked change}}…{{/marked}}`: the words inside marked inserted or deleted when `change` says so (a redline's headings). */
    marked: function (this: unknown, [change], options) {
      const content = options.fn(this);
      if (change !== 'inserted' && change !== 'deleted') return content;
      // Marks inside stand for the same change as the whole: one mark around it all, not marks within marks.
      return markText(change === 'inserted' ? currentText(content) : earlierText(content), change);
    },
    eq: (args) => {
      if (args.length !== 2) throw new HelperArgumentError(`compares two values (got ${args.length})`);
      const [a, b] = args.map((value) => (value instanceof FieldChange ? value.after : value));
      return a === b;
    },
    or: (args) => {
      if (args.length === 0) throw new HelperArgumentError('needs at least one value');
      return args.find((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))) ?? false;
    },
  };
}

/**
 * A principle a commitment cites, by its title: in a redline, a citation gained or lost (a FieldChange of its id) is
 * inserted or deleted, and its title reads as it did when it was cited. A moved principle stands twice, once
 * deleted: a citation that stays shows its title as it now reads.
 */
function citedPrinciple(cited: unknown, view: TemplateView): ListEntry {
  const change = entryChange(cited);
  const id = requireId('principleTitle', cited instanceof FieldChange ? (cited.after ?? cited.before) : cited);
  const title = view.principles.find((principle) => principle.id === id)?.title;
  const text = title === undefined ? id : change === 'deleted' ? earlierText(title) : currentText(title);
  return change === undefined ? { text } : { text, change };
}

/** Whether an entry of a list in a redline is inserted or deleted: a FieldChange with one side, or an entry marked so by the view. */
function entryChange(entry: unknown): ChangeKind | undefined {
  if (entry instanceof FieldChange) return entry.before === undefined ? 'inserted' : entry.after === undefined ? 'deleted' : undefined;
  const change = typeof entry === 'object' && entry !== null ? (entry as { change?: unknown }).change : undefined;
  return change === 'inserted' || change === 'deleted' ? change : undefined;
}

function dateWords(value: unknown, strings: Strings): string {
  const text = typeof value === 'string' ? formatDate(value, strings.lang) : undefined;
  if (text === undefined) throw new HelperArgumentError(`needs a date written YYYY-MM-DD, YYYY-MM or YYYY (got ${describe(value)})`);
  return text;
}

function timesPerYearWords(value: unknown, strings: Strings): string {
  const range = typeof value === 'number' ? { min: value, max: value } : isRecordOfCounts(value) ? value : undefined;
  if (!range) throw new HelperArgumentError(`needs a number of times a year or a range {min, max} (got ${describe(value)})`);
  if (range.min === range.max) return label(strings, 'governance.times_per_year', { count: range.min });
  return label(strings, 'governance.times_range', { min: range.min, max: range.max });
}

/** A meeting's date, times a year or frequency in words; undefined for a meeting that gives none (one side of a redline). */
function meetingFrequencyWords(meeting: unknown, strings: Strings): string | undefined {
  if (typeof meeting !== 'object' || meeting === null) throw new HelperArgumentError(`needs a meeting (got ${describe(meeting)})`);
  const { date, times_per_year: times, frequency } = meeting as { date?: unknown; times_per_year?: unknown; frequency?: unknown };
  if (date !== undefined) return dateWords(date, strings);
  if (times !== undefined) return timesPerYearWords(times, strings);
  if (typeof frequency === 'string' && frequency !== '') return label(strings, `governance.frequency.${frequency}`);
  return undefined;
}

function isRecordOfCounts(value: unknown): value is { min: number; max: number } {
  return typeof value === 'object' && value !== null && typeof (value as { min?: unknown }).min === 'number' && typeof (value as { max?: unknown }).max === 'number';
}

function root(options: HelperOptions): TemplateView {
  return (options.data as { root: TemplateView }).root;
}

function requireId(helper: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new HelperArgumentError(`needs an id (got ${describe(value)}); for example {{${helper} party}}`);
  return value;
}

function isCount(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
