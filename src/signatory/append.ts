import { isDeepStrictEqual } from 'node:util';
import { isMap } from 'yaml';
import { CompactError, LoadError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Finding } from '../findings.js';
import { parseCompactText, readCompactFile, STDIN, type LoadedCompact } from '../load/index.js';
import type { Compact, Signatory } from '../model/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { validate } from '../validate/index.js';
import { appendSignatoriesText } from './append-text.js';
import { duplicateProblem, signatoryProblems } from './check.js';

export interface AppendResult {
  file: string;
  /** True when the result is valid (and, unless a dry run, written). */
  ok: boolean;
  written: boolean;
  /** Problems with the result: schema findings and the signatory checks lint makes, with file:line:column. */
  findings: Finding[];
  /** The file's text with the entries added. */
  text: string;
  added: Signatory[];
}

/**
 * Reads a compact file to add signatories to, refusing (with its findings) one that cannot be read. Standard
 * input can only be read for a dry run: there is no file to write the result back to.
 */
export async function loadForAppend(file: string, options: { dryRun?: boolean }): Promise<LoadedCompact> {
  if (file === STDIN && !options.dryRun) {
    throw new CompactError(t('signatory.needsPath'));
  }
  const loaded = await loadForEdit(file);
  if (loaded.data === null || typeof loaded.data !== 'object' || Array.isArray(loaded.data)) {
    throw new CompactError(t('signatory.notCompact', { file: loaded.file }));
  }
  if (isMap(loaded.document.contents) && loaded.document.contents.flow) {
    throw new CompactError(t('signatory.flowStyle', { file: loaded.file, flow: '{…}' }));
  }
  return loaded;
}

/** Reads a compact file, refusing (with its findings) one that cannot be read. */
export async function loadForEdit(file: string): Promise<LoadedCompact> {
  const result = await readCompactFile(file);
  if (!result.ok) throw new LoadError(result.findings);
  return result.compact;
}

/**
 * Appends signatories to a loaded compact and checks the result: schema, the lint checks on each new entry
 * (declared party, organisationsnummer) and duplicates. Writes atomically unless `dryRun` or there is a problem.
 */
export async function appendSignatories(loaded: LoadedCompact, entries: readonly Signatory[], options: { dryRun?: boolean } = {}): Promise<AppendResult> {
  const before = ((loaded.data as Partial<Compact>).signatories ?? []) as Signatory[];
  const text = appendSignatoriesText(loaded.text, loaded.document, entries, loaded.file);
  const parsed = parseCompactText(text, loaded.file);
  if (!parsed.ok) throw new LoadError(parsed.findings);
  const after = parsed.compact;
  const data = after.data as Compact;
  if (!isDeepStrictEqual(data.signatories, [...before, ...entries]) || !isDeepStrictEqual(withoutSignatories(data), withoutSignatories(loaded.data as Compact))) {
    throw new CompactError(t('signatory.couldNotAdd', { file: loaded.file }));
  }
  const findings = [...validate(after), ...entryFindings(after, before.length, entries)];
  const ok = findings.every((finding) => finding.severity !== 'error');
  if (ok && !options.dryRun) await writeFileAtomic(loaded.file, text, { keepByteOrderMark: true });
  return { file: loaded.file, ok, written: ok && !options.dryRun, findings, text, added: [...entries] };
}

function withoutSignatories(compact: Compact): Record<string, unknown> {
  return Object.fromEntries(Object.entries(compact).filter(([key]) => key !== 'signatories'));
}

function entryFindings(compact: LoadedCompact, firstIndex: number, entries: readonly Signatory[]): Finding[] {
  const data = compact.data as Compact;
  const all = data.signatories ?? [];
  const findings: Finding[] = [];
  entries.forEach((entry, offset) => {
    const index = firstIndex + offset;
    const problems = signatoryProblems(entry, data);
    const duplicate = duplicateProblem(entry, all.slice(0, index));
    if (duplicate) problems.push(duplicate);
    for (const problem of problems) {
      const path = ['signatories', index, problem.field];
      findings.push({ ruleId: problem.ruleId, severity: 'error', message: problem.message, path, file: compact.file, ...compact.sourceMap.locate(path) });
    }
  });
  return findings;
}
