import type { ErrorObject } from 'ajv';
import { pointerToPath, type JsonPath } from '../../findings.js';
import { availableLanguages, isLanguage, t } from '../../i18n/index.js';
import { closestMatch } from '../../util/suggest.js';
import type { Rule, RuleLevel } from '../types.js';
import { checkRuleOptions } from './options-validator.js';
import { PRESETS, RULE_LEVELS, type LintConfig, type RuleSetting } from './types.js';
import { ownValue } from '../../util/own-value.js';
import { checkDefinition, isDeclarativeDefinition } from '../custom/declarative.js';

/** Something wrong in a config, at a JSON path inside it. */
export interface ConfigProblem {
  path: JsonPath;
  message: string;
  /** Point at the key (an unknown name) rather than its value. */
  at: 'key' | 'value';
}

const TOP_LEVEL_KEYS = ['extends', 'plugins', 'rules', 'overrides', 'ignores', 'lang'];
const OVERRIDE_KEYS = ['files', 'rules'];

/** Every problem in a config's data; an empty list means it can be used as a `LintConfig`. */
export function checkConfig(data: unknown, registry: readonly Rule<any>[]): ConfigProblem[] {
  const problems = checkConfigShape(data);
  return problems.length > 0 ? problems : checkRuleIds(data, registry);
}

/**
 * Problems in a config's shape and in its declarative rules, before its plugins and extended configs are
 * loaded (rule ids are checked afterwards by `checkRuleIds`, once every rule they may name is known).
 */
export function checkConfigShape(data: unknown): ConfigProblem[] {
  if (data === null || data === undefined) return [];
  if (!isPlainObject(data)) return [{ path: [], message: t('config.notMapping', { keys: TOP_LEVEL_KEYS.join(', ') }), at: 'value' }];
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(data)) {
    if (TOP_LEVEL_KEYS.includes(key)) continue;
    problems.push({ path: [key], message: t('config.unknownKey', { key, hint: suggestion(key, TOP_LEVEL_KEYS), keys: TOP_LEVEL_KEYS.join(', ') }), at: 'key' });
  }
  problems.push(...checkNameList(data, 'extends', t('config.extendsShape', { presets: PRESETS.join(', ') })));
  problems.push(...checkNameList(data, 'plugins', t('config.pluginsShape')));
  problems.push(...checkNameList(data, 'ignores', t('config.ignoresShape')));
  if (data.lang !== undefined && !isLanguage(data.lang)) {
    const languages = availableLanguages();
    problems.push({ path: ['lang'], message: t('config.langShape', { languages: languages.join(', '), got: describe(data.lang), hint: suggestion(String(data.lang), languages) }), at: 'value' });
  }
  if (data.rules !== undefined && data.rules !== null) {
    if (!isPlainObject(data.rules)) problems.push({ path: ['rules'], message: t('config.rulesShape'), at: 'value' });
    else {
      for (const [id, setting] of Object.entries(data.rules)) {
        if (!isDeclarativeDefinition(setting)) continue;
        if (!/^[a-z0-9][a-z0-9/_-]*$/i.test(id)) problems.push({ path: ['rules', id], at: 'key', message: t('customRules.config.badId', { rule: id }) });
        problems.push(...checkDefinition(id, setting as unknown as Record<string, unknown>).map((problem) => ({ ...problem, path: ['rules', id, ...problem.path] })));
      }
    }
  }
  if (data.overrides !== undefined && data.overrides !== null) {
    if (!Array.isArray(data.overrides)) problems.push({ path: ['overrides'], at: 'value', message: t('config.overridesShape') });
    else {
      data.overrides.forEach((override: unknown, index) => {
        if (!isPlainObject(override)) return problems.push({ path: ['overrides', index], at: 'value', message: t('config.overridesShape') });
        for (const key of Object.keys(override)) {
          if (!OVERRIDE_KEYS.includes(key)) problems.push({ path: ['overrides', index, key], at: 'key', message: t('config.overrideUnknownKey', { key }) });
        }
        const files = override.files;
        const globs = typeof files === 'string' ? [files] : files;
        if (!Array.isArray(globs) || globs.length === 0 || !globs.every((glob) => typeof glob === 'string' && glob !== '')) {
          problems.push({ path: ['overrides', index, ...(files === undefined ? [] : ['files'])], at: files === undefined ? 'value' : 'value', message: t('config.overrideFiles') });
        }
        if (override.rules !== undefined && !isPlainObject(override.rules)) problems.push({ path: ['overrides', index, 'rules'], at: 'value', message: t('config.overrideRules') });
        return undefined;
      });
    }
  }
  return problems;
}

