import Handlebars, { type HelperOptions } from 'handlebars';
import type { Language } from '../model/index.js';
import { closestMatch } from '../util/suggest.js';
import { HelperArgumentError, TemplateError } from './errors.js';
import { createHelpers } from './helpers.js';
import { PRECOMPILED } from './precompiled.js';
import { mergeStringTables, parseStringTable, type Strings, type StringTable } from './strings.js';
import type { TemplateFiles, TemplateSource } from './template-files.js';
import type { TemplateView } from './view.js';

type Render = (view: TemplateView) => string;

/** A template set compiled once: renders any number of views (one per signatory, say). */
export interface CompiledTemplates {
  render: Render;
  strings: Strings;
  style: string;
}

interface Located {
  loc?: { source?: string; start?: { line: number; column: number } };
}

/**
 * Compiles the main template and its partials in their own Handlebars instance, in strict mode, so that a
 * reference to an unknown field, a missing partial or a helper given a bad argument is an error naming the
 * template file and line.
 */
export function compileTemplates(files: TemplateFiles, lang: Language): CompiledTemplates {
  const strings = loadStrings(files.strings, lang);
  const hb = Handlebars.create();
  for (const [name, helper] of Object.entries(createHelpers(strings))) {
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const options = args.pop() as HelperOptions & Located;
      try {
        return helper.call(this, args, options);
      } catch (error) {
        if (!(error instanceof HelperArgumentError)) throw error;
        const start = options.loc?.start;
        throw new TemplateError(options.loc?.source ?? files.main.file, start?.line, start && start.column + 1, `{{${name}}} ${error.message}`);
      }
    });
  }
  const iterations = limitIterations(hb, files.main.file);
  const partialNames = [...files.partials.keys()];
  for (const [name, source] of files.partials) hb.registerPartial(name, compile(hb, source, partialNames));
  const main = compile(hb, files.main, partialNames);
  return {
    render: (view) => {
      iterations.reset();
      return main(view);
    },
    strings,
    style: files.style.text,
  };
}

/** Most `{{#each}}` iterations one render may run: far more than any compact needs, far fewer than loops nested over long lists. */
export const MAX_TEMPLATE_ITERATIONS = 1_000_000;

/** Wraps `{{#each}}` so that a render stops with a clear message once it has run MAX_TEMPLATE_ITERATIONS iterations. */
function limitIterations(hb: typeof Handlebars, mainFile: string): { reset: () => void } {
  let count = 0;
  const each = hb.helpers.each as (this: unknown, context: unknown, options: HelperOptions & Located) => unknown;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: HelperOptions & Located) {
    const body = options.fn;
    const counted = Object.assign((item: unknown, data?: unknown) => {
      if (++count > MAX_TEMPLATE_ITERATIONS) {
        const start = options.loc?.start;
        throw new TemplateError(options.loc?.source ?? mainFile, start?.line, start && start.column + 1, `{{#each}} has run more than ${MAX_TEMPLATE_ITERATIONS} times in one render; loops nested over the compact's lists grow too fast, so loop over each list once`);
      }
      return body(item, data as never);
    }, body);
    return each.call(this, context, { ...options, fn: counted });
  });
  return { reset: () => (count = 0) };
}

function compile(hb: typeof Handlebars, source: TemplateSource, partials: readonly string[]): Render {
  const template = precompiled(hb, source) ?? compileSource(hb, source, partials);
  return (view) => {
    try {
      return template(view, { allowProtoPropertiesByDefault: false });
    } catch (error) {
      throw runtimeError(source.file, error);
    }
  };
}

/**
 * A built-in template (or a user's file with the same text) from the specs built with the package: the same code
 * `compileSource` would make, without parsing and compiling it again. Built-in templates use only built-in
 * partials, which a user's folder can replace but never remove.
 */
