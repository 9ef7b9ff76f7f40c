import { checkArray } from './api/arguments.js';
import { t } from './i18n/index.js';
export type Severity = 'error' | 'warning' | 'info';

/** A place in a source file; lines and columns are 1-based, the end is exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type JsonPath = (string | number)[];

/** A replacement of the text between two offsets of the file (UTF-16 code units, the end exclusive), as ESLint's fixes. */
export interface TextEdit {
  range: [start: number, end: number];
  text: string;
}

/** A change a person may choose to make; never applied without asking (`--fix` applies only `fix`). */
export interface Suggestion {
  message: string;
  fix: TextEdit;
}

/** One problem found in one file: the shape every command reports and every formatter takes. */
export interface Finding extends SourceRange {
  ruleId: string;
  severity: Severity;
  message: string;
  path: JsonPath;
  file: string;
  /** Set on problems that stop a file from being read at all (exit code 2). */
  fatal?: boolean;
  /** A safe change that removes the problem, applied by `compact lint --fix`. */
  fix?: TextEdit;
  /** Changes to offer a person (an editor's quick fixes), never applied automatically. */
  suggestions?: Suggestion[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    RANK[b.severity] - RANK[a.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  fatal: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  checkArray('countFindings', 'findings', findings, t('api.findings'));
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, fatal: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
    if (finding.fatal) counts.fatal++;
  }
  return counts;
}

/** `principles[2].id`: a JSON path as people read it. */
export function formatPath(path: readonly (string | number)[]): string {
  checkArray('formatPath', 'path', path, t('api.findingPath', { example: "['principles', 2, 'id']" }));
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `/principles/2/id` (a JSON Pointer, as ajv reports places) → `['principles', 2, 'id']`. */
export function pointerToPath(pointer: string): JsonPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
