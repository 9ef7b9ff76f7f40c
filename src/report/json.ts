import type { ReportFormatter } from './types.js';

/** The findings as a JSON array, each in the shape of conventions.md. */
export const json: ReportFormatter = (findings) =>
  `${JSON.stringify(
    findings.map(({ ruleId, severity, message, path, file, line, column, endLine, endColumn, fix, suggestions }) => ({
      ruleId,
      severity,
      message,
      path,
      file,
      line,
      column,
      endLine,
      endColumn,
      ...(fix ? { fix } : {}),
      ...(suggestions?.length ? { suggestions } : {}),
    })),
    null,
    2,
  )}\n`;
