import { readFile } from 'node:fs/promises';
import { CompactError } from '../errors.js';
import { closestMatch } from '../util/suggest.js';
import { packagePath } from '../util/package-root.js';
import { ruleDocsPath } from './docs.js';
import { RULES } from './rules/index.js';
import type { Rule } from './types.js';

/** A rule by id; an unknown id is a CompactError that suggests the nearest one. */
export function findRule(id: string, registry: readonly Rule<any>[] = RULES): Rule<any> {
  const rule = registry.find((candidate) => candidate.meta.id === id);
  if (rule) return rule;
  const match = closestMatch(id, registry.map((candidate) => candidate.meta.id));
  throw new CompactError(`unknown rule "${id}"${match ? `; did you mean "${match}"?` : ''}; \`compact rules\` lists the rules`);
}

/** The Markdown docs page of a rule, as shipped in the package. */
export async function readRuleDocs(id: string, registry: readonly Rule<any>[] = RULES): Promise<string> {
  const rule = findRule(id, registry);
  const path = packagePath(ruleDocsPath(rule.meta.id));
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CompactError(`the docs page of rule ${rule.meta.id} is missing from the package (${path}); reinstall compact`, { cause: error });
  }
}
