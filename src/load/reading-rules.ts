import { isNonTextScalar } from './core-scalars.js';

/**
 * What every reader of a file (the line reader, js-yaml and the `yaml` library) must agree on for the data to be
 * one reading of it.
 */

/**
 * Control characters other than tab and line breaks (an escape written "\\e" or "\\x1b", say): YAML allows only
 * printable text, and such a character would reach the terminal, a CI log or a rendered page with every message
 * that quotes the value, so the full reader refuses them with their place.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f]/;

const MAX_KEY_LENGTH = 128;
const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A mapping key every reader turns into the same text: not too long, not a number, boolean or null (the readers turn
 * such keys into text in different ways), not a property every object has.
 */
export function isTextKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && !OBJECT_KEYS.has(key) && !isNonTextScalar(key);
}
