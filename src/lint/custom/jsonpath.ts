import { pointerToPath, type JsonPath } from '../../findings.js';

export interface PathMatch {
  path: JsonPath;
  value: unknown;
}

/** Every node a JSONPath selects in `data`, with its path (filters run in jsonpath-plus's safe evaluator). */
export function queryPath(expression: string, data: unknown): PathMatch[] {
  // Required on first use, so that start-up does not load jsonpath-plus when no custom rule needs it.
  const { JSONPath } = require('jsonpath-plus') as typeof import('jsonpath-plus');
  const matches = JSONPath({ path: expression, json: data as object, resultType: 'all', eval: 'safe', wrap: true }) as { pointer: string; value: unknown }[];
  return matches.map((match) => ({ path: pointerToPath(match.pointer), value: match.value }));
}

/**
 * Why a JSONPath cannot be used, or undefined when it can. jsonpath-plus accepts some unfinished expressions
 * silently (`$.a[`), so brackets and parentheses are checked here and the expression is tried once on sample data.
 */
export function jsonPathProblem(expression: string): string | undefined {
  if (!expression.startsWith('$')) return 'it must start with $ (the root of the compact)';
  const closing: Record<string, string> = { '[': ']', '(': ')' };
  const open: string[] = [];
  let quote: string | undefined;
  for (const char of expression) {
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"') quote = char;
    else if (char === '[' || char === '(') open.push(closing[char]!);
    else if (char === ']' || char === ')') {
      if (open.pop() !== char) return `"${char}" closes nothing`;
    }
  }
  if (quote) return `a quote (${quote}) is not closed`;
  if (open.length > 0) return `"${open.at(-1)}" is missing`;
  try {
    queryPath(expression, { sample: [{ id: 'a' }] });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}
