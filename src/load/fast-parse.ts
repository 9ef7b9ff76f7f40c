import { FAILSAFE_SCHEMA, load, Type, type LoadOptions as JsYamlOptions, type State } from 'js-yaml';
import type { BlockLines } from './block-lines.js';
import { readBlockYamlLines } from './block-yaml.js';
import { isNonTextScalar, resolvePlainScalar } from './core-scalars.js';
import { MAX_DEPTH } from './limits.js';
import { CONTROL_CHARACTER, isTextKey } from './reading-rules.js';

/** One implicit js-yaml type for all core scalars: the first pattern that matches decides, as in the `yaml` library. */
const coreScalar = new Type('tag:yaml.org,2002:core-scalar', {
  kind: 'scalar',
  resolve: isNonTextScalar,
  construct: resolvePlainScalar,
});

const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [coreScalar] });

/** Raised inside js-yaml's listener to leave the fast reading for the full one. */
class NotFast extends Error {}

/**
 * Text the fast reader leaves to the full one: anything that is not plain printable text (the full reader says
 * where a control character is), explicit tags and anchors (warnings and alias limits are the full reader's),
 * complex keys, directives and document markers, a comment right after a quote or bracket, tabs and lone carriage returns, and block scalars that keep their final
 * line breaks (`|+`) or say their indentation (`>2`), where the two readers have been seen to differ.
 */
const NOT_FAST = /\t|\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]|^\s*(?:\?(?:\s|$)|%|---|\.\.\.)|(?:^|[\s[{,])!|[|>][-+]?[1-9]|[|>][1-9]?\+|["'\]}]#/m;

/**
 * Reads a file's data without building the `yaml` library's Document: plain block YAML line by line, anything
 * else with js-yaml, about ten times faster than a Document; or gives up (undefined) wherever these readers could
 * differ from it: then the caller reads the file with `yaml`, which also reports every problem with its place. A
 * property test over generated YAML checks that whenever this gives data, it is exactly the data `yaml` gives and
 * `yaml` finds no problem.
 */
export function fastParse(text: string): { data: unknown; lines?: BlockLines } | undefined {
  return readBlockYamlLines(text) ?? readWithJsYaml(text);
}

/** js-yaml with the core schema, for the YAML the line reader leaves. */
function readWithJsYaml(text: string): { data: unknown } | undefined {
  if (NOT_FAST.test(text) || hasLongImplicitKey(text)) return undefined;
  const open: number[] = [];
  try {
    const data = load(text, <JsYamlOptions & { maxDepth: number }>{
      schema: CORE_SCHEMA,
      // Below the full reader's limit, so that a file it refuses as too deep is never read here.
      maxDepth: MAX_DEPTH - 5,
      // Anchors (alias limits, warnings) and flow collections over several lines (whose indentation the full
      // reader checks strictly) are the full reader's.
      listener(event: 'open' | 'close', state: State & { anchor?: string | null; kind?: string | null }) {
        if (event === 'open') {
          open.push(state.position);
          return;
        }
        const start = open.pop()!;
        if (state.anchor !== null && state.anchor !== undefined) throw new NotFast();
        if (state.kind === 'mapping' || state.kind === 'sequence') {
          const first = text.slice(start, state.position).trimStart()[0];
          if ((first === '[' || first === '{') && text.slice(start, state.position).includes('\n')) throw new NotFast();
        }
      },
    });
    // A compact is a mapping; anything else is for the full reader to report.
    const mapping = data !== null && typeof data === 'object' && !Array.isArray(data);
    return mapping && plainTextOnly(data) ? { data } : undefined;
  } catch {
    return undefined;
  }
}

/** A key both readers turn into the same text: a word, not a value of another type or a collection. */
const SIMPLE_KEY = /^[\p{L}_$-][\p{L}\p{N}_ .$-]*$/u;

/**
 * Whether every value is printable text and every mapping key a word: the full reader refuses control characters
 * with their place, and the readers turn keys that are numbers, booleans, null or collections into text in
 * different ways, so such files are left to the full reader.
 */
function plainTextOnly(data: unknown): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string' && CONTROL_CHARACTER.test(value)) return false;
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (!SIMPLE_KEY.test(key) || !isTextKey(key)) return false;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return true;
}

/** YAML allows an implicit key of at most 1024 characters, which js-yaml does not check: leave such lines to the full reader. */
function hasLongImplicitKey(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start >= 1000) {
      const indicator = text.slice(start, Math.min(end, start + 1001)).search(/:(?:\s|$)/);
      if (indicator === -1 || indicator >= 1000) return true;
    }
    start = end + 1;
  }
  return false;
}
