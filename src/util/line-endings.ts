export type LineEnding = '\n' | '\r\n';

/** The line ending a text mostly uses: CRLF for a file saved on Windows, else LF. */
export function lineEndingOf(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const all = text.match(/\n/g)?.length ?? 0;
  return crlf > all - crlf ? '\r\n' : '\n';
}

/** The text with every line break written as `ending`. */
export function withLineEnding(text: string, ending: LineEnding): string {
  return text.replace(/\r?\n/g, ending);
}

/**
 * `text` with its line breaks written as `original` writes them: the same line ending, and a line break at the
 * very end only when `original` ends with one. For commands that rewrite a file and must not change how it looks.
 */
export function withLineBreaksOf(text: string, original: string): string {
  return withFinalLineBreakOf(withLineEnding(text, lineEndingOf(original)), original);
}

/** `text` without its last line break when `original` (not empty) has none at its end. */
export function withFinalLineBreakOf(text: string, original: string): string {
  return original === '' || original.endsWith('\n') ? text : text.replace(/\r?\n$/, '');
}
