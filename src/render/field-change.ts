import { wordDiff } from '../diff/text.js';
import { markText, markWords } from './change-marks.js';

/**
 * A value a redline shows in a sentence (a date, a number of years, a status) that changed: the templates' helpers
 * word the earlier and the later value alike and mark the words that differ ("vart ⸤tredje⸥ ⸢fjärde⸣ år"). Printed
 * as it is (`{{reference}}`), it reads as its two values marked. `undefined` on a side: the field was added or removed.
 */
export class FieldChange {
  constructor(
    readonly before: unknown,
    readonly after: unknown,
    readonly language = 'sv',
  ) {}

  toString(): string {
    return changedWords(this.before === undefined ? undefined : String(this.before), this.after === undefined ? undefined : String(this.after), this.language);
  }
}

/** Two wordings of a value, the words that differ marked deleted and inserted. */
export function changedWords(before: string | undefined, after: string | undefined, language = 'sv'): string {
  if (before === undefined || before === '') return after === undefined || after === '' ? '' : markText(after, 'inserted');
  if (after === undefined || after === '') return markText(before, 'deleted');
  if (before === after) return after;
  return markWords(wordDiff(before, after, language));
}

/** The value on one side of a redline: every FieldChange replaced by its earlier or later value, fields without one left out. */
export function sideOf<T>(value: T, side: 'before' | 'after'): T {
  if (value instanceof FieldChange) return value[side] as T;
  if (Array.isArray(value)) return value.map((item) => sideOf(item, side)) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, sideOf(item, side)] as const)
      .filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/** Whether a value holds a FieldChange anywhere (a compact marked for a redline). */
export function holdsFieldChange(value: unknown): boolean {
  if (value instanceof FieldChange) return true;
  if (Array.isArray(value)) return value.some(holdsFieldChange);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsFieldChange);
  return false;
}

/**
 * A helper's result for values that may have changed, or hold a change (a range whose maximum changed): worded once
 * per side, the two wordings marked.
 */
export function wordBothSides(values: readonly unknown[], word: (values: unknown[]) => string, language: string): string {
  if (!values.some(holdsFieldChange)) return word([...values]);
  const attempt = (side: 'before' | 'after'): string | undefined => {
    const resolved = values.map((value) => sideOf(value, side));
    if (resolved.some((value) => value === undefined)) return undefined;
    return word(resolved);
  };
  return changedWords(attempt('before'), attempt('after'), language);
}
