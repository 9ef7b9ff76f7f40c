import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Compact } from '../../src/model/index.js';

export const EXAMPLES = ['botkyrka', 'boras', 'orebro', 'sodertalje'] as const;

export function readCompact(path: string): Compact {
  return parse(readFileSync(path, 'utf8')) as Compact;
}

export function example(name: string): Compact {
  return readCompact(`examples/${name}.yaml`);
}

/** A compact with several signatories, one party signed and others to sign. */
export function withSignatories(): Compact {
  const compact = example('orebro');
  compact.signatories = [
    { party: 'kommunen', organisation: 'Örebro kommun', name: 'Anna Andersson', role: 'Kommunstyrelsens ordförande', place: 'Örebro', date: '2008-09-01' },
    { party: 'civilsamhallet', organisation: 'Exempelföreningen', org_number: '802000-0009', name: 'Bo Berg', role: 'Ordförande' },
    { party: 'civilsamhallet', organisation: 'Idrottsföreningen Örebro', name: 'Cecilia Ceder', place: 'Örebro', date: '2008-10-15' },
    { party: 'civilsamhallet', organisation: 'Idrottsföreningen, Örebro' },
  ];
  return compact;
}
