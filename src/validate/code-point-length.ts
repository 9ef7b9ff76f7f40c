import * as ajvRuntime from 'ajv/dist/runtime/ucs2length.js';

// A CommonJS module with `exports.default`: Node hands over `{ default: fn }` as its default, a bundler `fn`.
const ajvModule = ajvRuntime as unknown as { default: ((text: string) => number) | { default: (text: string) => number } };
const ucs2length = typeof ajvModule.default === 'function' ? ajvModule.default : ajvModule.default.default;

const SURROGATE = /[\ud800-\udfff]/;

/**
 * The length of a string in code points, as JSON Schema's minLength and maxLength count it: ajv's count, which walks
 * the string character by character in JavaScript, only for text with surrogates; any other text has as many code
 * points as UTF-16 units, which one native scan tells.
 */
export default function codePointLength(text: string): number {
  return SURROGATE.test(text) ? ucs2length(text) : text.length;
}
