import { t } from '../../i18n/index.js';
import { inlineCode } from '../../report/markdown.js';
import { entryProse, showsWords } from '../describe.js';
import { groupChanges } from '../groups.js';
import type { DiffResult, WordChange } from '../types.js';
import { levelLine, summaryLine } from './summary-line.js';
import { groupTitle, noChanges, shortenCommon, type DiffFormatContext } from './text.js';

/** For a pull-request comment or a revision's cover note: ~~deleted~~ and **inserted** words in plain Markdown. */
export function formatMarkdown(result: DiffResult, context: DiffFormatContext): string {
  if (result.changes.length === 0) return `${noChanges()}\n`;
  const lines = [
    `## ${t('diff.markdown.heading', { before: inlineCode(context.beforeLabel), after: inlineCode(context.afterLabel) })}`,
    '',
    `${escape(summaryLine(result.summary, result.changes))}.`,
    '',
    t('diff.markdown.level', { levels: `**${escape(levelLine(result.summary))}**` }),
  ];
  for (const group of groupChanges(result.changes)) {
    lines.push('', `### ${groupTitle(group.title)}`, '');
    for (const change of group.changes) {
      lines.push(`- ${escape(change.message)} (${change.level}, \`${change.class}\`)`);
      if (change.text && showsWords(change)) lines.push('', ...quoteBlock(markedWords(change.text)).map((line) => `  ${line}`), '');
      const prose = entryProse(change);
      if (prose) lines.push('', ...quoteBlock(wrap(escape(prose), change.kind === 'added' ? '**' : '~~')).map((line) => `  ${line}`), '');
    }
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function markedWords(parts: readonly WordChange[]): string {
  const shown = shortenCommon(parts);
  return shown
    .map((part, index) => {
      const text = escape(part.value);
      if (part.removed) return wrap(text, '~~');
      // A replacement reads as two words, not one: "~~old~~ **new**".
      if (part.added) return `${shown[index - 1]?.removed ? ' ' : ''}${wrap(text, '**')}`;
      return text;
    })
    .join('');
}

/** Emphasis must hug its words, so spaces and line breaks stay outside the markers, line by line. */
function wrap(text: string, marker: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*)(.*?)(\s*)$/, (_, lead: string, body: string, trail: string) => (body ? `${lead}${marker}${body}${marker}${trail}` : `${lead}${trail}`)))
    .join('\n');
}

function quoteBlock(text: string): string[] {
  return text.split('\n').map((line) => (line ? `> ${line}` : '>'));
}

/** Prose is shown as written: Markdown's own marks in it are escaped so that only the diff marks act. */
function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>#|]/g, (mark) => `\\${mark}`);
}
