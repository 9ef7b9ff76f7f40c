import type { ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../findings.js';
import type { RunOutcome } from './outcome.js';

/** What a formatter knows about a rule, for formats that describe rules (SARIF). */
export interface RuleDescriptor {
  id: string;
  description: string;
  defaultSeverity: Severity;
  docsUrl?: string;
}

export interface FormatContext {
  /** Every file that was checked, with or without findings. */
  files: string[];
  /** The rules that ran, when the command is lint. */
  rules?: RuleDescriptor[];
  color: ChalkInstance;
  /** Words for the summary line: `4 files, 0 errors`. */
  command: string;
  cwd: string;
  toolVersion: string;
  /** Whether the run failed and why (lint, validate): reports say it, JUnit fails only what fails the run. */
  outcome?: RunOutcome;
}

export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;
