import { t } from '../../i18n/index.js';
import { contextColor } from '../../report/color.js';
import type { ChalkInstance } from 'chalk';
import { entryProse, showsWords } from '../describe.js';
import { groupChanges } from '../groups.js';
import type { Change, DiffResult, WordChange } from '../types.js';
import { levelLine, summaryLine } from './summary-line.js';

export interface DiffFormatContext {
  /** Colours for the terminal (text); without them the report is plain text. */
  color?: ChalkInstance;
  /** What the two sides are, e.g. file names or `v2016` and `HEAD`. */
  beforeLabel: string;
  afterLabel: string;
}

/** The line printed when two revisions are the same, in English (`noChanges()` in the reader's language). */
export const NO_CHANGES = 'No changes.';

/** The line printed when two revisions are the same. */
export const noChanges = (): string => t('diff.noChanges');

const MARKS: Record<Change['kind'], string> = { added: '+', removed: '-', changed: '~', moved: '↕', renamed: '→' };

/** For a terminal: changes grouped by area, word diffs inline, a summary line and the overall level. */
export function formatText(result: DiffResult, context: DiffFormatContext): string {
  const color = contextColor(context.color);
  if (result.changes.length === 0) return `${noChanges()}\n`;
  const lines = [color.bold(`${context.beforeLabel} → ${context.afterLabel}`), ''];
  for (const group of groupChanges(result.changes)) {
    lines.push(color.underline(groupTitle(group.title)));
    for (const change of group.changes) {
      const paint = change.kind === 'added' ? color.green : change.kind === 'removed' ? color.red : color.yellow;
      lines.push(`  ${paint(MARKS[change.kind])} ${change.message}  ${color.dim(`${change.level} ${change.class}`)}`);
      if (change.text && showsWords(change)) for (const line of indent(inlineWords(change.text, color), '      ')) lines.push(line);
      const prose = entryProse(change);
      if (prose) for (const line of indent(paint(prose), '      ')) lines.push(line);
    }
    lines.push('');
  }
  const levelPaint = result.summary.level === 'major' ? color.red.bold : result.summary.level === 'minor' ? color.yellow.bold : color.green.bold;
  lines.push(summaryLine(result.summary, result.changes));
  lines.push(levelPaint(t('diff.levelLine', { levels: levelLine(result.summary) })));
  return `${lines.join('\n')}\n`;
}

/** An area's heading: "Principles" / "Principer". */
export function groupTitle(title: string): string {
  return t('diff.group', { group: title.toLowerCase().replace(/ /g, '_') });
}

/** Deleted words struck through in red, inserted ones underlined in green; `[-…-]` and `{+…+}` without colour. */
function inlineWords(parts: readonly WordChange[], color: ChalkInstance): string {
  const plain = color.level === 0;
  return shortenCommon(parts)
    .map((part) => {
      if (part.removed) return plain ? `[-${part.value}-]` : color.red.strikethrough(part.value);
      if (part.added) return plain ? `{+${part.value}+}` : color.green.underline(part.value);
      return part.value;
    })
    .join('');
}

/** Long unchanged runs keep a few words of context on each side. */
export function shortenCommon(parts: readonly WordChange[], keep = 40): WordChange[] {
  return parts.map((part, index) => {
    if (part.added || part.removed || part.value.length <= keep * 3) return part;
    const head = index === 0 ? '' : cutAfter(part.value, keep);
    const tail = index === parts.length - 1 ? '' : cutBefore(part.value, keep);
    return { ...part, value: `${head}… ${tail}`.trimStart() };
  });
}

function cutAfter(text: string, length: number): string {
  const end = text.indexOf(' ', length);
  return `${text.slice(0, end === -1 ? length : end)} `;
}

function cutBefore(text: string, length: number): string {
  const start = text.lastIndexOf(' ', text.length - length);
  return text.slice(start === -1 ? text.length - length : start + 1);
}

function indent(text: string, prefix: string): string[] {
  return text.split('\n').map((line) => (line ? `${prefix}${line}` : ''));
}
