import { atLeast, type Finding, type Severity } from '../findings.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** 2 when a file could not be read, 1 when a finding reaches `failOn`, else 0. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity = 'error'): number {
  if (findings.some((finding) => finding.fatal)) return EXIT_USAGE;
  return findings.some((finding) => atLeast(finding.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK;
}

/** Stopped by Ctrl-C (SIGINT): 128 + 2, as a shell reports it. */
export const EXIT_INTERRUPTED = 130;
