import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../findings.js';
import { portablePath } from './paths.js';
import type { ReportFormatter } from './types.js';

type GitLabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITIES: Record<Severity, GitLabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

/** One entry of a GitLab Code Quality report: the subset of the Code Climate issue that GitLab reads. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitLabSeverity;
  location: { path: string; lines: { begin: number } };
}

/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality:`), so findings appear in merge requests.
 * A file that cannot be read at all blocks every other check of it, hence `blocker`.
 */
export const gitlab: ReportFormatter = (findings, context) => {
  const fingerprints = fingerprintsOf(findings, context.cwd);
  const issues = findings.map(
    (finding, index): CodeQualityIssue => ({
      description: finding.message,
      check_name: finding.ruleId,
      fingerprint: fingerprints[index]!,
      severity: finding.fatal ? 'blocker' : SEVERITIES[finding.severity],
      location: { path: portablePath(finding.file, context.cwd), lines: { begin: finding.line } },
    }),
  );
  return `${JSON.stringify(issues, null, 2)}\n`;
};

/**
 * GitLab matches findings across pipelines by fingerprint, so it must not change when lines above move or a
 * count in the message changes (`1156 days overdue` tomorrow reads `1157`): it hashes the rule, the file and the
 * JSON path of the finding. Only findings that share all three are told apart by their message, and identical
 * ones by their order.
 */
function fingerprintsOf(findings: readonly Finding[], cwd: string): string[] {
  const keys = findings.map((finding) => JSON.stringify([finding.ruleId, portablePath(finding.file, cwd), finding.path]));
  const sharing = new Map<string, number>();
  for (const key of keys) sharing.set(key, (sharing.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return findings.map((finding, index) => {
    const key = keys[index]!;
    if (sharing.get(key) === 1) return hash(key);
    const withMessage = JSON.stringify([key, finding.message]);
    const occurrence = seen.get(withMessage) ?? 0;
    seen.set(withMessage, occurrence + 1);
    return hash(occurrence === 0 ? withMessage : JSON.stringify([withMessage, occurrence]));
  });
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
