import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from '../../util/ajv.js';
import { formatPath, type JsonPath, type Severity } from '../../findings.js';
import type { Compact } from '../../model/index.js';
import { closestMatch } from '../../util/suggest.js';
import { t } from '../../i18n/index.js';
import type { ConfigProblem } from '../config/check-config.js';
import type { DeclarativeRuleDefinition, ThenClause } from '../config/types.js';
import type { Rule, RuleLevel } from '../types.js';
import { compileSchemaFragment, FUNCTION_NAMES, FUNCTIONS, type RuleFunction } from './functions.js';
import { jsonPathProblem, queryPath } from './jsonpath.js';

const DEFINITION_KEYS = ['given', 'then', 'severity', 'message', 'description', 'documentationUrl'];
const THEN_KEYS = ['field', 'function', 'functionOptions'];
/** Spectral's level names, besides compact's own. */
const SEVERITY_ALIASES: Record<string, RuleLevel> = { warn: 'warning', hint: 'info', error: 'error', warning: 'warning', info: 'info', off: 'off' };

/** A rule entry in a config that defines a rule (a mapping with `given` or `then`) rather than setting a level. */
export function isDeclarativeDefinition(value: unknown): value is DeclarativeRuleDefinition {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('given' in value || 'then' in value);
}

/** The level a definition's `severity` names (Spectral's `warn` and `hint` included); default warning. */
export function definitionLevel(definition: DeclarativeRuleDefinition): RuleLevel {
  return SEVERITY_ALIASES[String(definition.severity ?? 'warning')] ?? 'warning';
}

let ajv: Ajv | undefined;
const optionValidators = new WeakMap<RuleFunction, ValidateFunction>();

/** Every problem in a declarative rule definition, with paths relative to the definition. */
export function checkDefinition(id: string, definition: Record<string, unknown>): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(definition)) {
    if (!DEFINITION_KEYS.includes(key)) problems.push({ path: [key], at: 'key', message: t('customRules.config.unknownKey', { rule: id, key, keys: DEFINITION_KEYS.join(', ') }) });
  }
  const givens = definition.given;
  if (typeof givens === 'string' || (Array.isArray(givens) && givens.length > 0 && givens.every((given) => typeof given === 'string'))) {
    (Array.isArray(givens) ? givens : [givens]).forEach((given: string, index) => {
      const problem = jsonPathProblem(given);
      if (problem) problems.push({ path: Array.isArray(givens) ? ['given', index] : ['given'], at: 'value', message: t('customRules.config.badJsonPath', { rule: id, path: given, problem }) });
    });
  } else {
    problems.push({ path: givens === undefined ? [] : ['given'], at: givens === undefined ? 'key' : 'value', message: t('customRules.config.givenMissing', { rule: id }) });
  }
  const thens = definition.then;
  if (thens === undefined || thens === null || typeof thens !== 'object' || (Array.isArray(thens) && thens.length === 0)) {
    problems.push({ path: thens === undefined ? [] : ['then'], at: thens === undefined ? 'key' : 'value', message: t('customRules.config.thenMissing', { rule: id }) });
  } else {
    (Array.isArray(thens) ? thens : [thens]).forEach((then: unknown, index) => {
      const at: JsonPath = Array.isArray(thens) ? ['then', index] : ['then'];
      problems.push(...checkThen(id, then).map((problem) => ({ ...problem, path: [...at, ...problem.path] })));
    });
  }
  if (definition.severity !== undefined && !Object.hasOwn(SEVERITY_ALIASES, String(definition.severity))) {
    problems.push({ path: ['severity'], at: 'value', message: t('customRules.config.badSeverity', { rule: id, severity: String(definition.severity) }) });
  }
  for (const key of ['message', 'description', 'documentationUrl']) {
    if (definition[key] !== undefined && typeof definition[key] !== 'string') problems.push({ path: [key], at: 'value', message: t('customRules.config.notText', { rule: id, key }) });
  }
  return problems;
}

