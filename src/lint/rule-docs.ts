import { readFile } from 'node:fs/promises';
import { CompactError } from '../errors.js';
import { t } from '../i18n/index.js';
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
  throw new CompactError(t('config.unknownRule', { rule: id, hint: match ? t('config.didYouMean', { match }) : '' }));
}

/** The Markdown docs page of a rule, as shipped in the package. */
export async function readRuleDocs(id: string, registry: readonly Rule<any>[] = RULES): Promise<string> {
  const rule = findRule(id, registry);
  const path = packagePath(ruleDocsPath(rule.meta.id));
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new CompactError(t('config.ruleDocsMissing', { rule: rule.meta.id, path }), { cause: error });
  }
}
