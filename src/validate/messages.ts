import type { ErrorObject } from 'ajv';
import { formatPath, pointerToPath, type JsonPath } from '../findings.js';
import { t } from '../i18n/index.js';
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

const PATTERN_HINTS = new Set(['id', 'date', 'historicalDate', 'caseNumber']);

/** Turns one ajv error into a message a municipal officer understands, and where to point at. */
export function describeSchemaError(error: ErrorObject, root: unknown): SchemaProblem | undefined {
  const path = pointerToPath(error.instancePath);
  const where = path.length ? formatPath(path) : t('schema.theCompact');
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
        return { ruleId, path, anchor: 'mapping', message: t('schema.meetingFrequencyMissing', { range: RANGE_EXAMPLE, where }) };
      }
      return { ruleId, path, anchor: 'mapping', message: error.message ? `${where} ${error.message}` : t('schema.invalid', { where }) };
    case 'required': {
      // The branches of an anyOf are reported once, by the anyOf itself.
      if (error.schemaPath.includes('/anyOf/')) return undefined;
      const missing = String(params.missingProperty);
      if (missing === 'adoption' && path.length === 0) {
        const status = (valueAt(root, ['status']) as string | undefined) ?? 'adopted';
        return { ruleId, path: ['adoption'], pointAt: ['status'], anchor: 'value', message: t('schema.noAdoption', { status: JSON.stringify(status) }) };
      }
      if (missing === 'date' && error.schemaPath.startsWith('#/then') && path.includes('meetings')) {
        return { ruleId, path, anchor: 'mapping', message: t('schema.meetingOnceNeedsDate', { where }) };
      }
      return { ruleId, path, anchor: 'mapping', message: t('schema.required', { where, key: missing }) };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(path);
      const guess = closestMatch(key, allowed);
      const advice = key === '<<' ? 'merge' : guess ? 'guess' : allowed.length ? 'allowed' : 'none';
      const message = t('schema.unknownKey', { key, where, advice, guess: guess ?? '', allowed: allowed.join(', ') });
      return { ruleId, path: [...path, key], anchor: 'key', message };
    }
    case 'type': {
      if (def === 'date' && isPartialDateValue(value)) {
        return { ruleId, path, anchor: 'value', message: fullDateWanted(where, value, root) };
      }
      if (def === 'historicalDate' && isPartialDateValue(value)) {
        return { ruleId, path, anchor: 'value', message: t('schema.yearAsText', { where, got: describeValue(value), year: String(value) }) };
      }
      const types = String(params.type).split(',');
      const expected = types.map((type) => t('schema.typeName', { type })).join(t('schema.or'));
      const advice = String(params.type).includes('string') && value !== null && typeof value !== 'object' ? (def === 'date' || def === 'historicalDate' ? 'date' : 'quote') : 'none';
      const message =
        value === null || value === undefined ? t('schema.typeEmpty', { where, expected, advice }) : t('schema.type', { where, expected, got: describeValue(value), advice });
      return { ruleId, path, anchor: 'value', message };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
      return { ruleId, path, anchor: 'value', message: t('schema.enum', { where, allowed: allowed.join(', '), got: describeValue(value), guess: guess ?? 'none' }) };
    }
    case 'const':
      if (path.length === 1 && path[0] === 'compact') {
        return { ruleId, path, anchor: 'value', message: t('schema.formatVersion', { got: describeValue(value) }) };
      }
      return { ruleId, path, anchor: 'value', message: t('schema.const', { where, expected: JSON.stringify(params.allowedValue), got: describeValue(value) }) };
    case 'pattern': {
      if (def === 'date' && isPartialDateValue(value)) return { ruleId, path, anchor: 'value', message: fullDateWanted(where, value, root) };
      const hint = def && PATTERN_HINTS.has(def) ? def : 'other';
      const slug = def === 'id' && typeof value === 'string' ? slugify(value) : '';
      const message = t('schema.pattern', { where, hint, pattern: String(params.pattern), got: describeValue(value), slug: slug && slug !== value ? slug : 'none' });
      return { ruleId, path, anchor: 'value', message };
    }
    case 'format': {
      const format = String(params.format);
      const kind = format === 'date' || format === 'partial-date' ? 'date' : format === 'email' || format === 'uri' ? format : 'other';
      const message = t('schema.format', { where, kind, format, got: describeValue(value) });
      return { ruleId, path, anchor: 'value', message };
    }
    case 'minItems': {
      const limit = Number(params.limit);
      const key = String(path[path.length - 1]);
      const found = Array.isArray(value) ? value.length : 0;
      const noun = key === 'parties' || key === 'principles' ? key : 'other';
      return { ruleId, path, anchor: 'value', message: t('schema.minItems', { where, limit, noun, found }) };
    }
    case 'minProperties':
      return { ruleId, path, anchor: 'mapping', message: t('schema.minProperties', { where, keys: allowedKeys(path).join(', ') }) };
    case 'minLength':
      return { ruleId, path, anchor: 'value', message: t('schema.minLength', { where }) };
    case 'maxLength':
      return { ruleId, path, anchor: 'value', message: t('schema.maxLength', { where, limit: Number(params.limit) }) };
    case 'minimum':
    case 'maximum':
      return { ruleId, path, anchor: 'value', message: t('schema.limit', { where, bound: error.keyword, limit: String(params.limit), got: describeValue(value) }) };
    case 'uniqueItems': {
      const index = Number(params.i);
      const item = Array.isArray(value) ? value[index] : undefined;
      return { ruleId, path: [...path, index], anchor: 'value', message: t('schema.uniqueItems', { where, item: describeValue(item) }) };
    }
    case 'not':
      if (error.schemaPath.includes('/dependentSchemas/times_per_year/')) {
        return {
          ruleId,
          path: [...path, 'times_per_year'],
          anchor: 'key',
          message: t('schema.frequencyAndTimes', { range: RANGE_EXAMPLE, where }),
        };
      }
      if (path[0] === 'parties' && path[path.length - 1] === 'id') {
        return { ruleId, path, anchor: 'value', message: t('schema.jointReserved', { where }) };
      }
      return { ruleId, path, anchor: 'value', message: t('schema.not', { where, got: describeValue(value) }) };
    default:
      return { ruleId, path, anchor: 'value', message: t('schema.invalid', { where }) };
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
  return t('schema.fullDateWanted', { where, part: month ? 'month' : 'year', got: describeValue(value), example });
}

