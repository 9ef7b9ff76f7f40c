/**
 * YAML 1.2's core schema, exactly as the `yaml` library resolves plain scalars with `schema: 'core'` (the same
 * patterns and the same conversions), so every reader gives one reading of a file: `017` is 17, `0o17` is 15,
 * `1_000`, `0b101`, `12:30` and dates stay text, and so do `yes`, `no`, `on` and `off`.
 */
export const CORE_SCALARS: ReadonlyArray<{ tag: string; test: RegExp; value: (text: string) => unknown }> = [
  { tag: 'null', test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null },
  { tag: 'bool', test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (text) => text[0] === 't' || text[0] === 'T' },
  { tag: 'int', test: /^0o[0-7]+$/, value: (text) => parseInt(text.substring(2), 8) },
  { tag: 'int', test: /^[-+]?[0-9]+$/, value: (text) => parseInt(text, 10) },
  { tag: 'int', test: /^0x[0-9a-fA-F]+$/, value: (text) => parseInt(text.substring(2), 16) },
  {
    tag: 'float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    value: (text) => (text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: parseFloat },
  { tag: 'float', test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: parseFloat },
];

/** The words the core schema reads as null or booleans. */
const WORDS = new Map<string, unknown>([
  ['null', null], ['Null', null], ['NULL', null], ['~', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);

/**
 * Whether the text matches any number pattern of CORE_SCALARS: one test for a date, an organisationsnummer or a
 * version, which are text, instead of one for each pattern.
 */
const ANY_NUMBER = new RegExp(
  CORE_SCALARS.filter((scalar) => scalar.tag === 'int' || scalar.tag === 'float')
    .map((scalar) => `(?:${scalar.test.source})`)
    .join('|'),
);

/** Longer text is never one of WORDS: a sentence is not hashed to find that out. */
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((word) => word.length));

function isWord(text: string): boolean {
  return text.length <= LONGEST_WORD && WORDS.has(text);
}

/** Whether a plain scalar could be a number: every number pattern of the core schema starts with a digit, `+`, `-` or `.`. */
function mayBeNumber(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46;
}

/** The value of a plain scalar under the core schema: null, a boolean, a number, or the text itself. */
export function resolvePlainScalar(text: string): unknown {
  if (text.length === 0) return null;
  if (!mayBeNumber(text)) return isWord(text) ? WORDS.get(text) : text;
  if (!ANY_NUMBER.test(text)) return text;
  for (const scalar of CORE_SCALARS) if (scalar.test.test(text)) return scalar.value(text);
  return text;
}

/** Whether a plain scalar is read as something other than text. */
export function isNonTextScalar(text: string): boolean {
  if (text.length === 0) return true;
  if (!mayBeNumber(text)) return isWord(text);
  return ANY_NUMBER.test(text);
}
