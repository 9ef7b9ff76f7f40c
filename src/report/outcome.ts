import { atLeast, countFindings, type Finding, type Severity } from '../findings.js';
import { t } from '../i18n/index.js';

/** What decides whether a run fails, as given on the command line. */
export interface FailureRules {
  /** The lowest severity that fails the run (`--fail-on`, default error). */
  failOn: Severity;
  /** Fail when there are more warnings than this (`--max-warnings`). */
  maxWarnings?: number;
  /** Whether `--fail-on` was given (lint) or is implied (validate fails on errors). */
  failOnOption?: boolean;
  /** `-q`: report only what fails the run (and errors). */
  quiet?: boolean;
}

/** Whether a run failed, why, and what `-q` left out: every report format says it. */
export interface RunOutcome {
  failOn: Severity;
  failed: boolean;
  /** One line per reason the run failed ("9 warnings, more than --max-warnings 0"); empty when it passed. */
  reasons: string[];
  /** `-q`: the line saying how many findings were not shown, if any were left out. */
  notShown?: string;
  /** Whether a finding counts as a failure (JUnit failure, not just a note). */
  fails(finding: Finding): boolean;
}

/** Decides the outcome of a run from all its findings (fatal ones are exit 2, reported as they are). */
export function decideOutcome(findings: readonly Finding[], rules: FailureRules): RunOutcome {
  const counts = countFindings(findings);
  const tooManyWarnings = rules.maxWarnings !== undefined && counts.warnings > rules.maxWarnings;
  const fails = (finding: Finding) => atLeast(finding.severity, rules.failOn) || (tooManyWarnings && finding.severity === 'warning');
  const reasons: string[] = [];
  const atOrAbove = findings.filter((finding) => atLeast(finding.severity, rules.failOn)).length;
  if (atOrAbove > 0) {
    reasons.push(rules.failOnOption === false ? t('report.failedErrors', { count: atOrAbove }) : t('report.failedFailOn', { count: atOrAbove, level: rules.failOn }));
  }
  if (tooManyWarnings) reasons.push(t('report.failedMaxWarnings', { count: counts.warnings, max: rules.maxWarnings }));
  const hidden = rules.quiet ? findings.filter((finding) => !shownWhenQuiet(finding, fails)) : [];
  const hiddenCounts = countFindings(hidden);
  const notShown =
    hidden.length === 0
      ? undefined
      : hiddenCounts.infos === 0
        ? t('report.notShown', { warnings: hiddenCounts.warnings })
        : t('report.notShownWithInfos', { warnings: hiddenCounts.warnings, infos: hiddenCounts.infos });
  return { failOn: rules.failOn, failed: reasons.length > 0, reasons, ...(notShown ? { notShown } : {}), fails };
}

/** What `-q` still reports: errors and every finding the run fails on. */
function shownWhenQuiet(finding: Finding, fails: (finding: Finding) => boolean): boolean {
  return finding.severity === 'error' || fails(finding);
}

/** The findings a report shows: with `-q`, only errors and what fails the run. */
export function shownFindings(findings: readonly Finding[], outcome: RunOutcome, quiet: boolean | undefined): Finding[] {
  return quiet ? findings.filter((finding) => shownWhenQuiet(finding, outcome.fails)) : [...findings];
}

/** The lines that say why a run failed and what -q left out, for a report or for stderr. */
export function outcomeLines(outcome: RunOutcome | undefined): string[] {
  if (!outcome) return [];
  return [...outcome.reasons.map((reason) => t('report.failed', { reason })), ...(outcome.notShown ? [outcome.notShown] : [])];
}