/** `times_per_year` is a number or a {min, max} range: one message for the value, not one per branch tried. */
/** The example of a range that the messages about times_per_year show, written as in a YAML file. */
const RANGE_EXAMPLE = '{min: 2, max: 4}';

function describeTimesPerYear(error: ErrorObject, path: JsonPath, value: unknown, where: string): SchemaProblem | undefined {
  const ruleId = `schema/${error.keyword}`;
  const isRange = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isRange) {
    if (error.keyword === 'required') {
      return { ruleId, path, anchor: 'mapping', message: t('schema.rangeMissing', { range: RANGE_EXAMPLE, where, missing: String((error.params as Record<string, unknown>).missingProperty) }) };
    }
    if (error.keyword === 'additionalProperties') {
      const key = String((error.params as Record<string, unknown>).additionalProperty);
      return { ruleId, path: [...path, key], anchor: 'key', message: t('schema.rangeUnknownKey', { key, where }) };
    }
    return undefined;
  }
  if (error.keyword !== 'oneOf') return undefined;
  return { ruleId: 'schema/type', path, anchor: 'value', message: t('schema.timesPerYear', { range: RANGE_EXAMPLE, where, got: describeValue(value) }) };
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return t('schema.value.nothing');
  if (Array.isArray(value)) return t('schema.value.list');
  if (typeof value === 'object') return t('schema.value.mapping');
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
