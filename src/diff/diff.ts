import { checkCompactData, checkObject } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import { CompactError } from '../errors.js';
import type { JsonPath } from '../findings.js';
import type { Compact } from '../model/index.js';
import type { ChangeClass } from './classes.js';
import { levelOf } from './classes.js';
import { classify, PROSE_FIELDS } from './classify.js';
import { DEFAULT_THRESHOLD } from './defaults.js';
import { describe } from './describe.js';
import { groupRank } from './groups.js';
import { entryAt, isRecord, keyedList } from './identity.js';
import { applyRename, detectRenames, type Rename } from './renames.js';
import { summarise } from './summary.js';
import { wordDiff } from './text.js';
import type { Change, DiffOptions, DiffResult } from './types.js';
import { walk, type RawChange } from './walk.js';

const RENAME_CLASSES: Record<Rename['list'], ChangeClass> = {
  parties: 'party-renamed',
  principles: 'principle-renamed',
  commitments: 'commitment-renamed',
};

/**
 * What changed from one revision of a compact to the next, as classified change records. Entries are
 * matched by identity (id, term, party and organisation, version …), never by position.
 */
export function diffCompacts(before: Compact, after: Compact, options: DiffOptions = {}): DiffResult {
  checkCompactData('diffCompacts', t('api.argument.before'), before);
  checkCompactData('diffCompacts', t('api.argument.after'), after);
  checkObject('diffCompacts', 'options', options, t('api.objectSuchAs', { example: '{ threshold: 0.8 }' }), true);
  assertSameFormat(before, after);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new CompactError(t('diff.thresholdRange', { threshold: String(threshold) }));
  const language = languageOf(after) ?? languageOf(before) ?? 'sv';

  const renames = detectRenames(before, after, threshold, language);
  const renamed = renames.reduce<unknown>((document, rename) => applyRename(document, rename), before);
  const changes = [
    ...renames.map((rename) => renameChange(rename, after)),
    ...walk(renamed, after).map((raw) => toChange(raw, after, language)),
  ];
  const ignored = new Set(options.ignore ?? []);
  const areas = [...new Set(changes.map((change) => String(change.path[0])))];
  const area = (change: Change) => areas.indexOf(String(change.path[0]));
  const kept = changes
    .map((change, index) => ({ change, index }))
    .sort(
      (a, b) =>
        groupRank(a.change) - groupRank(b.change) ||
        area(a.change) - area(b.change) ||
        entryIndex(a.change) - entryIndex(b.change) ||
        a.index - b.index,
    )
    .map(({ change }) => change)
    .filter((change) => !ignored.has(change.class));
  return { changes: kept, summary: summarise(kept) };
}

/** Two files of different format versions cannot be compared field by field. */
function assertSameFormat(before: unknown, after: unknown): void {
  const from = isRecord(before) ? before.compact : undefined;
  const to = isRecord(after) ? after.compact : undefined;
  if (from !== undefined && to !== undefined && from !== to) {
    throw new CompactError(t('diff.differentFormats', { from: String(from), to: String(to) }));
  }
}

function languageOf(document: unknown): string | undefined {
  return isRecord(document) && typeof document.language === 'string' ? document.language : undefined;
}

function renameChange(rename: Rename, after: unknown): Change {
  const list = isRecord(after) && Array.isArray(after[rename.list]) ? (after[rename.list] as unknown[]) : [];
  const index = list.findIndex((entry) => isRecord(entry) && entry.id === rename.to);
  const changeClass = RENAME_CLASSES[rename.list];
  const entry = entryAt([rename.list, index], after);
  const change: Omit<Change, 'message'> = {
    kind: 'renamed',
    path: [rename.list, index, 'id'],
    before: rename.from,
    after: rename.to,
    class: changeClass,
    level: levelOf(changeClass),
    ...(entry ? { entry: { type: entry.type, id: entry.id } } : {}),
  };
  return { ...change, message: describe(change, after) };
}

function toChange(raw: RawChange, after: unknown, language: string): Change {
  const changeClass = classify(raw);
  const change: Omit<Change, 'message'> = { ...raw, class: changeClass, level: levelOf(changeClass) };
  const entry = entryOf(raw, after);
  if (entry) change.entry = entry;
  const field = raw.path[raw.path.length - 1];
  if (raw.kind === 'changed' && typeof raw.before === 'string' && typeof raw.after === 'string' && typeof field === 'string' && PROSE_FIELDS.has(field)) {
    change.text = wordDiff(raw.before, raw.after, language);
  }
  return { ...change, message: describe(change, after) };
}

function entryOf(raw: RawChange, after: unknown): Change['entry'] {
  const last = raw.path[raw.path.length - 1];
  if (raw.kind === 'removed' && typeof last === 'number') {
    const spec = keyedList(raw.path.slice(0, -1));
    if (spec && isRecord(raw.before)) return { type: spec.type, id: spec.label(raw.before) };
    const found = entryAt(raw.path.slice(0, -1), after);
    return found && { type: found.type, id: found.id };
  }
  const found = entryAt(raw.path, after);
  return found && { type: found.type, id: found.id };
}

function entryIndex(change: Change): number {
  const index: JsonPath[number] | undefined = change.path[1];
  return typeof index === 'number' ? index : -1;
}
