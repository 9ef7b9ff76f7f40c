import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';

/**
 * Change marks in the Markdown of a redline: inserted and deleted words are enclosed in single characters (the half
 * brackets ⸢…⸣ and ⸤…⸥) that the markdown-it rule below turns into `ins`/`del` tokens once the inline parse is done.
 * Single characters rather than Markdown syntax such as `++…++`, because the prose of a compact is Markdown as its
 * authors wrote it: it need not be rewritten to keep its own `~~` or `++` literal, and a mark that a word diff places
 * across emphasis or a link still comes out balanced (each piece of text is wrapped on its own).
 */
export type ChangeKind = 'inserted' | 'deleted';

const OPEN: Record<ChangeKind, string> = { inserted: '\u2E22', deleted: '\u2E24' };
const CLOSE: Record<ChangeKind, string> = { inserted: '\u2E23', deleted: '\u2E25' };
const MARK = /[\u2E22-\u2E25]/;
const MARKS = /[\u2E22-\u2E25]/g;
/** Stand-ins for mark characters that are part of the text itself (Unicode noncharacters, meant for internal use). */
const STAND_INS = /[\uFDD0-\uFDD3]/g;
const STAND_IN_OFFSET = 0xfdd0 - 0x2e22;

/** A piece of text of a word diff (jsdiff's change objects). */
export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/**
 * Text written by the compact's authors, made safe to carry marks: a mark character in it is replaced by a stand-in,
 * which {@link restoreLiteralMarks} turns into a character reference in the Markdown, so it prints as itself.
 */
export function protectText(text: string): string {
  return text.replace(STAND_INS, '').replace(MARKS, (mark) => String.fromCharCode(mark.charCodeAt(0) + STAND_IN_OFFSET));
}

/** The rendered Markdown with the stand-ins of {@link protectText} written as character references. */
export function restoreLiteralMarks(markdown: string): string {
  return markdown.replace(STAND_INS, (standIn) => `&#x${(standIn.charCodeAt(0) - STAND_IN_OFFSET).toString(16).toUpperCase()};`);
}

/**
 * Marks a whole text as inserted or deleted, line by line: blank lines, lines of punctuation only (fences, rules)
 * and the block syntax at the start of a line (indentation, list bullets, `>`, `#`) stay outside the marks, and
 * so do the spaces at either end and a trailing `\` (a hard line break).
 */
export function markText(text: string, kind: ChangeKind, atLineStart = true): string {
  return text
    .split('\n')
    .map((line, index) => {
      if (!/[\p{L}\p{N}]/u.test(line)) return line;
      const prefix = index > 0 || atLineStart ? (/^\s*(?:(?:[-+*]|\d{1,9}[.)]|>|#{1,6})\s+)*/.exec(line)?.[0] ?? '') : (/^\s*/.exec(line)?.[0] ?? '');
      const suffix = /(?:\\|\s*)$/.exec(line.slice(prefix.length))?.[0] ?? '';
      const body = line.slice(prefix.length, line.length - suffix.length);
      return body === '' ? line : `${prefix}${OPEN[kind]}${body}${CLOSE[kind]}${suffix}`;
    })
    .join('\n');
}

/** A word diff as one text: removed runs marked deleted (a removed space too), added runs marked inserted. */
export function markWords(parts: readonly WordPart[]): string {
  let text = '';
  for (const part of parts) {
    if (!part.added && !part.removed) text += part.value;
    else if (part.removed && /^[^\S\n]+$/.test(part.value)) text += `${OPEN.deleted}${part.value}${CLOSE.deleted}`;
    else text += markText(part.value, part.added ? 'inserted' : 'deleted', text === '' || text.endsWith('\n'));
  }
  return text;
}

/** The text as it now reads: deleted runs dropped, marks removed (for code, link addresses and titles of bookmarks). */
export function currentText(text: string): string {
  return text.replace(/\u2E24[^\u2E25]*\u2E25/g, '').replace(MARKS, '');
}

/**
 * The markdown-it plugin that reads the marks: every piece of text (and code) between an opening and a closing mark
 * is wrapped in its own `ins_open`/`ins_close` or `del_open`/`del_close` pair, rendered as `<ins>`/`<del>`. Code and
 * link addresses show the current text. GFM strikethrough is turned off, so `~~` in the text stays literal and only a
 * deletion is struck through.
 */
export function changeMarks(md: MarkdownIt): void {
  md.disable('strikethrough');
  const normalizeLink = md.normalizeLink.bind(md);
  const normalizeLinkText = md.normalizeLinkText.bind(md);
  md.normalizeLink = (url) => normalizeLink(currentText(url));
  md.normalizeLinkText = (url) => normalizeLinkText(currentText(url));
  md.core.ruler.after('inline', 'change_marks', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) token.children = markChildren(token.children, state);
      else if ((token.type === 'fence' || token.type === 'code_block') && MARK.test(token.content)) token.content = currentText(token.content);
    }
  });
}

function markChildren(children: Token[], state: StateCore): Token[] {
  const out: Token[] = [];
  let open: ChangeKind | undefined;
  const push = (token: Token): void => {
    if (open === undefined) {
      out.push(token);
      return;
    }
    const tag = open === 'inserted' ? 'ins' : 'del';
    // Pieces next to each other (text, a character reference, more text) share one pair.
    if (out.at(-1)?.type === `${tag}_close`) out.splice(-1, 1, token, out.at(-1)!);
    else out.push(new state.Token(`${tag}_open`, tag, 1), token, new state.Token(`${tag}_close`, tag, -1));
  };
  for (const child of children) {
    if (child.type === 'code_inline') {
      child.content = currentText(child.content);
      push(child);
      continue;
    }
    if (child.type !== 'text' || !MARK.test(child.content)) {
      if (child.type === 'text' || child.type === 'text_special' || child.type === 'image') push(child);
      else out.push(child);
      continue;
    }
    let previous = '';
    for (const piece of child.content.split(/([\u2E22-\u2E25])/)) {
      if (piece === OPEN.inserted && previous === CLOSE.deleted) {
        // A replacement: the deleted words and the words replacing them are set apart by a space.
        const space = new state.Token('text', '', 0);
        space.content = ' ';
        out.push(space);
      }
      if (piece !== '') previous = piece;
      if (piece === OPEN.inserted) open = 'inserted';
      else if (piece === OPEN.deleted) open = 'deleted';
      else if (piece === CLOSE.inserted || piece === CLOSE.deleted) open = undefined;
      else if (open === 'deleted' && /^\s+$/.test(piece)) {
        // A deleted space is not worth a strike.
        const text = new state.Token('text', '', 0);
        text.content = piece;
        out.push(text);
      } else if (piece !== '') {
        const text = new state.Token('text', '', 0);
        text.content = piece;
        push(text);
      }
    }
  }
  return out;
}
