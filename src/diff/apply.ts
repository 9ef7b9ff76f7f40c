import { checkArray, checkCompactData } from '../api/arguments.js';
import { t } from '../i18n/index.js';
import type { JsonPath } from '../findings.js';
import { isRecord } from './identity.js';
import { applyRename, type RenamableList } from './renames.js';
import type { Change } from './types.js';
import { ownValue } from '../util/own-value.js';

const ABSENT = Symbol('absent');
type Built = unknown | typeof ABSENT;

/**
 * Applies change records (as `diffCompacts(a, b)` reports them) to `a`, giving `b`. Renames are applied
 * first, each with its citations; lists and mappings that end up empty are left out, since an empty list
 * and a missing one mean the same. `a` is not modified.
 */
export function applyChanges<T>(compact: T, changes: readonly Change[]): T {
  checkCompactData('applyChanges', t('api.argument.before'), compact);
  checkArray('applyChanges', 'changes', changes, t('api.diffChanges'));
  let document: unknown = structuredClone(compact);
  for (const change of changes) {
    if (change.kind !== 'renamed') continue;
    document = applyRename(document, { list: change.path[0] as RenamableList, from: String(change.before), to: String(change.after) });
  }
  const structural = changes.filter((change) => change.kind !== 'renamed');
  const result = build(document, [], structural);
  return (result === ABSENT ? {} : result) as T;
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function build(value: unknown, path: JsonPath, changes: readonly Change[]): Built {
  const here = changes.find((change) => change.path.length === path.length && change.kind !== 'moved');
  if (here) return here.kind === 'removed' ? ABSENT : structuredClone(here.after);
  const below = changes.filter((change) => change.path.length > path.length);
  if (below.length === 0) return value;
  const listed = Array.isArray(value) || below.some((change) => typeof change.path[path.length] === 'number');
  const result = listed ? buildList(Array.isArray(value) ? value : [], path, below) : buildMapping(isRecord(value) ? value : {}, path, below);
  return isEmpty(result) ? ABSENT : result;
}

function isEmpty(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : isRecord(value) && Object.keys(value).length === 0;
}

function buildMapping(mapping: Record<string, unknown>, path: JsonPath, changes: readonly Change[]): Record<string, unknown> {
  const result: Record<string, unknown> = { ...mapping };
  const keys = new Set(changes.map((change) => String(change.path[path.length])));
  for (const key of keys) {
    const childPath = [...path, key];
    const built = build(ownValue(mapping, key), childPath, changes.filter((change) => startsWith(change.path, childPath)));
    if (built === ABSENT) delete result[key];
    // Defined, not assigned: a key named __proto__ is data of the compact, never the object's prototype.
    else Object.defineProperty(result, key, { value: built, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

/**
 * Rebuilds a list: removed and moved entries leave their old places (before positions), added and moved
 * entries take their new places (after positions), and the entries that stayed fill the other places in
 * their old order.
 */
function buildList(list: readonly unknown[], path: JsonPath, changes: readonly Change[]): unknown[] {
  const depth = path.length + 1;
  const own = changes.filter((change) => change.path.length === depth && change.kind !== 'changed');
  const leaving = new Set<number>();
  const placed = new Map<number, { from: number } | { value: unknown }>();
  for (const change of own) {
    const index = change.path[path.length] as number;
    if (change.kind === 'removed') leaving.add(index);
    if (change.kind === 'added') placed.set(index, { value: structuredClone(change.after) });
    if (change.kind === 'moved') {
      leaving.add(change.before as number);
      placed.set(index, { from: change.before as number });
    }
  }
  const staying = list.map((_, index) => index).filter((index) => !leaving.has(index));
  const rest = changes.filter((change) => !own.includes(change));
  const result: unknown[] = [];
  let next = 0;
  const length = staying.length + placed.size;
  for (let index = 0; index < length; index++) {
    const slot = placed.get(index);
    if (slot && 'value' in slot) {
      result.push(slot.value);
      continue;
    }
    const from = slot ? slot.from : staying[next++]!;
    const childPath = [...path, index];
    const built = build(list[from], childPath, rest.filter((change) => startsWith(change.path, childPath)));
    if (built !== ABSENT) result.push(built);
  }
  return result;
}
