import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { IgnoreList } from './config/resolve-config.js';

/** Files of ignore patterns read in each folder from the file's folder up to the root of its git repository. */
export const IGNORE_FILES = ['.gitignore', '.compactignore'];

export interface IgnoreChecker {
  /** Whether linting a folder skips `file` (absolute): the config's `ignores`, `.compactignore` and `.gitignore`. */
  ignored(file: string, configIgnores: readonly IgnoreList[]): Promise<boolean>;
}

export function createIgnoreChecker(): IgnoreChecker {
  const byFolder = new Map<string, Ignore | null>();
  const folderRules = (folder: string): Ignore | null => {
    if (byFolder.has(folder)) return byFolder.get(folder)!;
    let rules: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      const path = join(folder, name);
      if (!existsSync(path)) continue;
      rules ??= newIgnore();
      rules.add(readFileSync(path, 'utf8'));
    }
    byFolder.set(folder, rules);
    return rules;
  };
  const configRules = new WeakMap<IgnoreList, Ignore>();
  return {
    async ignored(file, configIgnores) {
      for (const list of configIgnores) {
        const path = portable(relative(list.base, file));
        if (path.startsWith('../')) continue;
        let rules = configRules.get(list);
        if (!rules) configRules.set(list, (rules = newIgnore().add(list.patterns)));
        if (rules.ignores(path)) return true;
      }
      for (let folder = dirname(file); ; folder = dirname(folder)) {
        const rules = folderRules(folder);
        if (rules?.ignores(portable(relative(folder, file)))) return true;
        if (existsSync(join(folder, '.git')) || dirname(folder) === folder) return false;
      }
    },
  };
}

function portable(path: string): string {
  return path.split(sep).join('/');
}

/** Required on first use: a run with no ignore file and no `ignores` never loads the library. */
function newIgnore(): Ignore {
  const ignore = require('ignore') as typeof import('ignore');
  return ignore();
}
