import type { Finding } from './findings.js';

/**
 * A problem with what the user asked for or gave us (a missing file, a bad option, an unreadable input):
 * the CLI prints its message without a stack trace and exits with `exitCode`.
 */
export class CompactError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CompactError';
    this.exitCode = options.exitCode ?? 2;
  }
}

/** A file that could not be read as a compact; `findings` say where and why. */
export class LoadError extends CompactError {
  readonly findings: Finding[];
  constructor(findings: Finding[]) {
    super(findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
    this.name = 'LoadError';
    this.findings = findings;
  }
}
