import type { RuleLevel } from '../types.js';

export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

/** A rule's entry in a config: a level, or a level and the rule's options. */
export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

/** The shape of `.compactrc.yaml` and the other config files. */
export interface LintConfig {
  /** The rules to start from: `recommended` (the default) or `strict` (every rule). */
  extends?: Preset;
  rules?: Record<string, RuleSetting>;
  /** The language of the messages (`sv`, `en`); `--lang` on the command line wins. */
  lang?: string;
}

/** A checked config and the file it came from (absent for the built-in default or a config given as an object). */
export interface LoadedConfig {
  file?: string;
  config: LintConfig;
}
