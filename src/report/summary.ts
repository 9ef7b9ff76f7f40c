import { countFindings, type Finding } from '../findings.js';
import { count } from '../util/plural.js';

/** `3 files, 1 error, 2 warnings` (infos only when there are some; no "0 warnings" when -q left some out). */
export function summaryParts(findings: readonly Finding[], fileCount: number, { someNotShown = false } = {}): string[] {
  const counts = countFindings(findings);
  const parts = [count(fileCount, 'file'), count(counts.errors, 'error')];
  // With -q, "0 warnings" would hide the warnings left out: the line saying how many were not shown counts them.
  if (counts.warnings || !someNotShown) parts.push(count(counts.warnings, 'warning'));
  if (counts.infos) parts.push(count(counts.infos, 'info'));
  return parts;
}
