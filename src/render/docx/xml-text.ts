/**
 * Text as XML 1.0 can carry it: control characters other than tab, line feed and carriage return, lone surrogates
 * and the noncharacters U+FFFE/U+FFFF are dropped (a document holding them would not open).
 */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
