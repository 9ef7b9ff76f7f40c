import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { createAjv } from '../../util/ajv.js';
import type { Rule } from '../types.js';

let ajv: Ajv | undefined;
const compiled = new WeakMap<Rule<any>, ValidateFunction>();

/** Checks a rule's options against its `meta.optionsSchema`; a rule without a schema takes no options. */
export function checkRuleOptions(rule: Rule<any>, options: unknown): ErrorObject[] {
  const schema = rule.meta.optionsSchema;
  if (!schema) return [];
  let validator = compiled.get(rule);
  if (!validator) {
    ajv ??= createAjv({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(schema);
    compiled.set(rule, validator);
  }
  return validator(options) ? [] : [...(validator.errors ?? [])];
}
