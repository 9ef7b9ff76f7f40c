import type { JsonPath, Severity, TextEdit } from '../findings.js';
import type { Fixer } from './fix/fixer.js';

export type { Fixer } from './fix/fixer.js';
import type { Compact } from '../model/index.js';

/** A rule's severity as configured: `off` turns it off. */
export type RuleLevel = Severity | 'off';

export interface RuleMeta {
  /** Kebab-case id, e.g. `commitment-cites-principle`. */
  id: string;
  defaultSeverity: Severity;
  /** One line, shown by `compact rules`. */
  description: string;
  /** The rule's docs page (docs/rules/<id>.md). */
  docsUrl: string;
  /** Message templates by message id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
  /** JSON Schema of the rule's options object; absent when the rule takes none. */
  optionsSchema?: Record<string, unknown>;
  defaultOptions?: Record<string, unknown>;
  /** Turned on by `extends: recommended` (every rule is on in `strict`). */
  recommended: boolean;
  /** Whether the rule offers fixes that `--fix` applies (`code`), as ESLint's `meta.fixable`. */
  fixable?: 'code';
  /** Whether the rule offers suggestions. */
  hasSuggestions?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** JSON path of the node the finding is about. */
  path: JsonPath;
  /** `key` points at the key that holds `path` (e.g. a missing-but-required sibling); default the value. */
  at?: 'value' | 'key' | 'mapping';
  /** A safe change that removes the problem, applied by `compact lint --fix`: built from JSON paths by the fixer. */
  fix?: (fixer: Fixer) => TextEdit | undefined;
  /** Changes to offer a person (never applied automatically); `messageId` names the text in `meta.messages`. */
  suggestions?: SuggestionDescriptor[];
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: (fixer: Fixer) => TextEdit | undefined;
}

export interface RuleContext<Options = Record<string, unknown>> {
  /** Today as YYYY-MM-DD (from --today, COMPACT_TODAY or the clock). */
  today: string;
  options: Options;
  file: string;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /** Runs only on data that passed schema validation. */
  check(compact: Compact, context: RuleContext<Options>): void;
}
