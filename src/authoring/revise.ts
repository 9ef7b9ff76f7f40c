import { t } from '../i18n/index.js';
import { checkObject, checkString } from '../api/arguments.js';
import { isScalar, isSeq, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { calendarDateProblem } from '../domain/date-problem.js';
import { addYears, earliestDay } from '../domain/dates.js';
import { diffCompacts } from '../diff/diff.js';
import type { DiffResult } from '../diff/types.js';
import { CompactError, LoadError } from '../errors.js';
import type { Compact } from '../model/index.js';
import { parseCompactText } from '../load/index.js';
import { readSource } from '../load/read-source.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { validateData } from '../validate/index.js';
import { insertPair, mapAt, setInSchemaOrder } from './schema-insert.js';
import { parseForEditing, stringifyDocument } from './yaml-edit.js';

export interface RevisionInput {
  /** The new revision's label, usually its year. */
  version: string;
  /** What changed. */
  summary: string;
  /** The body that adopted the revision (Kommunfullmäktige, …). */
  body: string;
  /** The day it was adopted, YYYY-MM-DD. */
  date: string;
  /** The case number (diarienummer) of the decision. */
  reference?: string;
}

export interface RevisedCompact {
  /** The new text of the file. */
  text: string;
  before: Compact;
  after: Compact;
  /** What the revision changes, as `compact diff` reports it. */
  diff: DiffResult;
}

/**
 * Records the adoption of a new revision: `version`, `status: adopted`, `adoption` (the previous reference
 * moves to `adoption.replaces`), `review.last_reviewed` (and `next_review`, when the file keeps one), a new
 * entry at the end of `revisions` and, when the file keeps a `decisions` list, the adopting decision at its end. Comments and the layout of the rest of the file are kept. Refuses a file that
 * is not a valid compact, a version already recorded, and a date before the previous adoption.
 */
export function reviseCompactText(text: string, revision: RevisionInput, file = '<input>'): RevisedCompact {
  checkString('reviseCompactText', 'text', text, t('api.compactYaml'));
  checkObject('reviseCompactText', 'revision', revision, t('api.objectSuchAs', { example: "{ version: '2026', body: 'Kommunfullmäktige', date: '2026-06-11' }" }));
  const editable = parseForEditing(text, file);
  const document = editable.document;
  const before = requireValid(text, file, 'original');
  checkRevision(before, revision, file);
  const root = document.contents as YAMLMap;
  setInSchemaOrder(document, root, [], 'version', revision.version);
  setInSchemaOrder(document, root, [], 'status', 'adopted');
  recordAdoption(document, root, revision);
  recordReview(document, root, before, revision, file);
  appendRevision(document, root, revision, before);
  appendAdoptionDecision(document, root, before, revision);
  const revised = stringifyDocument(editable);
  const after = requireValid(revised, file, 'revised');
  return { text: revised, before, after, diff: diffCompacts(before, after) };
}

/** Reads, revises and (unless `dryRun`) atomically rewrites a compact file. */
export async function reviseCompactFile(path: string, revision: RevisionInput, options: { dryRun?: boolean } = {}): Promise<RevisedCompact> {
  if (path === '-' && !options.dryRun) throw new CompactError(t('revise.stdin'));
  const source = await readSource(path);
  if (!source.ok) throw new LoadError(source.findings);
  if (source.text === '') throw new CompactError(t('fmt.notCompact', { file: source.file }));
  const revised = reviseCompactText(source.text, revision, source.file);
  if (!options.dryRun) await writeFileAtomic(path, revised.text, { keepByteOrderMark: true });
  return revised;
}

function checkRevision(compact: Compact, revision: RevisionInput, file: string): void {
  const dateProblem = calendarDateProblem('--date', String(revision.date));
  if (dateProblem) throw new CompactError(dateProblem);
  for (const [name, value] of [['--version', revision.version], ['--summary', revision.summary], ['--body', revision.body]] as const) {
    if (value.trim() === '') throw new CompactError(t('revise.empty', { name }));
  }
  if (revision.reference !== undefined && !/^\S(.*\S)?$/.test(revision.reference)) {
    throw new CompactError(t('revise.reference', { given: revision.reference }));
  }
  if ((compact.revisions ?? []).some((entry) => String(entry.version) === revision.version)) {
    throw new CompactError(t('revise.exists', { file, version: revision.version }));
  }
  const previous = [compact.adoption?.date, ...(compact.revisions ?? []).map((entry) => entry.date)].filter((date): date is string => !!date);
  const latest = previous.sort((a, b) => earliestDay(a).localeCompare(earliestDay(b))).at(-1);
  if (latest && revision.date < earliestDay(latest)) {
    throw new CompactError(t('revise.beforePrevious', { date: revision.date, latest, file }));
  }
}

function recordAdoption(document: Document, root: YAMLMap, revision: RevisionInput): void {
  const adoption = mapAt(document, root, [], 'adoption');
  const previousReference = adoption.get('reference', true);
  if (isScalar(previousReference) && typeof previousReference.value === 'string') {
    const referencePair = adoption.items.find((pair) => isScalar(pair.key) && pair.key.value === 'reference');
    adoption.delete('reference');
    const moved = new Scalar(previousReference.value);
    moved.commentBefore = joinComments(isScalar(referencePair?.key) ? referencePair.key.commentBefore : undefined, previousReference.commentBefore);
    moved.comment = previousReference.comment;
    replacesList(document, adoption).items.push(moved);
  }
  setInSchemaOrder(document, adoption, ['adoption'], 'body', revision.body);
  setInSchemaOrder(document, adoption, ['adoption'], 'date', revision.date);
  if (revision.reference !== undefined) setInSchemaOrder(document, adoption, ['adoption'], 'reference', revision.reference);
}

function replacesList(document: Document, adoption: YAMLMap): YAMLSeq {
  const found = adoption.get('replaces', true);
  if (isSeq(found)) {
    found.flow = false;
    return found;
  }
  const created = document.createNode([]) as YAMLSeq;
  insertPair(document, adoption, ['adoption'], 'replaces', created);
  return created;
}

function recordReview(document: Document, root: YAMLMap, before: Compact, revision: RevisionInput, file: string): void {
  const review = mapAt(document, root, [], 'review');
  setInSchemaOrder(document, review, ['review'], 'last_reviewed', revision.date);
  if (before.review?.next_review === undefined) return;
  const cycle = before.review.cycle_years;
  if (cycle === undefined) {
    throw new CompactError(t('revise.noCycle', { file }));
  }
  setInSchemaOrder(document, review, ['review'], 'next_review', addYears(revision.date, cycle));
}

function appendRevision(document: Document, root: YAMLMap, revision: RevisionInput, before: Compact): void {
  const entry = { version: revision.version, date: revision.date, summary: revision.summary };
  const replaced = (before.revisions ?? []).length === 0 ? replacedAdoption(before) : undefined;
  const entries = replaced ? [replaced, entry] : [entry];
  const found = root.get('revisions', true);
  if (isSeq(found)) {
    found.flow = false;
    for (const item of entries) found.items.push(document.createNode(item));
    return;
  }
  insertPair(document, root, [], 'revisions', document.createNode(entries));
}

/**
 * The history starts with the version being replaced: a compact adopted before it kept a revisions list has its
 * adoption recorded as the first entry, so the earlier adopted version does not vanish from the history.
 */
function replacedAdoption(before: Compact): { version: string; date: string; summary: string } | undefined {
  const adoption = before.adoption;
  if (!adoption?.date) return undefined;
  const version = before.version === undefined ? adoption.date.slice(0, 4) : String(before.version);
  const summary = t(adoption.body ? 'revise.firstAdoptedBy' : 'revise.firstAdopted', { body: adoption.body, reference: adoption.reference, hasReference: adoption.reference ? 'yes' : 'no' }, before.language);
  return { version, date: adoption.date, summary };
}

const ADOPTION_DECISION: Record<Compact['language'], (version: string) => string> = {
  sv: (version) => `Överenskommelsen antas i version ${version}.`,
  en: (version) => `The compact is adopted in version ${version}.`,
};

/** The decision that adopts the revision, in a file that records its decisions and does not list this one yet. */
function appendAdoptionDecision(document: Document, root: YAMLMap, before: Compact, revision: RevisionInput): void {
  const found = root.get('decisions', true);
  if (!isSeq(found)) return;
  if ((before.decisions ?? []).some((decision) => decision.date === revision.date && decision.body === revision.body)) return;
  const decision = {
    body: revision.body,
    date: revision.date,
    ...(revision.reference === undefined ? {} : { reference: revision.reference }),
    summary: ADOPTION_DECISION[before.language](revision.version),
  };
  found.flow = false;
  found.items.push(document.createNode(decision));
}

function requireValid(text: string, file: string, which: 'original' | 'revised'): Compact {
  const loaded = parseCompactText(text, file);
  if (!loaded.ok) throw new LoadError(loaded.findings);
  const findings = validateData(loaded.compact.data, loaded.compact.sourceMap, file);
  const first = findings[0];
  if (!first) return loaded.compact.data as Compact;
  const more = findings.length > 1 ? t('revise.more', { count: findings.length - 1 }) : '';
  if (which === 'original') {
    throw new CompactError(t('revise.invalidOriginal', { where: `${file}:${first.line}:${first.column}`, file, problem: `${first.message}${more}` }));
  }
  throw new CompactError(t('revise.invalidRevised', { file, problem: `${first.message}${more}` }));
}

function joinComments(...comments: (string | null | undefined)[]): string | undefined {
  const present = comments.filter((comment): comment is string => !!comment);
  return present.length > 0 ? present.join('\n') : undefined;
}
