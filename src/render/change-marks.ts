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
/** A mark in a redline: a change, or a note about one (⸦…⸧: "Flyttad från …", an old id), which is no text of the compact. */
export type MarkKind = ChangeKind | 'note';

const OPEN: Record<MarkKind, string> = { inserted: '\u2E22', deleted: '\u2E24', note: '\u2E26' };
const CLOSE: Record<MarkKind, string> = { inserted: '\u2E23', deleted: '\u2E25', note: '\u2E27' };
const MARK = /[\u2E22-\u2E27]/;
const MARKS = /[\u2E22-\u2E27]/g;
/** Stand-ins for mark characters that are part of the text itself (Unicode noncharacters, meant for internal use). */
const STAND_INS = /[\uFDD0-\uFDD5]/g;
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
  return keepSyntaxUnmarked(markLines(text, kind, atLineStart));
}

/** A note about a change (where an entry moved from, its old id), set apart from the text; in a redline it is no text of either revision. */
export function markNote(text: string): string {
  return `${OPEN.note}${text.replace(MARKS, '')}${CLOSE.note}`;
}

function markLines(text: string, kind: ChangeKind, atLineStart: boolean): string {
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
    else text += markLines(part.value, part.added ? 'inserted' : 'deleted', text === '' || text.endsWith('\n'));
  }
  return keepSyntaxUnmarked(text);
}

/** An entry of a list shown in a sentence ("Dialog, Kvalitet"), inserted or deleted when a redline says so. */
export interface ListEntry {
  text: string;
  change?: ChangeKind;
}

/**
 * The entries joined with a separator, an inserted or deleted entry marked together with the separator that goes
 * with it: without the inserted ones the text reads as the earlier list, without the deleted ones as the later.
 */
export function joinMarked(entries: readonly ListEntry[], separator: string): string {
  const parts: WordPart[] = [];
  let [earlierStarted, laterStarted] = [false, false];
  for (const entry of entries) {
    const [wasThere, isThere] = [entry.change !== 'inserted', entry.change !== 'deleted'];
    const [separatesEarlier, separatesLater] = [wasThere && earlierStarted, isThere && laterStarted];
    if (separatesEarlier || separatesLater) parts.push(wordPart(separator, separatesLater ? (separatesEarlier ? undefined : 'inserted') : 'deleted'));
    parts.push(wordPart(entry.text, entry.change));
    earlierStarted ||= wasThere;
    laterStarted ||= isThere;
  }
  return markWords(joinRuns(parts));
}

function wordPart(value: string, change: ChangeKind | undefined): WordPart {
  return change === undefined ? { value } : change === 'inserted' ? { value, added: true } : { value, removed: true };
}

/** Parts next to each other with the same change as one part, so that a separator is marked with its entry. */
function joinRuns(parts: readonly WordPart[]): WordPart[] {
  const joined: WordPart[] = [];
  for (const part of parts) {
    const last = joined.at(-1);
    if (last && Boolean(last.added) === Boolean(part.added) && Boolean(last.removed) === Boolean(part.removed)) joined[joined.length - 1] = { ...last, value: last.value + part.value };
    else joined.push(part);
  }
  return joined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Marked Markdown whose block syntax reads as it does in the text as it now reads: a fence line stands unmarked
 * (and a fence that is gone is left out), and in a table row the marks close before each `|` and open again after
 * it, so that only the words of a cell are marked. Inside a fence the marks stay; the code shows its current text.
 */
function keepSyntaxUnmarked(text: string): string {
  if (!MARK.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const now = MARK.test(line) ? currentText(line) : line;
    const marker = FENCE.exec(now)?.[1];
    const closes = fence !== undefined && marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && now.trim() === marker.trim();
    if (fence === undefined && marker !== undefined) {
      fence = marker;
      out.push(now);
      return;
    }
    if (closes) {
      fence = undefined;
      out.push(now);
      return;
    }
    if (fence === undefined && now.trim() === '' && earlierText(line).trim() !== '' && FENCE.test(earlierText(line))) return;
    if (fence === undefined && MARK.test(line)) {
      const next = lines[index + 1];
      const inTable = TABLE_ROW.test(now) || (next !== undefined && TABLE_DELIMITER.test(currentText(next)) && now.includes('|'));
      if (inTable) {
        out.push(splitMarksAtPipes(line));
        return;
      }
    }
    out.push(fence !== undefined ? wholeLineMark(line) : line);
  });
  return out.join('\n');
}

/** A line of code marked as a whole when only its words were (the syntax before them kept out of the marks elsewhere). */
function wholeLineMark(line: string): string {
  if (!MARK.test(line)) return line;
  const [now, earlier] = [currentText(line), earlierText(line)];
  const words = /[\p{L}\p{N}]/u;
  if (!words.test(earlier)) return `${OPEN.inserted}${now}${CLOSE.inserted}`;
  if (!words.test(now)) return `${OPEN.deleted}${earlier}${CLOSE.deleted}`;
  return line;
}

