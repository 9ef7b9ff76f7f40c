import { RULES } from '../rules/index.js';
import type { Rule } from '../types.js';
import { createConfigFinder } from './load-config.js';
import type { LoadedConfig } from './types.js';

export { CONFIG_FILES } from './load-config.js';

/** Reads and checks a config file (YAML, JSON, or package.json's "compact" key); a problem is a CompactError with file:line:column. */
export function loadConfig(file: string, registry: readonly Rule<any>[] = RULES): Promise<LoadedConfig> {
  return createConfigFinder(registry).load(file);
}

/** The config file that applies to a compact file: the nearest in its folder or above; undefined when there is none. */
export function findConfig(file: string, registry: readonly Rule<any>[] = RULES): Promise<LoadedConfig | undefined> {
  return createConfigFinder(registry).search(file);
}