/** Problems with the rule ids a config names (in `rules` and `overrides`), once `registry` holds every rule it can name. */
export function checkRuleIds(data: unknown, registry: readonly Rule<any>[]): ConfigProblem[] {
  if (!isPlainObject(data)) return [];
  const problems: ConfigProblem[] = [];
  if (isPlainObject(data.rules)) {
    const settings = Object.fromEntries(Object.entries(data.rules).filter(([, setting]) => !isDeclarativeDefinition(setting)));
    problems.push(...checkRuleSettings(settings, registry).map((problem) => ({ ...problem, path: ['rules', ...problem.path] })));
  }
  if (Array.isArray(data.overrides)) {
    data.overrides.forEach((override: unknown, index) => {
      if (isPlainObject(override) && isPlainObject(override.rules)) {
        problems.push(...checkRuleSettings(override.rules, registry).map((problem) => ({ ...problem, path: ['overrides', index, 'rules', ...problem.path] })));
      }
    });
  }
  return problems;
}

function checkNameList(data: Record<string, unknown>, key: string, message: string): ConfigProblem[] {
  const value = data[key];
  if (value === undefined || value === null || (typeof value === 'string' && value !== '')) return [];
  if (!Array.isArray(value)) return [{ path: [key], at: 'value', message }];
  return value.flatMap((item, index) => (typeof item === 'string' && item !== '' ? [] : [{ path: [key, index], at: 'value' as const, message }]));
}

/** Problems in a `rules` mapping (from a config file, `--rule` or the `rules` option of `lint`). */
export function checkRuleSettings(rules: Record<string, unknown>, registry: readonly Rule<any>[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const byId = new Map(registry.map((rule) => [rule.meta.id, rule]));
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push({ path: [id], message: t('config.unknownRule', { rule: id, hint: suggestion(id, byId.keys()) }), at: 'key' });
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
    return [{ path: levelPath, message: t('config.levelShape', { rule: id, levels: RULE_LEVELS.join(', '), got }), at: 'value' }];
  }
  if (rest.length > 0) return [{ path: [2], message: t('config.tooManyInSetting', { rule: id }), at: 'value' }];
  if (options === undefined) return [];
  if (!isPlainObject(options)) return [{ path: [1], message: t('config.optionsShape', { rule: id, got: describe(options) }), at: 'value' }];
  if (!rule.meta.optionsSchema) return [{ path: [1], message: t('config.noOptions', { rule: id }), at: 'value' }];
  return checkRuleOptions(rule, options).map((error) => optionProblem(rule, error));
}

function optionProblem(rule: Rule<any>, error: ErrorObject): ConfigProblem {
  const at = [1, ...pointerToPath(error.instancePath)];
  const where = t('config.optionWhere', { kind: error.instancePath ? 'option' : 'all', option: error.instancePath.slice(1).replace(/\//g, '.'), rule: rule.meta.id });
  if (error.keyword === 'additionalProperties') {
    const name = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema?.properties as Record<string, unknown> | undefined) ?? {});
    return { path: [...at, name], message: t('config.unknownOption', { name, rule: rule.meta.id, hint: suggestion(name, known), known: known.length ? known.join(', ') : 'none' }), at: 'key' };
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return { path: at, message: t('config.optionEnum', { where, allowed: allowed.map((value) => JSON.stringify(value)).join(', ') }), at: 'value' };
  }
  return { path: at, message: error.message ? `${where} ${error.message}` : t('schema.invalid', { where }), at: 'value' };
}

/** Words people write for a level, mapped to the level they mean. */
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', err: 'error', information: 'info', note: 'info', none: 'off', disabled: 'off', '0': 'off', '1': 'warning', '2': 'error' };

function suggestion(value: string, candidates: Iterable<string>, aliases: Record<string, string> = {}): string {
  const match = ownValue(aliases, value.toLowerCase()) ?? closestMatch(value, candidates);
  return match && match !== value ? t('config.didYouMean', { match }) : '';
}

function describe(value: unknown): string {
  if (value === null) return t('schema.value.nothing');
  if (Array.isArray(value)) return t('schema.value.list');
  if (typeof value === 'object') return t('schema.value.mapping');
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Narrows data that `checkConfig` accepted. */
export function asLintConfig(data: unknown): LintConfig {
  if (!isPlainObject(data)) return {};
  const list = (value: unknown): string[] | undefined => (typeof value === 'string' ? [value] : Array.isArray(value) ? (value as string[]) : undefined);
  const config: LintConfig = {};
  if (list(data.extends)) config.extends = list(data.extends);
  if (list(data.plugins)) config.plugins = list(data.plugins);
  if (isPlainObject(data.rules)) config.rules = data.rules as LintConfig['rules'];
  if (Array.isArray(data.overrides)) {
    config.overrides = (data.overrides as Record<string, unknown>[]).map((override) => ({ files: list(override.files) ?? [], ...(isPlainObject(override.rules) ? { rules: override.rules as Record<string, RuleSetting> } : {}) }));
  }
  if (list(data.ignores)) config.ignores = list(data.ignores);
  if (typeof data.lang === 'string') config.lang = data.lang;
  return config;
}
