import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';
import { describe, expect, it } from 'vitest';
import codePointLength from '../../src/validate/code-point-length.js';
import { parseCompact, validate } from '../../src/index.js';

const ajvLength = (ucs2lengthModule as unknown as { default: (text: string) => number }).default ?? (ucs2lengthModule as unknown as (text: string) => number);

describe('the length minLength and maxLength count', () => {
  it('is the number of code points, as ajv counts them, for text with and without surrogates', () => {
    const texts = ['', 'a', 'Överenskommelsen', 'ö'.repeat(200), '😀', 'a😀b', '\ud800', '\udc00', 'x\ud800', '\ud800\ud800\udc00', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];
    for (const text of texts) expect(codePointLength(text), JSON.stringify(text)).toBe(ajvLength(text));
    expect(codePointLength('a😀b')).toBe(3);
  });

  it('refuses an id longer than 80 characters and takes one of 80', () => {
    const compact = (id: string) => parseCompact(`compact: 1\nid: ${id}\ntitle: T\nlanguage: sv\nstatus: draft\nparties:\n  - { id: a, name: A, role: public }\n  - { id: b, name: B, role: civil-society }\nprinciples:\n  - { id: p, title: P }\n`);
    expect(validate(compact('a'.repeat(80)))).toEqual([]);
    expect(validate(compact('a'.repeat(81))).map((finding) => finding.ruleId)).toEqual(['schema/maxLength']);
  });
});
