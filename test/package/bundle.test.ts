// The CLI's bundle as bin/load-bundle.js reads it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

describe('dist/cli.cjs', () => {
  it('is ASCII, so that reading it as Latin-1 gives the text UTF-8 gives', () => {
    const bytes = readFileSync(`${ROOT}dist/cli.cjs`);
    const first = bytes.findIndex((byte) => byte > 0x7f);
    expect(first, first === -1 ? '' : `byte ${first}: ${JSON.stringify(bytes.subarray(Math.max(0, first - 40), first + 10).toString('latin1'))}`).toBe(-1);
    expect(bytes.toString('latin1')).toBe(bytes.toString('utf8'));
  });
});
