import { CompactError, type Finding } from '../../src/index.js';
import { INTERNAL_ERROR_RULE } from '../../src/lint/run-rules.js';

const SEVERITIES = new Set(['error', 'warning', 'info']);
/** How the tool words a failure that is its own bug: a documented error type, but never an acceptable outcome. */
const OWN_BUG = /bug in compact/;

export function fail(message: string): never {
  throw new Error(message);
}

/**
 * Every finding names the file, has a rule id, a severity and a message, and a range inside the text:
 * 1 ≤ line ≤ the number of lines, 1 ≤ column ≤ the line's length + 1, and an end at or after the start,
 * also inside the text. Lines are counted as the YAML parser counts them (line feeds), after a byte order mark.
 */
export function expectFindingsInside(findings: readonly Finding[], text: string, file: string): void {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const width = (line: number) => lines[line - 1]!.length + 1;
  for (const finding of findings) {
    const where = `${finding.ruleId} at ${finding.line}:${finding.column}–${finding.endLine}:${finding.endColumn} in a text of ${lines.length} lines ("${finding.message}")`;
    if (finding.file !== file) fail(`${where}: names the file ${JSON.stringify(finding.file)}, not ${JSON.stringify(file)}`);
    if (typeof finding.ruleId !== 'string' || finding.ruleId === '') fail(`${where}: has no rule id`);
    if (finding.ruleId === INTERNAL_ERROR_RULE) fail(`${where}: a lint rule crashed`);
    if (!SEVERITIES.has(finding.severity)) fail(`${where}: severity ${String(finding.severity)}`);
    if (typeof finding.message !== 'string' || finding.message.trim() === '') fail(`${where}: has no message`);
    if (!Array.isArray(finding.path)) fail(`${where}: has no path`);
    if (!Number.isInteger(finding.line) || finding.line < 1 || finding.line > lines.length) fail(`${where}: the line is outside the file`);
    if (!Number.isInteger(finding.column) || finding.column < 1 || finding.column > width(finding.line)) fail(`${where}: the column is outside the line`);
    if (!Number.isInteger(finding.endLine) || finding.endLine < finding.line || finding.endLine > lines.length) fail(`${where}: the end line is outside the file or before the start`);
    if (!Number.isInteger(finding.endColumn) || finding.endColumn < 1 || finding.endColumn > width(finding.endLine)) fail(`${where}: the end column is outside its line`);
    if (finding.endLine === finding.line && finding.endColumn < finding.column) fail(`${where}: ends before it starts`);
  }
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: CompactError };

/**
 * Runs `run`; a CompactError (or LoadError) is the documented way to refuse bad input and is returned. Anything
 * else thrown (a TypeError, a RangeError, a stack overflow), or a CompactError that calls itself a bug, fails.
 */
export async function attempt<T>(what: string, run: () => T | Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof CompactError && !OWN_BUG.test(error.message)) return { ok: false, error };
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return fail(`${what} threw instead of returning findings or a CompactError:\n${detail}`);
  }
}

/** Like `attempt`, for calls that must succeed on their input: any exception fails. */
export async function succeed<T>(what: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    return fail(`${what} threw on valid input:\n${detail}`);
  }
}

/**
 * A light check of rendered HTML (the hostile-input tests check it in depth): one whole document, and nothing
 * from the data turned into markup that runs code.
 */
export function expectInertHtml(html: string): void {
  if (!html.startsWith('<!DOCTYPE html>') || !html.trimEnd().endsWith('</html>')) fail('the HTML is not one whole document');
  const active = /<script|<iframe|<object|<embed|<[a-z][^>]*\son[a-z]+\s*=|(?:href|src)\s*=\s*["']?\s*javascript:/i.exec(html);
  if (active) fail(`the HTML holds active markup: ${html.slice(Math.max(0, active.index - 60), active.index + 60)}`);
}
