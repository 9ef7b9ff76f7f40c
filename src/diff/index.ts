export { diffCompacts, DEFAULT_THRESHOLD } from './diff.js';
export { applyChanges } from './apply.js';
export { CHANGE_CLASSES, CHANGE_CLASS_NAMES, isChangeClass, levelAtLeast, type ChangeClass } from './classes.js';
export { groupChanges, type ChangeGroup } from './groups.js';
export { summarise } from './summary.js';
export { similarity, wordDiff } from './text.js';
export type { Change, ChangeKind, ChangeLevel, DiffOptions, DiffResult, DiffSummary, EntryCounts, EntryType, WordChange } from './types.js';