/** `⸢| År | Mål |⸣` → `| ⸢År⸣ | ⸢Mål⸣ |`: each cell's words marked on their own, the table syntax left as it is. */
function splitMarksAtPipes(line: string): string {
  let open: string | undefined;
  let result = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === OPEN.inserted || char === OPEN.deleted) open = char;
    else if (char === CLOSE.inserted || char === CLOSE.deleted) open = undefined;
    if (open !== undefined && char === '|' && line[index - 1] !== '\\') {
      result += `${CLOSE[open === OPEN.inserted ? 'inserted' : 'deleted']}|${open}`;
      continue;
    }
    result += char;
  }
  // Marks around nothing but spaces are dropped, and spaces move outside the marks.
  return result
    .replace(/([\u2E22\u2E24])(\s+)/g, '$2$1')
    .replace(/(\s+)([\u2E23\u2E25])/g, '$2$1')
    .replace(/\u2E22\u2E23|\u2E24\u2E25/g, '');
}

/** Whether a text carries change marks (a redline's). */
export function hasMarks(text: string): boolean {
  return MARK.test(text);
}

/** The text as it was: inserted runs dropped, marks removed. */
export function earlierText(text: string): string {
  return text.replace(/\u2E22[^\u2E23]*\u2E23/g, '').replace(/\u2E26[^\u2E27]*\u2E27/g, '').replace(MARKS, '');
}

/** The text as it now reads: deleted runs dropped, marks removed (for code, link addresses and titles of bookmarks). */
export function currentText(text: string): string {
  return text.replace(/\u2E24[^\u2E25]*\u2E25/g, '').replace(/\u2E26[^\u2E27]*\u2E27/g, '').replace(MARKS, '');
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
      else if ((token.type === 'fence' || token.type === 'code_block') && MARK.test(token.content)) markCode(token);
    }
  });
  for (const type of ['fence', 'code_block'] as const) {
    const rule = md.renderer.rules[type]!;
    md.renderer.rules[type] = (tokens, index, options, env, self) => {
      const html = rule(tokens, index, options, env, self);
      const change = codeChange(tokens[index]!);
      if (change === undefined) return html;
      const tag = change === 'inserted' ? 'ins' : 'del';
      return `<${tag} class="block">${html.trimEnd()}</${tag}>\n`;
    };
  }
}

/** Whether a code block as a whole was inserted or deleted (set by the plugin on the token's `meta.change`). */
export function codeChange(token: Token): ChangeKind | undefined {
  const change = (token.meta as { change?: unknown } | null)?.change;
  return change === 'inserted' || change === 'deleted' ? change : undefined;
}

/**
 * A code block shows its text unmarked: a block inserted or deleted as a whole is marked as a block (its code as it
 * was, when deleted), any other the code as it now reads.
 */
function markCode(token: Token): void {
  const now = currentText(token.content);
  const earlier = earlierText(token.content);
  const change: ChangeKind | undefined = earlier.trim() === '' ? 'inserted' : now.trim() === '' ? 'deleted' : undefined;
  token.content = change === 'deleted' ? earlier : now;
  if (change) token.meta = { ...(token.meta as object | null), change };
}

function markChildren(children: Token[], state: StateCore): Token[] {
  const out: Token[] = [];
  let open: MarkKind | undefined;
  const push = (token: Token): void => {
    if (open === undefined) {
      out.push(token);
      return;
    }
    const type = open === 'inserted' ? 'ins' : open === 'deleted' ? 'del' : 'note';
    const tag = open === 'note' ? 'span' : type;
    // Pieces next to each other (text, a character reference, more text) share one pair.
    if (out.at(-1)?.type === `${type}_close`) out.splice(-1, 1, token, out.at(-1)!);
    else {
      const opening = new state.Token(`${type}_open`, tag, 1);
      if (open === 'note') opening.attrSet('class', 'change-note');
      out.push(opening, token, new state.Token(`${type}_close`, tag, -1));
    }
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
    for (const piece of child.content.split(/([\u2E22-\u2E27])/)) {
      if (piece === OPEN.inserted && previous === CLOSE.deleted) {
        // A replacement: the deleted words and the words replacing them are set apart by a space.
        const space = new state.Token('text', '', 0);
        space.content = ' ';
        out.push(space);
      }
      if (piece !== '') previous = piece;
      if (piece === OPEN.inserted) open = 'inserted';
      else if (piece === OPEN.deleted) open = 'deleted';
      else if (piece === OPEN.note) open = 'note';
      else if (piece === CLOSE.inserted || piece === CLOSE.deleted || piece === CLOSE.note) open = undefined;
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

/** Whether every text of an entry is inserted, or every one deleted, as a whole: the entry itself was added or removed. */
export function wholeChange(texts: readonly string[]): ChangeKind | false {
  if (texts.length === 0 || !texts.every(hasMarks)) return false;
  if (texts.every((text) => currentText(text).trim() === '')) return 'deleted';
  if (texts.every((text) => earlierText(text).trim() === '')) return 'inserted';
  return false;
}
