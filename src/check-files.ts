import { compareFindings, type Finding } from './findings.js';
import { readCompactFile, resolveInputs, type LoadedCompact, type LoadOptions, type ResolveOptions } from './load/index.js';

export interface FileResult {
  file: string;
  findings: Finding[];
}

export interface CheckFilesOptions extends LoadOptions, ResolveOptions {
  cwd?: string;
}

/**
 * Resolves paths, directories and globs, reads each file and runs `check` on the ones that load;
 * a file that cannot be read gets its read errors instead. One file's failure never stops the others.
 */
export async function checkFiles(
  inputs: readonly string[],
  check: (compact: LoadedCompact) => Finding[] | Promise<Finding[]>,
  options: CheckFilesOptions = {},
): Promise<FileResult[]> {
  return checkResolvedFiles(await resolveInputs(inputs, options.cwd, options), check, options);
}

/** `checkFiles` for a list that `resolveInputs` has already expanded. */
export async function checkResolvedFiles(
  files: readonly string[],
  check: (compact: LoadedCompact) => Finding[] | Promise<Finding[]>,
  options: LoadOptions = {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const path of files) {
    const loaded = await readCompactFile(path, options);
    if (!loaded.ok) {
      results.push({ file: loaded.file, findings: loaded.findings });
      continue;
    }
    const findings = await check(loaded.compact);
    results.push({ file: loaded.compact.file, findings: [...findings].sort(compareFindings) });
  }
  return results;
}

export function allFindings(results: readonly FileResult[]): Finding[] {
  return results.flatMap((result) => result.findings);
}
