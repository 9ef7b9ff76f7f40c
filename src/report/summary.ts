import { countFindings, type Finding } from '../findings.js';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** `3 files, 1 error, 2 warnings` (infos only when there are some). */
export function summaryParts(findings: readonly Finding[], fileCount: number): string[] {
  const counts = countFindings(findings);
  const parts = [plural(fileCount, 'file'), plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos) parts.push(plural(counts.infos, 'info', 'infos'));
  return parts;
}
