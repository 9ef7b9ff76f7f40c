import { countFindings, type Finding } from '../findings.js';
import { count } from '../util/plural.js';

/** `3 files, 1 error, 2 warnings` (infos only when there are some). */
export function summaryParts(findings: readonly Finding[], fileCount: number): string[] {
  const counts = countFindings(findings);
  const parts = [count(fileCount, 'file'), count(counts.errors, 'error'), count(counts.warnings, 'warning')];
  if (counts.infos) parts.push(count(counts.infos, 'info'));
  return parts;
}
