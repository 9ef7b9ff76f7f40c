import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from '../../util/ajv.js';
import { pointerToPath, type JsonPath } from '../../findings.js';
import { t } from '../../i18n/index.js';
import { queryPath } from './jsonpath.js';

/** What a function knows besides the value: the whole compact (for `references`), where the value is, and today. */
export interface FunctionContext {
  document: unknown;
  path: JsonPath;
  property: string;
  today: string;
}

/** One problem a function found; `path` (relative to the value) when it is deeper than the value itself. */
export interface FunctionResult {
  message: string;
  path?: JsonPath;
}

export interface RuleFunction {
  /** JSON Schema of `functionOptions`; `required` when the function cannot run without them. */
  optionsSchema: Record<string, unknown>;
  optionsRequired?: boolean;
  run(value: unknown, options: Record<string, any>, context: FunctionContext): FunctionResult[];
}

const NO_OPTIONS = { type: 'object', additionalProperties: false, properties: {} };
const one = (message: string): FunctionResult[] => [{ message }];

const CASES: Record<string, RegExp> = {
  flat: /^[a-z][a-z0-9]*$/,
  camel: /^[a-z][a-z0-9]*(?:[A-Z0-9][a-z0-9]*)*$/,
  pascal: /^[A-Z][a-z0-9]*(?:[A-Z0-9][a-z0-9]*)*$/,
  kebab: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
  cobol: /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/,
  snake: /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/,
  macro: /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/,
};

/** A `/pattern/flags` string or a bare pattern, as Spectral's `pattern` takes it. */
export function toRegExp(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  return literal ? new RegExp(literal[1]!, literal[2]) : new RegExp(pattern);
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') return Object.keys(value).length;
  return undefined;
}

