import { isMap } from 'yaml';
import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { BASELINES, getBaseline } from '../domain/baselines.js';
import { isFullDate, daysBetween, PARTIAL_DATE } from '../domain/dates.js';
import { nextReview, type NextReview } from '../domain/review.js';
import { t } from '../i18n/index.js';
import type { Rule } from '../lint/types.js';
import type { Compact } from '../model/index.js';
import { field, type CompactIndex, type Occurrence } from './compact-index.js';
import { keysAt } from './cursor-context.js';

export interface HoverText {
  contents: MarkupContent;
  start: number;
  end: number;
}

/** What an id at the offset refers to, a rule named in a `compact-disable` comment, or when the review is due for a date under `review`. */
export function hoverAt(index: CompactIndex, offset: number, today: string, rules: readonly Rule<any>[] = []): HoverText | undefined {
  const rule = ruleHover(index.text, offset, rules);
  if (rule) return rule;
  const occurrence = index.at(offset);
  if (occurrence) {
    const value = describeId(index, occurrence);
    return value ? { contents: { kind: MarkupKind.Markdown, value }, start: occurrence.start, end: occurrence.end } : undefined;
  }
  return reviewHover(index, offset, today);
}

function describeId(index: CompactIndex, occurrence: Occurrence): string | undefined {
  if (occurrence.kind === 'baseline-principle') return describeBaselinePrinciple(index, occurrence.id);
  const declared = index.declaration(occurrence.kind, occurrence.id);
  if (!declared) return undefined;
  const { entry } = declared;
  const heading = (title: string | undefined) => `**${title ?? occurrence.id}** \`${occurrence.id}\``;
  switch (occurrence.kind) {
    case 'principle':
    case 'outcome':
      return join(heading(field(entry, 'title')), field(entry, 'text'));
    case 'party':
      return join(heading(field(entry, 'name')), t('lsp.hover.role', { role: field(entry, 'role') === 'civil-society' ? 'civil' : (field(entry, 'role') ?? '') }), field(entry, 'description'));
    case 'body':
    case 'meeting':
      return join(heading(field(entry, 'name')), field(entry, 'purpose'));
    case 'commitment':
      return join(heading(undefined), field(entry, 'text'));
    default:
      return join(heading(field(entry, 'title') ?? field(entry, 'name')));
  }
}

function describeBaselinePrinciple(index: CompactIndex, id: string): string | undefined {
  const root = index.document.contents;
  const language = isMap(root) && field(root, 'language') === 'en' ? 'en' : 'sv';
  const named = isMap(root) ? field(root, 'baseline') : undefined;
  const sets = named && getBaseline(named) ? [getBaseline(named)!] : Object.values(BASELINES);
  for (const set of sets) {
    const principle = set.principles.find((candidate) => candidate.id === id);
    if (principle) return join(`**${principle.title[language]}** \`${id}\``, t('lsp.hover.baseline', { baseline: set.title[language], id: set.id }));
  }
  return undefined;
}

/** On a rule id in a `# compact-disable…` comment: what the rule checks, and its page. */
function ruleHover(text: string, offset: number, rules: readonly Rule<any>[]): HoverText | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (!/#\s*compact-(?:disable|enable)/.test(line)) return undefined;
  let start = offset;
  while (start > lineStart && /[a-z0-9-]/.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && /[a-z0-9-]/.test(text.charAt(end))) end++;
  const rule = rules.find((candidate) => candidate.meta.id === text.slice(start, end));
  if (!rule) return undefined;
  const value = join(`**${rule.meta.id}** — ${rule.meta.description}`, rule.meta.docsUrl ? `[${rule.meta.id}](${rule.meta.docsUrl})` : undefined);
  return { contents: { kind: MarkupKind.Markdown, value }, start, end };
}

/** On a date under `review` (or the adoption date it may count from): the day the next review is due. */
function reviewHover(index: CompactIndex, offset: number, today: string): HoverText | undefined {
  const keys = keysAt(index.document, index.text, offset);
  if (!keys || keys.length !== 2 || keys[0] !== 'review') return undefined;
  const start = wordStart(index.text, offset);
  const end = wordEnd(index.text, offset);
  if (!PARTIAL_DATE.test(index.text.slice(start, end).replace(/^["']|["']$/g, ''))) return undefined;
  let data: Compact;
  try {
    data = index.document.toJS({ maxAliasCount: 100 }) as Compact;
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object') return undefined;
  const next = nextReview(data);
  if (!next || !isFullDate(next.date)) return undefined;
  const days = daysBetween(today, next.date);
  const value = t('lsp.hover.reviewDue', { date: next.date, basis: reviewBasis(data, next), days, overdue: days < 0 ? 'yes' : 'no', late: -days });
  return { contents: { kind: MarkupKind.Markdown, value }, start, end };
}

/** What the due date is counted from, in the reader's language. */
function reviewBasis(data: Compact, next: NextReview): string {
  if (next.basis === 'next_review') return t('lsp.hover.reviewBasis', { basis: 'planned', years: 0, from: '' });
  const from = next.basis === 'last_reviewed' ? data.review?.last_reviewed : data.adoption?.date;
  return t('lsp.hover.reviewBasis', { basis: next.basis === 'last_reviewed' ? 'review' : 'adoption', years: data.review?.cycle_years ?? 0, from: from ?? '' });
}

function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /[\w"'-]/.test(text.charAt(start - 1))) start--;
  return start;
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\w"'-]/.test(text.charAt(end))) end++;
  return end;
}

function join(...parts: Array<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join('\n\n');
}
