import type MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { createMarkdownIt } from './markdown-it.js';

/** The deepest heading the rendered documents use (the PDF and HTML styles go no further). */
export const MAX_HEADING_LEVEL = 4;

let sharedParser: MarkdownIt | undefined;

/** One parser for every prose field and link address: markdown-it keeps no state between calls. */
function markdownIt(): MarkdownIt {
  return (sharedParser ??= createMarkdownIt());
}

/**
 * Plain text (a title, a name) as Markdown that shows exactly that text: whitespace collapsed to one line,
 * and the characters that would start emphasis, links, code, HTML or a block escaped.
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<~|]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/(\s)(#+)$/, (_, space: string, hashes: string) => `${space}${hashes.replace(/#/g, '\\#')}`);
}

export interface ProseOptions {
  /** Spaces put before every line but the first, so the prose stays inside a list item. */
  indent?: number;
  /** The level a top-level heading of the prose becomes (`# A` → this level); without it, a heading becomes a paragraph. */
  headings?: number;
}

/**
 * A prose field (Markdown written by the user) made safe to place inside the rendered document: its headings
 * fit under the surrounding heading or become paragraphs, a thematic break (which means a page break in the
 * rendered document) is dropped, raw HTML is escaped so it shows as text, and continuation lines are indented.
 */
export function formatProse(text: string, options: ProseOptions = {}): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => (line.trim() === '' ? '' : line));
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return '';
  const tokens = markdownIt().parse(lines.join('\n'), {});
  const literal = new Set<number>();
  const replacements = new Map<number, string | null>();
  tokens.forEach((token, index) => {
    const map = token.map;
    if (!map) return;
    if (token.type === 'fence' || token.type === 'code_block') {
      for (let line = map[0]; line < map[1]; line++) literal.add(line);
    } else if (token.type === 'hr') {
      replacements.set(map[0], null);
    } else if (token.type === 'heading_open' && token.level === 0) {
      rewriteHeading(token, tokens[index + 1], replacements, options.headings);
    }
  });
  const out: string[] = [];
  lines.forEach((line, index) => {
    const replaced = replacements.has(index) ? replacements.get(index) : literal.has(index) ? line : escapeRawHtml(line);
    if (replaced === null || replaced === undefined) return;
    out.push(out.length === 0 || replaced === '' ? replaced : `${' '.repeat(options.indent ?? 0)}${replaced}`);
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function rewriteHeading(open: Token, inline: Token | undefined, replacements: Map<number, string | null>, base: number | undefined): void {
  const [start, end] = open.map ?? [0, 0];
  const content = escapeRawHtml(inline?.content ?? '');
  const level = Number(open.tag.slice(1));
  const heading = base === undefined ? undefined : Math.min(base + level - 1, MAX_HEADING_LEVEL);
  replacements.set(start, heading === undefined ? escapeBlockStart(content) : `${'#'.repeat(heading)} ${content}`);
  // A setext heading spans its text lines and the underline; the first line now holds it all.
  for (let line = start + 1; line < end; line++) replacements.set(line, null);
}

function escapeBlockStart(text: string): string {
  return text.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

const AUTOLINK = /^<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/;
const REFERENCE_DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*/;

/**
 * `<script>` → `\<script>` outside code spans, so that the text shows as written; autolinks stay links. A link whose
 * address markdown-it would refuse (`javascript:`, `vbscript:`, `file:`, `data:` but images, also written with
 * entities) is taken apart too (`[x]\(javascript:…)`, `\<javascript:…>`, `\[ref]: javascript:…`), so that the
 * Markdown file is no active link in any other Markdown reader either.
 */
function escapeRawHtml(line: string): string {
  let result = '';
  let index = 0;
  const definition = REFERENCE_DEFINITION.exec(line);
  if (definition && !isSafeDestination(line, definition[0].length)) {
    result = line.slice(0, definition.index).concat('\\');
    index = definition.index + line.slice(definition.index).indexOf('[');
  }
  while (index < line.length) {
    const char = line[index] as string;
    if (char === '`') {
      const run = /^`+/.exec(line.slice(index))?.[0] ?? '`';
      const close = line.indexOf(run, index + run.length);
      if (close !== -1) {
        result += line.slice(index, close + run.length);
        index = close + run.length;
        continue;
      }
      result += run;
      index += run.length;
      continue;
    }
    if (char === '\\') {
      result += line.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '<' && /^<[A-Za-z/!?]/.test(line.slice(index))) {
      const autolink = AUTOLINK.exec(line.slice(index));
      if (!autolink || !isSafeLink(autolink[1]!)) {
        result += '\\<';
        index += 1;
        continue;
      }
    }
    if (char === ']' && line[index + 1] === '(' && !isSafeDestination(line, index + 2)) {
      result += ']\\(';
      index += 2;
      continue;
    }
    result += char;
    index += 1;
  }
  return result;
}

/** Whether the link destination at `start` (after `](` or `]:`) is one markdown-it would link to. */
function isSafeDestination(line: string, start: number): boolean {
  let at = start;
  while (line[at] === ' ' || line[at] === '\t') at++;
  const destination = markdownIt().helpers.parseLinkDestination(line, at, line.length);
  return !destination.ok || isSafeLink(destination.str);
}

function isSafeLink(address: string): boolean {
  const md = markdownIt();
  return md.validateLink(md.normalizeLink(md.utils.unescapeAll(address)));
}

/** A link field (`url`, `email`) that markdown-it would make a link of; anything else is shown as text. */
export function isSafeLinkAddress(address: string): boolean {
  return isSafeLink(address);
}