/** The last day a date written YYYY, YYYY-MM or YYYY-MM-DD can mean (a partial date counts from the end of its period). */
function lastDayOf(value: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) return value;
  if (month) return `${year}-${month}-${String(new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate()).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/** `today`, or a date, moved by an ISO 8601 duration of years, months and days (`P3Y`, `-P6M`, `P1Y2M10D`). */
export function shiftDate(date: string, offset: string | undefined): string {
  if (!offset) return date;
  const match = /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(offset);
  if (!match) throw new Error(`offset ${offset} is not a duration like P3Y, -P6M or P1Y2M10D`);
  const sign = match[1] ? -1 : 1;
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCFullYear(shifted.getUTCFullYear() + sign * Number(match[2] ?? 0), shifted.getUTCMonth() + sign * Number(match[3] ?? 0), shifted.getUTCDate() + sign * Number(match[4] ?? 0));
  return shifted.toISOString().slice(0, 10);
}

const DATE_OPTIONS = {
  type: 'object',
  additionalProperties: false,
  properties: {
    date: { type: 'string', pattern: '^(today|\\d{4}-\\d{2}-\\d{2})$' },
    offset: { type: 'string', pattern: '^-?P(?!$)(\\d+Y)?(\\d+M)?(\\d+D)?$' },
  },
};

function dateFunction(direction: 'notBefore' | 'notAfter'): RuleFunction {
  return {
    optionsSchema: DATE_OPTIONS,
    run(value, options, context) {
      if (value === undefined || value === null) return [];
      const date = typeof value === 'string' ? lastDayOf(value) : undefined;
      if (!date) return one(t('customRules.function.notADate', { property: context.property, value: shown(value) }));
      const limit = shiftDate(!options.date || options.date === 'today' ? context.today : options.date, options.offset);
      const wrong = direction === 'notBefore' ? date < limit : date > limit;
      if (!wrong) return [];
      const id = direction === 'notBefore' ? 'customRules.function.dateNotBefore' : 'customRules.function.dateNotAfter';
      return one(t(id, { property: context.property, value: shown(value), limit }));
    },
  };
}

let ajv: Ajv | undefined;
const schemaValidators = new WeakMap<object, ValidateFunction>();

/** Compiles a `schema` function's JSON Schema fragment once; throws with ajv's reason when it cannot be used. */
export function compileSchemaFragment(schema: object): void {
  if (schemaValidators.has(schema)) return;
  ajv ??= createAjv({ allErrors: true, strict: false });
  schemaValidators.set(schema, ajv.compile(schema));
}

export const FUNCTIONS: Record<string, RuleFunction> = {
  truthy: {
    optionsSchema: NO_OPTIONS,
    run: (value, _options, context) => (value ? [] : one(t('customRules.function.truthy', { property: context.property }))),
  },
  falsy: {
    optionsSchema: NO_OPTIONS,
    run: (value, _options, context) => (value ? one(t('customRules.function.falsy', { property: context.property })) : []),
  },
  defined: {
    optionsSchema: NO_OPTIONS,
    run: (value, _options, context) => (value === undefined ? one(t('customRules.function.defined', { property: context.property })) : []),
  },
  undefined: {
    optionsSchema: NO_OPTIONS,
    run: (value, _options, context) => (value === undefined ? [] : one(t('customRules.function.undefined', { property: context.property }))),
  },
  pattern: {
    optionsSchema: { type: 'object', additionalProperties: false, minProperties: 1, properties: { match: { type: 'string' }, notMatch: { type: 'string' } } },
    optionsRequired: true,
    run(value, options, context) {
      if (value === undefined || value === null) return [];
      const text = typeof value === 'string' ? value : String(value);
      const results: FunctionResult[] = [];
      if (options.match !== undefined && !toRegExp(options.match).test(text)) results.push({ message: t('customRules.function.patternMatch', { property: context.property, value: shown(value), pattern: options.match }) });
      if (options.notMatch !== undefined && toRegExp(options.notMatch).test(text)) results.push({ message: t('customRules.function.patternNotMatch', { property: context.property, value: shown(value), pattern: options.notMatch }) });
      return results;
    },
  },
  enumeration: {
    optionsSchema: { type: 'object', additionalProperties: false, required: ['values'], properties: { values: { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] } } } },
    optionsRequired: true,
    run(value, options, context) {
      if (value === undefined || (options.values as unknown[]).includes(value)) return [];
      return one(t('customRules.function.enumeration', { property: context.property, value: shown(value), values: (options.values as unknown[]).map((v) => JSON.stringify(v)).join(', ') }));
    },
  },
  length: {
    optionsSchema: { type: 'object', additionalProperties: false, minProperties: 1, properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } } },
    optionsRequired: true,
    run(value, options, context) {
      const length = lengthOf(value);
      if (length === undefined) return [];
      if (options.min !== undefined && length < options.min) return one(t('customRules.function.lengthMin', { property: context.property, min: options.min, length }));
      if (options.max !== undefined && length > options.max) return one(t('customRules.function.lengthMax', { property: context.property, max: options.max, length }));
      return [];
    },
  },
  casing: {
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: { type: { enum: Object.keys(CASES) }, disallowDigits: { type: 'boolean' } },
    },
    optionsRequired: true,
    run(value, options, context) {
      if (typeof value !== 'string' || value === '') return [];
      const wrong = !CASES[options.type as string]!.test(value) || (options.disallowDigits === true && /\d/.test(value));
      return wrong ? one(t('customRules.function.casing', { property: context.property, value: shown(value), type: options.type })) : [];
    },
  },
  alphabetical: {
    optionsSchema: { type: 'object', additionalProperties: false, properties: { keyedBy: { type: 'string' } } },
    run(value, options, context) {
      const entries: [JsonPath, unknown][] = Array.isArray(value)
        ? value.map((item, index) => [[index], options.keyedBy && item && typeof item === 'object' ? (item as Record<string, unknown>)[options.keyedBy] : item])
        : value && typeof value === 'object'
          ? Object.keys(value).map((key) => [[key], key])
          : [];
      for (let index = 1; index < entries.length; index++) {
        const [, previous] = entries[index - 1]!;
        const [path, current] = entries[index]!;
        if (String(previous).localeCompare(String(current)) > 0) {
          return [{ message: t('customRules.function.alphabetical', { property: context.property, value: shown(current), previous: shown(previous) }), path }];
        }
      }
      return [];
    },
  },
  xor: {
    optionsSchema: { type: 'object', additionalProperties: false, required: ['properties'], properties: { properties: { type: 'array', minItems: 2, items: { type: 'string' } } } },
    optionsRequired: true,
    run(value, options, context) {
      if (!value || typeof value !== 'object') return [];
      const names = options.properties as string[];
      const present = names.filter((name) => (value as Record<string, unknown>)[name] !== undefined);
      return present.length === 1 ? [] : one(t('customRules.function.xor', { property: context.property, properties: names.join(', ') }));
    },
  },
  schema: {
    optionsSchema: { type: 'object', additionalProperties: false, required: ['schema'], properties: { schema: { type: 'object' } } },
    optionsRequired: true,
    run(value, options, context) {
      if (value === undefined) return [];
      const validate = schemaValidators.get(options.schema as object);
      if (!validate) throw new Error('the schema of this rule was not compiled');
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => ({
        message: t('customRules.function.schema', { property: context.property, problem: `${error.instancePath ? `${error.instancePath.slice(1).replace(/\//g, '.')} ` : ''}${error.message ?? ''}`.trim() }),
        path: pointerToPath(error.instancePath),
      }));
    },
  },
  dateNotBefore: dateFunction('notBefore'),
  dateNotAfter: dateFunction('notAfter'),
  references: {
    optionsSchema: { type: 'object', additionalProperties: false, required: ['list'], properties: { list: { type: 'string', pattern: '^\\$' } } },
    optionsRequired: true,
    run(value, options, context) {
      if (value === undefined || value === null) return [];
      const declared = new Set(queryPath(options.list as string, context.document).map((match) => match.value));
      const values = Array.isArray(value) ? value.map((item, index) => [[index], item] as const) : [[[], value] as const];
      return values
        .filter(([, item]) => !declared.has(item))
        .map(([path, item]) => ({ message: t('customRules.function.references', { property: context.property, value: shown(item), list: options.list }), path: [...path] }));
    },
  },
};

export const FUNCTION_NAMES = Object.keys(FUNCTIONS);
