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
  /** Colours for the terminal (stylish); without them the report is plain text. */
  color?: ChalkInstance;
  /** The command the report is of (`lint`, `validate`), in the JUnit and Markdown headings; default `lint`. */
  command?: string;
  /** The folder paths are shown relative to; default the working folder. */
  cwd?: string;
  /** The tool's version, in SARIF; default the package's version. */
  toolVersion?: string;
  /** Whether the run failed and why (lint, validate): reports say it, JUnit fails only what fails the run. */
  outcome?: RunOutcome;
}

export type Formatter = (findings: readonly Finding[], context: FormatContext) => string;

/** A format context with its defaults filled in, as each report format reads it. */
export interface CompleteFormatContext extends FormatContext {
  command: string;
  cwd: string;
  toolVersion: string;
}

/** One report format, given a complete context (getFormatter fills in the defaults). */
export type ReportFormatter = (findings: readonly Finding[], context: CompleteFormatContext) => string;
