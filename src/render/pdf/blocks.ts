import type Token from 'markdown-it/lib/token.mjs';
import { codeChange, type ChangeKind, type MarkKind } from '../change-marks.js';
import { parseSignatureLine, type SignatureSegment } from './signature.js';

/** A piece of inline text with one set of styles. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
  code: boolean;
  strike: boolean;
  href?: string;
  /** Marked as inserted or deleted in a redline, or a note about a change. */
  change?: MarkKind;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'signature'; lines: SignatureSegment[][] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string; change?: ChangeKind }
  | { kind: 'table'; header: string[]; rows: string[][]; headerRuns: TextRun[][]; rowRuns: TextRun[][][] }
  | { kind: 'pageBreak' };

/**
 * Turns markdown-it's flat token stream into nested blocks the typesetter can measure and place.
 * A paragraph with a run of underscores is a signature block; a thematic break is a page break.
 */
export function tokensToBlocks(tokens: Token[]): Block[] {
  const cursor = { tokens, index: 0 };
  return readBlocks(cursor, null);
}

interface Cursor {
  tokens: Token[];
  index: number;
}

function readBlocks(cursor: Cursor, closingType: string | null): Block[] {
  const blocks: Block[] = [];
  while (cursor.index < cursor.tokens.length) {
    const token = cursor.tokens[cursor.index]!;
    if (closingType !== null && token.type === closingType) {
      cursor.index++;
      return blocks;
    }
    const block = readBlock(cursor, token);
    if (block) blocks.push(block);
  }
  return blocks;
}

function readBlock(cursor: Cursor, token: Token): Block | undefined {
  cursor.index++;
  switch (token.type) {
    case 'heading_open': {
      const inline = cursor.tokens[cursor.index]!;
      cursor.index += 2;
      const level = Math.min(Number(token.tag.slice(1)), 4) as HeadingLevel;
      const runs = inlineRuns(inline.children ?? []);
      return { kind: 'heading', level, text: plainText(runs), runs };
    }
    case 'paragraph_open': {
      const inline = cursor.tokens[cursor.index]!;
      cursor.index += 2;
      return paragraphBlock(inline.children ?? []);
    }
    case 'bullet_list_open':
    case 'ordered_list_open':
      return readList(cursor, token);
    case 'blockquote_open':
      return { kind: 'quote', blocks: readBlocks(cursor, 'blockquote_close') };
    case 'fence':
    case 'code_block':
    {
      const change = codeChange(token);
      return { kind: 'code', text: token.content.replace(/\n$/, ''), ...(change ? { change } : {}) };
    }
    case 'hr':
      return { kind: 'pageBreak' };
    case 'table_open':
      return readTable(cursor);
    default:
      return undefined;
  }
}

function readList(cursor: Cursor, open: Token): Block {
  const ordered = open.type === 'ordered_list_open';
  const closingType = ordered ? 'ordered_list_close' : 'bullet_list_close';
  const start = Number(open.attrGet('start') ?? 1);
  const items: Block[][] = [];
  while (cursor.index < cursor.tokens.length) {
    const token = cursor.tokens[cursor.index]!;
    cursor.index++;
    if (token.type === closingType) break;
    if (token.type === 'list_item_open') items.push(readBlocks(cursor, 'list_item_close'));
  }
  return { kind: 'list', ordered, start, items };
}

function readTable(cursor: Cursor): Block {
  const headerRuns: TextRun[][] = [];
  const rowRuns: TextRun[][][] = [];
  let row: TextRun[][] = [];
  let inHead = false;
  while (cursor.index < cursor.tokens.length) {
    const token = cursor.tokens[cursor.index]!;
    cursor.index++;
    if (token.type === 'table_close') break;
    if (token.type === 'thead_open') inHead = true;
    else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close') {
      if (inHead) headerRuns.push(...row);
      else rowRuns.push(row);
    }
    else if (token.type === 'inline') row.push(inlineRuns(token.children ?? []));
  }
  return { kind: 'table', header: headerRuns.map(plainText), rows: rowRuns.map((cells) => cells.map(plainText)), headerRuns, rowRuns };
}

function paragraphBlock(children: Token[]): Block {
  const signatureLines = currentText(inlineRuns(children, '\n')).split('\n').map(parseSignatureLine);
  if (signatureLines.some((segments) => segments.some((segment) => segment.kind === 'blank'))) {
    return { kind: 'signature', lines: signatureLines };
  }
  return { kind: 'paragraph', runs: inlineRuns(children) };
}

/**
 * Inline tokens as styled runs. A hard line break becomes "\n"; a soft one (a new line in the source)
 * becomes `softBreak`, "\n" where the lines matter (signature lines), else a space.
 */
export function inlineRuns(children: Token[], softBreak = ' '): TextRun[] {
  const runs: TextRun[] = [];
  const style = { bold: 0, italic: 0, code: 0, strike: 0 };
  let change: MarkKind | undefined;
  let href: string | undefined;
  let linkText = '';
  const push = (text: string, code = false): void => {
    if (text === '') return;
    if (href !== undefined) linkText += text;
    const run: TextRun = {
      text,
      bold: style.bold > 0,
      italic: style.italic > 0,
      code,
      strike: style.strike > 0,
      ...(href === undefined ? {} : { href }),
      ...(change === undefined ? {} : { change }),
    };
    const last = runs.at(-1);
    if (last && sameStyle(last, run)) last.text += text;
    else runs.push(run);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
        push(token.content);
        break;
      case 'code_inline':
        push(token.content, true);
        break;
      case 'softbreak':
        push(softBreak);
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'strong_open':
        style.bold++;
        break;
      case 'strong_close':
        style.bold--;
        break;
      case 'em_open':
        style.italic++;
        break;
      case 'em_close':
        style.italic--;
        break;
      case 's_open':
        style.strike++;
        break;
      case 's_close':
        style.strike--;
        break;
      case 'ins_open':
        change = 'inserted';
        break;
      case 'del_open':
        change = 'deleted';
        break;
      case 'note_open':
        change = 'note';
        break;
      case 'ins_close':
      case 'del_close':
      case 'note_close':
        change = undefined;
        break;
      case 'link_open':
        href = token.attrGet('href') ?? undefined;
        linkText = '';
        break;
      case 'link_close': {
        // Printed copies cannot be clicked: show the address after the link text unless the text is the address.
        const address = href?.replace(/^mailto:/, '');
        if (address !== undefined && address !== linkText.trim()) push(` (${address})`);
        href = undefined;
        break;
      }
      case 'image':
        push(token.content);
        break;
      default:
        push(token.content);
    }
  }
  return runs;
}

function sameStyle(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.href === b.href && a.change === b.change;
}

/** All the text of the runs, as it is set (deleted words included). */
export function plainText(runs: TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The text as it now reads, without deleted words: for bookmarks and signature lines. */
export function currentText(runs: TextRun[]): string {
  return runs.filter((run) => run.change !== 'deleted').map((run) => run.text).join('');
}
