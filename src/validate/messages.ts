import type { ErrorObject } from 'ajv';
import { formatPath, pointerToPath, type JsonPath } from '../findings.js';
import { closestMatch, slugify } from '../util/suggest.js';
import { allowedKeys } from './schema-lookup.js';

export type Anchor = 'value' | 'key' | 'mapping';

export interface SchemaProblem {
  ruleId: string;
  path: JsonPath;
  anchor: Anchor;
  message: string;
  /** Where to point when it is not `path` itself (a missing key that another key calls for). */
  pointAt?: JsonPath;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys and values',
  array: 'a list',
  null: 'empty',
};

const PATTERN_HINTS: Record<string, string> = {
  id: 'a lowercase id of letters a-z, digits and hyphens',
  date: 'a date written YYYY-MM-DD',
  historicalDate: 'a date written YYYY-MM-DD (or YYYY-MM or YYYY when only the month or year is known)',
  caseNumber: 'a case number without spaces at its start or end',
};

const LIST_NOUNS: Record<string, [string, string]> = {
  parties: ['party', 'parties'],
  principles: ['principle', 'principles'],
};

/** Turns one ajv error into a message a municipal officer understands, and where to point at. */
export function describeSchemaError(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? formatPath(path) : 'the compact';
  const value = valueAt(root, path);
  const ruleId = `schema/${error.keyword}`;
  const params = error.params as Record<string, unknown>;
  const def = /#\/\$defs\/(\w+)\//.exec(error.schemaPath)?.[1];

  if (path[path.length - 1] === 'times_per_year') return describeTimesPerYear(error, path, value, where);

  switch (error.keyword) {
    case 'if':
      return undefined;
    case 'anyOf':
      if (path.includes('meetings')) {
        return { ruleId, path, anchor: 'mapping', message: `${where} does not say how often it meets; add frequency (yearly, twice-yearly, quarterly, monthly, as-needed or once) or times_per_year (a number such as 4, or a range such as {min: 2, max: 4})` };
      }
      return { ruleId, path, anchor: 'mapping', message: `${where} ${error.message ?? 'is not valid'}` };
    case 'required': {
      // The branches of an anyOf are reported once, by the anyOf itself.
      if (error.schemaPath.includes('/anyOf/')) return undefined;
      const missing = String(params.missingProperty);
      if (missing === 'adoption' && path.length === 0) {
        const status = (valueAt(root, ['status']) as string | undefined) ?? 'adopted';
        return { ruleId, path: ['adoption'], pointAt: ['status'], anchor: 'value', message: `the compact is ${JSON.stringify(status)} but has no adoption: record which body adopted it, when, and the case number (only a draft may leave it out)` };
      }
      if (missing === 'date' && error.schemaPath.startsWith('#/then') && path.includes('meetings')) {
        return { ruleId, path, anchor: 'mapping', message: `${where} happens once (frequency: once), so it needs its date (YYYY-MM-DD)` };
      }
      return { ruleId, path, anchor: 'mapping', message: `${where} is missing the required key "${missing}"` };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(path);
      const guess = closestMatch(key, allowed);
      let message = `unknown key "${key}" in ${where}`;
      if (key === '<<') message += '; YAML merge keys (<<) are not part of YAML 1.2: write the keys out';
      else if (guess) message += `; did you mean "${guess}"?`;
      else if (allowed.length) message += `; allowed keys are ${allowed.join(', ')} (your own additions must start with x-)`;
      return { ruleId, path: [...path, key], anchor: 'key', message };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_NAMES[type] ?? type)
        .join(' or ');
      let message = value === null || value === undefined ? `${where} is empty; it must be ${expected}` : `${where} must be ${expected} (got ${describeValue(value)})`;
      if (def === 'date' && isPartialDateValue(value)) {
        return { ruleId, path, anchor: 'value', message: fullDateWanted(where, value, root) };
      }
      if (def === 'historicalDate' && isPartialDateValue(value)) {
        return { ruleId, path, anchor: 'value', message: `${where} must be text (got ${describeValue(value)}); put the year in quotes, "${String(value)}", so that YAML keeps it a date` };
      }
      if (String(params.type).includes('string') && value !== null && typeof value !== 'object') {
        message += def === 'date' || def === 'historicalDate' ? '; write the date as YYYY-MM-DD' : '; put the value in quotes';
      }
      return { ruleId, path, anchor: 'value', message };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      const suggestion = guess ? `; did you mean "${guess}"?` : '';
      return { ruleId, path, anchor: 'value', message: `${where} must be one of ${allowed.join(', ')} (got ${describeValue(value)})${suggestion}` };
    }
    case 'const':
      if (path.length === 1 && path[0] === 'compact') {
        return { ruleId, path, anchor: 'value', message: `compact must be 1, the version of the file format this tool reads (got ${describeValue(value)})` };
      }
      return { ruleId, path, anchor: 'value', message: `${where} must be ${JSON.stringify(params.allowedValue)} (got ${describeValue(value)})` };
    case 'pattern': {
      if (def === 'date' && isPartialDateValue(value)) return { ruleId, path, anchor: 'value', message: fullDateWanted(where, value, root) };
      const hint = (def && PATTERN_HINTS[def]) ?? `text matching ${String(params.pattern)}`;
      let message = `${where} must be ${hint} (got ${describeValue(value)})`;
      if (def === 'id' && typeof value === 'string') {
        const slug = slugify(value);
        if (slug && slug !== value) message += `; try "${slug}"`;
      }
      return { ruleId, path, anchor: 'value', message };
    }
    case 'format': {
      const format = String(params.format);
      const message =
        format === 'date' || format === 'partial-date'
          ? `${where} is not a real date (got ${describeValue(value)})`
          : format === 'email'
            ? `${where} is not an e-mail address (got ${describeValue(value)})`
            : format === 'uri'
              ? `${where} must be a full web address such as https://… (got ${describeValue(value)})`
              : `${where} must be a valid ${format} (got ${describeValue(value)})`;
      return { ruleId, path, anchor: 'value', message };
    }
    case 'minItems': {
      const limit = Number(params.limit);
      const key = String(path[path.length - 1]);
      const [one, many] = LIST_NOUNS[key] ?? ['entry', 'entries'];
      const found = Array.isArray(value) ? value.length : 0;
      return { ruleId, path, anchor: 'value', message: `${where} must list at least ${limit} ${limit === 1 ? one : many} (found ${found})` };
    }
    case 'minProperties':
      return { ruleId, path, anchor: 'mapping', message: `${where} is empty; record at least one of ${allowedKeys(path).join(', ')}` };
    case 'minLength':
      return { ruleId, path, anchor: 'value', message: `${where} must not be empty` };
    case 'maxLength':
      return { ruleId, path, anchor: 'value', message: `${where} is too long: at most ${String(params.limit)} characters` };
    case 'minimum':
    case 'maximum':
      return { ruleId, path, anchor: 'value', message: `${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)} (got ${describeValue(value)})` };
    case 'uniqueItems': {
      const index = Number(params.i);
      const item = Array.isArray(value) ? value[index] : undefined;
      return { ruleId, path: [...path, index], anchor: 'value', message: `${where} lists ${describeValue(item)} twice` };
    }
    case 'not':
      if (error.schemaPath.includes('/dependentSchemas/times_per_year/')) {
        return {
          ruleId,
          path: [...path, 'times_per_year'],
          anchor: 'key',
          message: `${where} gives both frequency and times_per_year; keep one of them: frequency for a word such as yearly, times_per_year for a number (4) or a range ({min: 2, max: 4})`,
        };
      }
      if (path[0] === 'parties' && path[path.length - 1] === 'id') {
        return { ruleId, path, anchor: 'value', message: `${where} is "joint", which is reserved for shared commitments (party: joint); give the party another id` };
      }
      return { ruleId, path, anchor: 'value', message: `${where} has a value that is not allowed (got ${describeValue(value)})` };
    default:
      return { ruleId, path, anchor: 'value', message: `${where} ${error.message ?? 'is not valid'}` };
  }
}

