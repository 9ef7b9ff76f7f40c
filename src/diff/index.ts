export { diffCompacts } from './diff.js';
export { DEFAULT_THRESHOLD } from './defaults.js';
export { applyChanges } from './apply.js';
export { CHANGE_CLASSES, CHANGE_CLASS_NAMES, isChangeClass, levelAtLeast, type ChangeClass } from './classes.js';
export { groupChanges, type ChangeGroup } from './groups.js';
export { summarise, reachesLevel } from './summary.js';
export { similarity, wordDiff } from './text.js';
export { diffSources, loadDiffInputs, sourceLabel, type DiffInputOptions, type DiffSide, type DiffSource } from './inputs.js';
export { readAtRevision } from './git.js';
export { markChanges, redlineDocument } from './redline.js';
export {
  compareSources,
  compareGitExternal,
  parseGitExternalArguments,
  type CompareOptions,
  type Comparison,
  type GitExternalArguments,
  type GitExternalComparison,
} from './run.js';
export { diffFormatter, DIFF_FORMAT_NAMES, NO_CHANGES, type DiffFormatContext, type DiffFormatName, type DiffFormatter } from './format/index.js';
export type { Change, ChangeKind, ChangeLevel, DiffOptions, DiffResult, DiffSummary, EntryCounts, EntryType, WordChange } from './types.js';
