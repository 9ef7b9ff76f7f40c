import { checkFiles, type CheckFilesOptions, type FileResult } from '../check-files.js';
import { validate } from './index.js';

/** Validates files, directories and globs against the schema, each file's findings with positions. */
export function validateFiles(inputs: readonly string[], options: CheckFilesOptions = {}): Promise<FileResult[]> {
  return checkFiles(inputs, validate, options);
}