/** A year (2027, "2027") or a month ("2027-05"): a date known only in part. */
function isPartialDateValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999;
  return typeof value === 'string' && /^\d{4}(-\d{2})?$/.test(value);
}

/**
 * The message for a year or month where the tool needs a day: the example keeps the year (and month) written
 * and takes the rest from the adoption date when that is a full date.
 */
function fullDateWanted(where: string, value: unknown, root: unknown): string {
  const written = String(value);
  const adopted = valueAt(root, ['adoption', 'date']);
  const [, adoptedMonth = '01', adoptedDay = '01'] = typeof adopted === 'string' ? (/^\d{4}-(\d{2})-(\d{2})$/.exec(adopted) ?? []) : [];
  const [year, month] = written.split('-');
  const example = month ? `${year}-${month}-${month === adoptedMonth ? adoptedDay : '01'}` : `${year}-${adoptedMonth}-${adoptedDay}`;
  return `${where} needs a full date (YYYY-MM-DD), not only the ${month ? 'month' : 'year'} (got ${describeValue(value)}): the tool counts from it; write the full date, e.g. ${example}`;
}

/** `times_per_year` is a number or a {min, max} range: one message for the value, not one per branch tried. */
function describeTimesPerYear(error: ErrorObject, path: JsonPath, value: unknown, where: string): SchemaProblem | undefined {
  const ruleId = `schema/${error.keyword}`;
  const isRange = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isRange) {
    if (error.keyword === 'required') {
      return { ruleId, path, anchor: 'mapping', message: `${where} gives a range, which needs both min and max (e.g. {min: 2, max: 4}); add "${String((error.params as Record<string, unknown>).missingProperty)}"` };
    }
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as Record<string, unknown>).additionalProperty);
      return { ruleId, path: [...path, key], anchor: 'key', message: `unknown key "${key}" in ${where}; a range has only min and max` };
    }
    return undefined;
  }
  if (error.keyword !== 'oneOf') return undefined;
  return { ruleId: 'schema/type', path, anchor: 'value', message: `${where} must be a whole number of at least 1 (times_per_year: 4) or a range (times_per_year: {min: 2, max: 4}) (got ${describeValue(value)})` };
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

export function valueAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}
