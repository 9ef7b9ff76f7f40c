import type { ErrorObject } from 'ajv';
import { pointerToPath, type JsonPath } from '../../findings.js';
import { availableLanguages, isLanguage } from '../../i18n/index.js';
import { closestMatch } from '../../util/suggest.js';
import type { Rule, RuleLevel } from '../types.js';
import { checkRuleOptions } from './options-validator.js';
import { PRESETS, RULE_LEVELS, type LintConfig, type RuleSetting } from './types.js';
import { ownValue } from '../../util/own-value.js';

/** Something wrong in a config, at a JSON path inside it. */
export interface ConfigProblem {
  path: JsonPath;
  message: string;
  /** Point at the key (an unknown name) rather than its value. */
  at: 'key' | 'value';
}

const TOP_LEVEL_KEYS = ['extends', 'rules', 'lang'];

/** Every problem in a config's data; an empty list means it can be used as a `LintConfig`. */
export function checkConfig(data: unknown, registry: readonly Rule<any>[]): ConfigProblem[] {
  if (data === null || data === undefined) return [];
  if (!isPlainObject(data)) return [{ path: [], message: `a config must be a mapping with the keys ${TOP_LEVEL_KEYS.slice(0, -1).join(', ')} and ${TOP_LEVEL_KEYS.at(-1)}`, at: 'value' }];
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key)) continue;
    problems.push({ path: [key], message: `unknown key "${key}" in the config${suggestion(key, TOP_LEVEL_KEYS)}; a config has ${TOP_LEVEL_KEYS.slice(0, -1).join(', ')} and ${TOP_LEVEL_KEYS.at(-1)}`, at: 'key' });
  }
  if (data.extends !== undefined && !PRESETS.includes(data.extends as never)) {
    problems.push({ path: ['extends'], message: `extends must be one of ${PRESETS.join(', ')} (got ${describe(data.extends)})${suggestion(String(data.extends), PRESETS)}`, at: 'value' });
  }
  if (data.lang !== undefined && !isLanguage(data.lang)) {
    const languages = availableLanguages();
    problems.push({ path: ['lang'], message: `lang must be one of ${languages.join(', ')} (got ${describe(data.lang)})${suggestion(String(data.lang), languages)}`, at: 'value' });
  }
  if (data.rules !== undefined && data.rules !== null) {
    if (!isPlainObject(data.rules)) problems.push({ path: ['rules'], message: 'rules must be a mapping of rule ids to a level (off, info, warning, error) or [level, options]', at: 'value' });
    else problems.push(...checkRuleSettings(data.rules, registry).map((problem) => ({ ...problem, path: ['rules', ...problem.path] })));
  }
  return problems;
}

/** Problems in a `rules` mapping (from a config file, `--rule` or the `rules` option of `lint`). */
export function checkRuleSettings(rules: Record<string, unknown>, registry: readonly Rule<any>[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ path: [id], message: `unknown rule "${id}"${suggestion(id, byId.keys())}; \`compact rules\` lists the rules`, at: 'key' });
      continue;
    }
    problems.push(...checkSetting(rule, setting).map((problem) => ({ ...problem, path: [id, ...problem.path] })));
  }
  return problems;
}

function checkSetting(rule: Rule<any>, setting: unknown): ConfigProblem[] {
  const id = rule.meta.id;
  const [level, options, ...rest] = Array.isArray(setting) ? setting : [setting];
  const levelPath: JsonPath = Array.isArray(setting) ? [0] : [];
  if (typeof level !== 'string' || !RULE_LEVELS.includes(level as RuleLevel)) {
    const got = typeof level === 'string' || typeof level === 'number' ? `${JSON.stringify(level)}${suggestion(String(level), RULE_LEVELS, LEVEL_ALIASES)}` : describe(level);
    return [{ path: levelPath, message: `the level of rule ${id} must be one of ${RULE_LEVELS.join(', ')} (got ${got})`, at: 'value' }];
  }
  if (rest.length > 0) return [{ path: [2], message: `rule ${id} takes [level] or [level, options], not more`, at: 'value' }];
  if (options === undefined) return [];
  if (!isPlainObject(options)) return [{ path: [1], message: `the options of rule ${id} must be a mapping (got ${describe(options)})`, at: 'value' }];
  if (!rule.meta.optionsSchema) return [{ path: [1], message: `rule ${id} takes no options`, at: 'value' }];
  return checkRuleOptions(rule, options).map((error) => optionProblem(rule, error));
}

function optionProblem(rule: Rule<any>, error: ErrorObject): ConfigProblem {
  const at = [1, ...pointerToPath(error.instancePath)];
  const where = error.instancePath ? `option ${error.instancePath.slice(1).replace(/\//g, '.')} of rule ${rule.meta.id}` : `the options of rule ${rule.meta.id}`;
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
    return { path: [...at, name], message: `unknown option "${name}" for rule ${rule.meta.id}${suggestion(name, known)}${known.length ? `; it takes ${known.join(', ')}` : ''}`, at: 'key' };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return { path: at, message: `${where} must be one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`, at: 'value' };
  }
  return { path: at, message: `${where} ${error.message ?? 'is not valid'}`, at: 'value' };
}

/** Words people write for a level, mapped to the level they mean. */
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', err: 'error', information: 'info', note: 'info', none: 'off', disabled: 'off', '0': 'off', '1': 'warning', '2': 'error' };

function suggestion(value: string, candidates: Iterable<string>, aliases: Record<string, string> = {}): string {
  const match = ownValue(aliases, value.toLowerCase()) ?? closestMatch(value, candidates);
  return match && match !== value ? `; did you mean "${match}"?` : '';
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Narrows data that `checkConfig` accepted. */
export function asLintConfig(data: unknown): LintConfig {
  if (!isPlainObject(data)) return {};
  return {
    ...(data.extends ? { extends: data.extends as LintConfig['extends'] } : {}),
    ...(isPlainObject(data.rules) ? { rules: data.rules as Record<string, RuleSetting> } : {}),
    ...(typeof data.lang === 'string' ? { lang: data.lang } : {}),
  };
}
