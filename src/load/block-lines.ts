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
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly indents: number[] = [];

  constructor(readonly text: string) {
    for (let start = 0; start <= text.length; ) {
      const newline = text.indexOf('\n', start);
      const next = newline === -1 ? text.length : newline;
      const end = next > start && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      this.starts.push(start);
      this.ends.push(end);
      this.indents.push(indent);
      if (newline === -1) break;
      start = newline + 1;
    }
  }

  get count(): number {
    return this.starts.length;
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

  /** The key that starts at `at`, if one does. */
  keyAt(at: number): string | undefined {
    const end = keyEnd(this.text, at);
    return end === -1 ? undefined : this.text.slice(at, end);
  }
}