function precompiled(hb: typeof Handlebars, source: TemplateSource): HandlebarsTemplateDelegate | undefined {
  const spec = PRECOMPILED.get(source.text);
  return spec && hb.template(spec(source.file));
}

function compileSource(hb: typeof Handlebars, source: TemplateSource, partials: readonly string[]): HandlebarsTemplateDelegate {
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source.text, { srcName: source.file });
  } catch (error) {
    throw parseError(source.file, error);
  }
  checkPartials(ast, source.file, partials);
  return hb.compile(ast, { strict: true, noEscape: true });
}

/** A partial that does not exist is reported where it is used, before anything is rendered. */
function checkPartials(ast: hbs.AST.Program, file: string, partials: readonly string[]): void {
  walk(ast, (node) => {
    if (node.type !== 'PartialStatement') return;
    const name = (node as hbs.AST.PartialStatement).name;
    if (name.type !== 'PathExpression') return;
    const wanted = (name as hbs.AST.PathExpression).original;
    if (wanted === '@partial-block' || partials.includes(wanted)) return;
    const suggestion = closestMatch(wanted, partials);
    const hint = suggestion ? `; did you mean "${suggestion}"?` : `; the partials are ${partials.join(', ')}`;
    throw new TemplateError(file, node.loc.start.line, node.loc.start.column + 1, `the partial "${wanted}" does not exist (partials/${wanted}.hbs)${hint}`);
  });
}

function walk(node: unknown, visit: (node: hbs.AST.Node) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if ('type' in node && 'loc' in node) visit(node as hbs.AST.Node);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc') walk(value, visit);
}

function parseError(file: string, error: unknown): TemplateError {
  if (error instanceof RangeError) return new TemplateError(file, undefined, undefined, 'cannot parse it: its blocks are nested too deeply to be read; a template needs only a few levels', error);
  const message = error instanceof Error ? error.message : String(error);
  const line = /(?:Parse|Lexical) error on line (\d+)/.exec(message)?.[1];
  const reason = message.split('\n').at(-1) ?? message;
  return new TemplateError(file, line === undefined ? lineOf(error) : Number(line), undefined, `cannot parse it: ${reason}`, error);
}

function runtimeError(file: string, error: unknown): Error {
  if (error instanceof TemplateError) return error;
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return new TemplateError(file, undefined, undefined, 'the templates call themselves without end (a partial that includes itself, directly or through another partial); stop the recursion with an {{#if}}', error);
  }
  const message = (error instanceof Error ? error.message : String(error)).replace(/ - \d+:\d+$/, '');
  const column = (error as { column?: number }).column;
  const unknownField = /^"(.+)" not defined in/.exec(message)?.[1];
  if (unknownField !== undefined) {
    return new TemplateError(file, lineOf(error), column === undefined ? undefined : column + 1, `unknown field "${unknownField}"; guard an optional field with {{#if ${unknownField}}} and check the spelling against the compact schema`, error);
  }
  const missingProperty = /Cannot read properties of (?:undefined|null) \(reading '(.+)'\)/.exec(message)?.[1];
  if (missingProperty !== undefined) {
    return new TemplateError(file, lineOf(error), undefined, `cannot read "${missingProperty}" of a field that is not there; guard it with {{#if …}}`, error);
  }
  return new TemplateError(file, lineOf(error), column === undefined ? undefined : column + 1, message, error);
}

function lineOf(error: unknown): number | undefined {
  const line = (error as { lineNumber?: unknown }).lineNumber;
  return typeof line === 'number' ? line : undefined;
}

function loadStrings(sources: readonly TemplateSource[], lang: Language): Strings {
  let table: StringTable = {};
  for (const source of sources) {
    try {
      table = mergeStringTables(table, parseStringTable(source.text));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new TemplateError(source.file, lineOf(error) ?? (error as { linePos?: { line: number }[] }).linePos?.[0]?.line, undefined, `cannot read the labels: ${reason}`, error);
    }
  }
  return { files: sources.map((source) => source.file), table, lang };
}
