import { checkLoadedCompact } from '../api/arguments.js';
import type { Finding } from '../findings.js';
import { t } from '../i18n/index.js';
import { compareFindings } from '../findings.js';
import type { LoadedCompact } from '../load/index.js';
import type { SourceMap } from '../load/source-map.js';
import type { Compact } from '../model/index.js';
import { crossFieldProblems } from './cross-field.js';
import { describeSchemaError, type SchemaProblem } from './messages.js';
import { runSchema } from './run-schema.js';

export { compactSchema } from './schema-lookup.js';

/** Checks parsed data against the schema; every finding carries the file, line and column. */
export function validateData(data: unknown, sourceMap: SourceMap, file: string): Finding[] {
  if (data === null || data === undefined) {
    const range = sourceMap.locate([]);
    return [{ ruleId: 'schema/empty', severity: 'error', message: t('schema.emptyFile'), path: [], file, ...range }];
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const range = sourceMap.locate([]);
    const got = Array.isArray(data) ? 'list' : 'value';
    return [{ ruleId: 'schema/type', severity: 'error', message: t('schema.topLevelNotMapping', { got }), path: [], file, ...range }];
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const errors = runSchema(data);
  // A value that fails its pattern (not even shaped like a date) need not also be called "not a real date".
  const patternFailed = new Set(errors.filter((error) => error.keyword === 'pattern').map((error) => error.instancePath));
  for (const error of errors) {
    if (error.keyword === 'format' && patternFailed.has(error.instancePath)) continue;
    const problem = describeSchemaError(error, data);
    if (!problem) continue;
    const key = `${problem.ruleId}|${problem.path.join('/')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({ ruleId: problem.ruleId, severity: 'error', message: problem.message, path: problem.path, file, ...locate(sourceMap, problem) });
  }
  for (const problem of crossFieldProblems(data as Record<string, unknown>)) {
    findings.push({ ruleId: problem.ruleId, severity: 'error', message: problem.message, path: problem.path, file, ...locate(sourceMap, problem) });
  }
  return findings.sort(compareFindings);
}

function locate(sourceMap: SourceMap, problem: SchemaProblem) {
  if (problem.pointAt) return sourceMap.locate(problem.pointAt);
  switch (problem.anchor) {
    case 'key':
      return sourceMap.locateKey(problem.path);
    case 'mapping':
      return sourceMap.locateMapping(problem.path);
    default:
      return sourceMap.locate(problem.path);
  }
}

/** Validates a loaded compact file: YAML warnings and schema errors, in source order. */
export function validate(compact: LoadedCompact): Finding[] {
  checkLoadedCompact('validate', compact);
  return [...compact.warnings, ...validateData(compact.data, compact.sourceMap, compact.file)].sort(compareFindings);
}

/** True when the data is a compact that the schema accepts. */
export function isCompact(data: unknown): data is Compact {
  return data !== null && typeof data === 'object' && runSchema(data).length === 0 && crossFieldProblems(data as Record<string, unknown>).length === 0;
}