function checkThen(id: string, then: unknown): ConfigProblem[] {
  if (typeof then !== 'object' || then === null || Array.isArray(then)) return [{ path: [], at: 'value', message: t('customRules.config.thenMissing', { rule: id }) }];
  const clause = then as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(clause)) {
    if (!THEN_KEYS.includes(key)) problems.push({ path: [key], at: 'key', message: t('customRules.config.unknownThenKey', { rule: id, key, keys: THEN_KEYS.join(', ') }) });
  }
  if (clause.field !== undefined) {
    if (typeof clause.field !== 'string' || clause.field === '') problems.push({ path: ['field'], at: 'value', message: t('customRules.config.badField', { rule: id }) });
    else if (clause.field.startsWith('$')) {
      const problem = jsonPathProblem(clause.field);
      if (problem) problems.push({ path: ['field'], at: 'value', message: t('customRules.config.badJsonPath', { rule: id, path: clause.field, problem }) });
    }
  }
  const name = clause.function;
  const fn = typeof name === 'string' && Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name]! : undefined;
  if (!fn) {
    const match = typeof name === 'string' ? closestMatch(name, FUNCTION_NAMES) : undefined;
    problems.push({
      path: name === undefined ? [] : ['function'],
      at: name === undefined ? 'key' : 'value',
      message: t(match ? 'customRules.config.unknownFunctionHint' : 'customRules.config.unknownFunction', { rule: id, name: name === undefined ? '' : String(name), hint: match ?? '', functions: FUNCTION_NAMES.join(', ') }),
    });
    return problems;
  }
  const options = clause.functionOptions;
  if (options === undefined) {
    if (fn.optionsRequired) problems.push({ path: [], at: 'key', message: t('customRules.config.optionsMissing', { rule: id, name: String(name) }) });
    return problems;
  }
  let validate = optionValidators.get(fn);
  if (!validate) {
    ajv ??= createAjv({ allErrors: true, strict: false });
    validate = ajv.compile(fn.optionsSchema);
    optionValidators.set(fn, validate);
  }
  if (!validate(options)) {
    for (const error of validate.errors ?? []) {
      const extra = error.keyword === 'additionalProperties' ? ` "${String((error.params as { additionalProperty: string }).additionalProperty)}"` : '';
      const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'functionOptions';
      problems.push({ path: ['functionOptions', ...error.instancePath.split('/').slice(1)], at: 'value', message: t('customRules.config.badOptions', { rule: id, name: String(name), problem: `${where} ${error.message ?? ''}${extra}`.trim() }) });
    }
    return problems;
  }
  if (name === 'pattern') {
    for (const key of ['match', 'notMatch'] as const) {
      const pattern = (options as Record<string, string>)[key];
      if (pattern === undefined) continue;
      try {
        new RegExp(pattern.replace(/^\/(.+)\/[a-z]*$/s, '$1'));
      } catch (error) {
        problems.push({ path: ['functionOptions', key], at: 'value', message: t('customRules.config.badOptions', { rule: id, name, problem: (error as Error).message }) });
      }
    }
  }
  if (name === 'schema') {
    try {
      compileSchemaFragment((options as { schema: object }).schema);
    } catch (error) {
      problems.push({ path: ['functionOptions', 'schema'], at: 'value', message: t('customRules.config.badOptions', { rule: id, name, problem: (error as Error).message }) });
    }
  }
  if (name === 'references') {
    const problem = jsonPathProblem((options as { list: string }).list);
    if (problem) problems.push({ path: ['functionOptions', 'list'], at: 'value', message: t('customRules.config.badJsonPath', { rule: id, path: (options as { list: string }).list, problem }) });
  }
  return problems;
}

interface Target {
  path: JsonPath;
  value: unknown;
  at?: 'key' | 'mapping';
}

function targetsOf(path: JsonPath, value: unknown, field: string | undefined): Target[] {
  if (field === undefined) return [{ path, value }];
  if (field === '@key') return [{ path, value: path.at(-1), at: 'key' }];
  if (field.startsWith('$')) return queryPath(field, value).map((match) => ({ path: [...path, ...match.path], value: match.value }));
  let current: unknown = value;
  const segments: JsonPath = [];
  for (const part of field.split('.')) {
    const segment = Array.isArray(current) && /^\d+$/.test(part) ? Number(part) : part;
    segments.push(segment);
    current = current !== null && typeof current === 'object' && Object.hasOwn(current, segment) ? (current as Record<string | number, unknown>)[segment] : undefined;
  }
  return [{ path: [...path, ...segments], value: current, ...(current === undefined ? { at: 'mapping' as const } : {}) }];
}

/** The name `{{property}}` shows: the key, or the path of a list item (`commitments[2]`), or `$` for the root. */
function propertyName(path: JsonPath): string {
  const last = path.at(-1);
  if (last === undefined) return '$';
  return typeof last === 'number' ? formatPath(path) : last;
}

function shownValue(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A checked declarative definition as a rule with the built-in rules' contract. */
export function compileDefinition(id: string, definition: DeclarativeRuleDefinition): Rule {
  const givens = Array.isArray(definition.given) ? definition.given : [definition.given];
  const thens: ThenClause[] = Array.isArray(definition.then) ? definition.then : [definition.then];
  const level = definitionLevel(definition);
  const defaultSeverity: Severity = level === 'off' ? 'warning' : level;
  return {
    meta: {
      id,
      defaultSeverity,
      description: definition.description ?? definition.message ?? id,
      docsUrl: definition.documentationUrl ?? '',
      messages: { custom: definition.message ?? '{{error}}' },
      recommended: level !== 'off',
    },
    check(compact: Compact, context) {
      for (const given of givens) {
        for (const match of queryPath(given, compact)) {
          for (const then of thens) {
            const fn = FUNCTIONS[then.function]!;
            for (const target of targetsOf(match.path, match.value, then.field)) {
              const property = propertyName(target.path);
              const results = fn.run(target.value, then.functionOptions ?? {}, { document: compact, path: target.path, property, today: context.today });
              for (const result of results) {
                const path = result.path && result.path.length > 0 ? [...target.path, ...result.path] : target.path;
                context.report({
                  messageId: 'custom',
                  data: { error: result.message, property: propertyName(path), value: shownValue(result.path?.length ? undefined : target.value), path: formatPath(path), description: definition.description ?? '' },
                  path,
                  ...(target.at && !result.path?.length ? { at: target.at } : {}),
                });
              }
            }
          }
        }
      }
    },
  };
}
