import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Compact } from '../../src/model/index.js';

export function fixturePath(name: string, side: 'before' | 'after'): string {
  return `test/fixtures/diff/${name}/${side}.yaml`;
}

export function loadPair(name: string): [Compact, Compact] {
  const read = (side: 'before' | 'after') => parse(readFileSync(fixturePath(name, side), 'utf8')) as Compact;
  return [read('before'), read('after')];
}
