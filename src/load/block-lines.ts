const SPACE = 32;
const HASH = 35;
const DASH = 45;

/** A mapping key of plain block YAML: a word, followed by `:` and a space or the end of the line. */
export const BLOCK_KEY = /[\p{L}_$][\p{L}\p{N}_$.-]*(?=:(?:[ \n]|\r\n|$))/uy;

/**
 * Where the key that starts at `at` ends (at its `:`), or -1: BLOCK_KEY, with ASCII keys read without the regular
 * expression.
 */
export function keyEnd(text: string, at: number): number {
  let code = text.charCodeAt(at);
  if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36)) return code > 127 ? keyEndByPattern(text, at) : -1;
  let end = at + 1;
  for (; ; end++) {
    code = text.charCodeAt(end);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 46 || code === 45) continue;
    break;
  }
  if (code > 127) return keyEndByPattern(text, at);
  if (code !== 58) return -1;
  const after = text.charCodeAt(end + 1);
  return after === SPACE || after === 10 || Number.isNaN(after) || (after === 13 && text.charCodeAt(end + 2) === 10) ? end : -1;
}

function keyEndByPattern(text: string, at: number): number {
  BLOCK_KEY.lastIndex = at;
  const match = BLOCK_KEY.exec(text);
  return match ? at + match[0].length : -1;
}

/** The lines of a text: where each starts and ends (before `\r\n` or `\n`) and how many spaces indent it. */
export class BlockLines {
  readonly starts: number[];
  readonly ends: number[];
  readonly indents: number[];
  /** Whether a comment followed the text the last call of plainText gave. */
  commented = false;

  constructor(readonly text: string) {
    // Counted first, so that each array is made once at its size instead of growing line by line.
    let count = 1;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', newline + 1)) count++;
    const starts = (this.starts = new Array<number>(count));
    const ends = (this.ends = new Array<number>(count));
    const indents = (this.indents = new Array<number>(count));
    let start = 0;
    for (let line = 0; line < count; line++) {
      const newline = line + 1 < count ? text.indexOf('\n', start) : text.length;
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      starts[line] = start;
      ends[line] = end;
      indents[line] = indent;
      start = newline + 1;
    }
  }

  isBlank(line: number): boolean {
    return this.starts[line]! + this.indents[line]! === this.ends[line]!;
  }

  isComment(line: number): boolean {
    return this.text.charCodeAt(this.starts[line]! + this.indents[line]!) === HASH;
  }

  /** The first line from `line` on that is neither blank nor a comment, or -1. */
  nextContent(line: number): number {
    for (let next = line; next < this.starts.length; next++) if (!this.isBlank(next) && !this.isComment(next)) return next;
    return -1;
  }

  /** Whether a `-` entry of a list starts at `at` on `line`. */
  isDash(line: number, at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.ends[line] || this.text.charCodeAt(at + 1) === SPACE);
  }

  skipSpaces(line: number, from: number): number {
    const end = this.ends[line]!;
    let at = from;
    while (at < end && this.text.charCodeAt(at) === SPACE) at++;
    return at;
  }

  /**
   * The block list or mapping that is the value of a key or `-` (`parent` spaces in), on the first line from `line`
   * that is neither blank nor a comment: deeper than the parent, or for a key a list at the key's own indentation
   * (`listMayAlign`). Undefined when the value is empty.
   */
  nestedBelow(line: number, parent: number, listMayAlign: boolean): { line: number; indent: number; list: boolean } | undefined {
    const next = this.nextContent(line);
    if (next === -1) return undefined;
    const indent = this.indents[next]!;
    const list = this.isDash(next, this.starts[next]! + indent);
    return indent > parent || (indent === parent && listMayAlign && list) ? { line: next, indent, list } : undefined;
  }

  /** Whether `line`, which is not blank, goes on with a plain scalar of a node `parent` spaces in. */
  continuesPlain(line: number, parent: number): boolean {
    return this.indents[line]! > parent && !this.isComment(line);
  }

  /** Whether the plain scalar of a node `parent` spaces in that is on `line` goes on below it, past blank lines. */
  plainGoesOn(line: number, parent: number): boolean {
    for (let next = line + 1; next < this.starts.length; next++) {
      if (!this.isBlank(next)) return this.continuesPlain(next, parent);
    }
    return false;
  }

  /** A plain scalar's text on `line` from `at`: up to a comment, without trailing spaces. `commented` then says whether a comment follows. */
  plainText(line: number, at: number): string {
    const rest = this.text.slice(at, this.ends[line]!);
    const comment = rest.indexOf(' #');
    let end = comment === -1 ? rest.length : comment;
    while (end > 0 && rest.charCodeAt(end - 1) === SPACE) end--;
    this.commented = comment !== -1;
    return end === rest.length ? rest : rest.slice(0, end);
  }

  /**
   * The closing quote of the quoted scalar that opens at `open` on `line` (`"` with backslash escapes, `'` with
   * `''`), or -1 when the line has none.
   */
  closingQuote(line: number, open: number): number {
    const end = this.ends[line]!;
    const quote = this.text.charCodeAt(open);
    for (let at = open + 1; at < end; at++) {
      const code = this.text.charCodeAt(at);
      if (quote === 34 && code === 92) at++;
      else if (code === quote) {
        if (quote === 39 && this.text.charCodeAt(at + 1) === 39) at++;
        else return at;
      }
    }
    return -1;
  }

  /** The key that starts at `at`, if one does. */
  keyAt(at: number): string | undefined {
    const end = keyEnd(this.text, at);
    return end === -1 ? undefined : this.text.slice(at, end);
  }
}
