import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Compact } from '../../src/model/index.js';

export const TODAY = '2026-11-25';
export const EXAMPLE_FILES = ['examples/boras.yaml', 'examples/botkyrka.yaml', 'examples/orebro.yaml', 'examples/sodertalje.yaml'];

export function readExample(file: string): Compact {
  return parse(readFileSync(file, 'utf8')) as Compact;
}
