import type { RuleLevel } from '../types.js';

export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** A rule's entry in a config: a level, or a level and the rule's options. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** One check of a declarative rule, as Spectral writes it. */
export interface ThenClause {
  /** A property of the node `given` selects (`x-ansvarig`, `a.b`), `@key`, or a JSONPath from that node; absent: the node itself. */
  field?: string;
  function: string;
  functionOptions?: Record<string, unknown>;
}

/** A rule written in the config: the nodes `given` selects are checked with the functions in `then`. */
export interface DeclarativeRuleDefinition {
  given: string | string[];
  then: ThenClause | ThenClause[];
  /** error, warning (or warn), info (or hint), off; default warning. */
  severity?: string;
  /** `{{error}}` (the function's message), `{{property}}`, `{{value}}`, `{{path}}`, `{{description}}` and any text. */
  message?: string;
  description?: string;
  documentationUrl?: string;
}

/** Rules that apply only to the files the globs match (relative to the config file's folder). */
export interface OverrideConfig {
  files: string[];
  rules?: Record<string, RuleSetting>;
}

/** The shape of `.compactrc.yaml` and the other config files. */
export interface LintConfig {
  /** Configs to start from: `recommended` (the default), `strict`, a relative path or a package name; later ones win. */
  extends?: string | string[];
  /** ES modules exporting `{ rules: { id: Rule } }`: relative paths or package names, resolved from the config's folder. */
  plugins?: string[];
  rules?: Record<string, RuleSetting | DeclarativeRuleDefinition>;
  overrides?: OverrideConfig[];
  /** Globs (relative to the config's folder) of files that linting a folder skips. */
  ignores?: string[];
  /** The language of the messages (`sv`, `en`); `--lang` on the command line wins. */
  lang?: string;
}

/** A checked config and the file it came from (absent for the built-in default or a config given as an object). */
export interface LoadedConfig {
  file?: string;
  config: LintConfig;
  /** The config with its `extends`, plugins and declarative rules resolved. */
  resolved?: import('./resolve-config.js').ResolvedConfig;
}
