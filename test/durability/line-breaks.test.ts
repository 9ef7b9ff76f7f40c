import { describe, expect, it } from 'vitest';
import { withFinalLineBreakOf, withLineBreaksOf } from '../../src/util/line-endings.js';

describe('withLineBreaksOf writes a new text with the line breaks of the file it replaces', () => {
  it.each([
    ['an LF file with a final line break', 'a: 1\nb: 2\n', 'a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 2\nc: 3\n'],
    ['a CRLF file', 'a: 1\r\nb: 2\r\n', 'a: 1\nb: 2\nc: 3\n', 'a: 1\r\nb: 2\r\nc: 3\r\n'],
    ['an LF file without a final line break', 'a: 1\nb: 2', 'a: 1\nb: 2\nc: 3\n', 'a: 1\nb: 2\nc: 3'],
    ['a CRLF file without a final line break', 'a: 1\r\nb: 2', 'a: 1\nb: 2\nc: 3\n', 'a: 1\r\nb: 2\r\nc: 3'],
    ['an empty file', '', 'a: 1\n', 'a: 1\n'],
  ])('%s', (_label, original, text, expected) => {
    expect(withLineBreaksOf(text, original)).toBe(expected);
  });

  it('withFinalLineBreakOf takes away only the last line break, and leaves the other line ends as they are', () => {
    expect(withFinalLineBreakOf('a: 1\r\nb: 2\nc: 3\r\n', 'x: 1')).toBe('a: 1\r\nb: 2\nc: 3');
    expect(withFinalLineBreakOf('a: 1\nb: 2\n\n', 'x: 1')).toBe('a: 1\nb: 2\n');
    expect(withFinalLineBreakOf('a: 1\n', 'x: 1\n')).toBe('a: 1\n');
  });
});
