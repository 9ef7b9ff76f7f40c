// The public library calls each fuzz case goes through, each timed against the per-case bound and held to
// the properties every case must keep.
import { Chalk } from 'chalk';
import { isDeepStrictEqual } from 'node:util';
import {
  applyChanges,
  createRenderer,
  diffCompacts,
  diffFormatter,
  DIFF_FORMAT_NAMES,
  formatCompactText,
  formatNames,
  getFormatter,
  lint,
  parseCompactText,
  validate,
  type Compact,
  type DiffResult,
  type Finding,
  type Language,
  type LoadedCompact,
  type Renderer,
} from '../../src/index.js';
import { identities } from '../../src/diff/identity.js';
import { isAbsent } from '../../src/diff/walk.js';
import { pathsOf } from '../helpers/arbitrary-schema-compact.js';
import { FUZZ_TODAY } from './budget.js';
import { attempt, expectFindingsInside, expectInertHtml, fail, succeed } from './expectations.js';
import { timed } from './harness.js';

const FILE = 'fuzz/compact.yaml';
const NO_COLOR = new Chalk({ level: 0 });

export interface Checked {
  loaded?: LoadedCompact;
  /** No schema errors: the file is a compact that render, fmt and diff must handle without refusing. */
  valid: boolean;
}

/** Load, validate and lint never throw on any text, and their findings point inside it; the finding formatters print them. */
export async function checkLoadValidateLint(text: string): Promise<Checked> {
  const parsed = await timed('parseCompactText', () => succeed('parseCompactText', () => parseCompactText(text, FILE)));
  if (!parsed.ok) {
    if (parsed.findings.length === 0) fail('parseCompactText refused the text without a finding');
    expectFindingsInside(parsed.findings, text, FILE);
    await checkReports(parsed.findings);
    return { valid: false };
  }
  const loaded = parsed.compact;
  const validation = await timed('validate', () => succeed('validate', () => validate(loaded)));
  expectFindingsInside(validation, text, FILE);
  const linted = await timed('lint', () => succeed('lint', () => lint(loaded, { today: FUZZ_TODAY })));
  expectFindingsInside(linted, text, FILE);
  await checkReports(linted);
  return { loaded, valid: !validation.some((finding) => finding.severity === 'error') };
}

/** Every finding format prints any list of findings. */
async function checkReports(findings: readonly Finding[]): Promise<void> {
  for (const name of formatNames()) {
    const format = await getFormatter(name);
    const report = await timed(`the ${name} report`, () =>
      succeed(`the ${name} report`, () => format(findings, { files: [FILE], color: NO_COLOR, command: 'lint', cwd: '/', toolVersion: '0.0.0' })),
    );
    if (typeof report !== 'string') fail(`the ${name} report is not text`);
  }
}

const renderers = new Map<string, Promise<Renderer>>();

function rendererFor(format: 'md' | 'html', lang: Language): Promise<Renderer> {
  const key = `${format}:${lang}`;
  if (!renderers.has(key)) renderers.set(key, createRenderer({ format, lang }));
  return renderers.get(key)!;
}

/** Renders Markdown and HTML: whatever render is given (a valid compact, or what `render --force` keeps of one) renders. */
export async function checkRender(compact: Compact): Promise<void> {
  const lang: Language = compact.language === 'en' ? 'en' : 'sv';
  for (const format of ['md', 'html'] as const) {
    const renderer = await rendererFor(format, lang);
    const output = await timed(`render ${format}`, () => succeed(`render ${format}`, () => renderer.render(compact)));
    if (typeof output !== 'string' || output.length === 0) fail(`render ${format} gave no text`);
    if (format === 'html') expectInertHtml(output);
  }
}

/**
 * fmt never loses content: what it writes reads back as the same data, and formatting that again changes
 * nothing. A valid compact must be formatted; other text may be refused with a CompactError or LoadError.
 */
export async function checkFormat(text: string, data: unknown, valid: boolean): Promise<void> {
  const call = () => formatCompactText(text, FILE);
  const result = valid ? { ok: true as const, value: await timed('fmt', () => succeed('fmt', call)) } : await timed('fmt', () => attempt('fmt', call));
  if (!result.ok) return;
  const formatted = result.value.text;
  const reread = parseCompactText(formatted, FILE);
  if (!reread.ok) fail(`fmt wrote text that does not read back:\n${formatted}`);
  if (!isDeepStrictEqual(reread.compact.data, data)) fail(`fmt changed the data:\n--- before\n${text}\n--- after\n${formatted}`);
  const again = await timed('fmt of formatted text', () => succeed('fmt of formatted text', () => formatCompactText(formatted, FILE)));
  if (again.changed) fail(`fmt is not idempotent:\n--- once\n${formatted}\n--- twice\n${again.text}`);
}

/**
 * diff compares any two compacts. Valid ones: comparing one with itself finds nothing, and, when no list holds
 * two entries with the same identity (which lint reports), the changes from a to b applied to a give b (up to
 * empty values: diff takes a key holding null, [] or {} for a key that is not there). Others
 * (`diff --force`) may be refused with a CompactError, never with a crash. The diff formats print the result.
 */
export async function checkDiff(before: unknown, after: unknown, valid: boolean): Promise<void> {
  const call = () => diffCompacts(before as Compact, after as Compact);
  let result: DiffResult;
  if (valid) {
    result = await timed('diff', () => succeed('diff', call));
    const same = await timed('diff with itself', () => succeed('diff with itself', () => diffCompacts(before as Compact, structuredClone(before) as Compact)));
    if (same.changes.length > 0) fail(`a compact differs from itself: ${JSON.stringify(same.changes[0])}`);
    const patched = await timed('applyChanges', () => succeed('applyChanges', () => applyChanges(before as Compact, result.changes)));
    if (!hasRepeatedIdentities(before) && !hasRepeatedIdentities(after) && !isDeepStrictEqual(withoutEmpty(patched), withoutEmpty(after))) {
      fail('applying the changes from a to b to a does not give b');
    }
  } else {
    const attempted = await timed('diff', () => attempt('diff', call));
    if (!attempted.ok) return;
    result = attempted.value;
  }
  for (const name of DIFF_FORMAT_NAMES) {
    const format = diffFormatter(name);
    await timed(`the ${name} diff`, () => succeed(`the ${name} diff`, () => format(result, { color: NO_COLOR, beforeLabel: 'a.yaml', afterLabel: 'b.yaml' })));
  }
}

/** Does a list hold two entries with the same identity (two parties with one id, two revisions of one version, …)? */
function hasRepeatedIdentities(data: unknown): boolean {
  return pathsOf(data).some((path) => {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);
    return Array.isArray(value) && identities(value, path).some((identity) => /#\d+$/.test(identity));
  });
}

/** The value without the keys that hold null, an empty list or an empty mapping, at any depth. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, withoutEmpty(item)] as const);
  return Object.fromEntries(entries.filter(([, item]) => !isAbsent(item)));
}
