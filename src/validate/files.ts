import { checkInWorkers, workerCount } from '../batch/pool.js';
import { checkResolvedFiles, type CheckFilesOptions, type FileResult } from '../check-files.js';
import { resolveInputs } from '../load/index.js';
import { validate } from './index.js';

export interface ValidateFilesOptions extends CheckFilesOptions {
  /** Worker threads for a large batch; by default, on four cores or more, one per 150 files from 300 files on, up to one less than the cores; 0 for none. */
  workers?: number;
}

/** Validates files, directories and globs against the schema, each file's findings with positions. */
export async function validateFiles(inputs: readonly string[], options: ValidateFilesOptions = {}): Promise<FileResult[]> {
  const files = await resolveInputs(inputs, options.cwd, options);
  const workers = workerCount(files.length, options.workers);
  const here = (share: string[]) => checkResolvedFiles(share, validate, options);
  if (workers === 0) return here(files);
  const { workers: _, ...plain } = options;
  return checkInWorkers({ kind: 'validate', options: plain as Record<string, unknown> }, files, workers, here);
}
