import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { lilconfigSync, LilconfigResult } from 'lilconfig';
import { CompactError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import type { Finding, JsonPath } from '../../findings.js';
import { parseCompactText, type SourceMap } from '../../load/index.js';
import { decodeText } from '../../load/read-source.js';
import { displayPath } from '../../report/paths.js';
import { describeFsError } from '../../util/atomic-write.js';
import { commonJsExport } from '../../util/common-js.js';
import type { Rule } from '../types.js';
import { asLintConfig, checkConfigShape, type ConfigProblem } from './check-config.js';
import { resolveConfigFile, type ResolvedConfig } from './resolve-config.js';
import type { LoadedConfig } from './types.js';

/** Where a config is looked for in each folder, first match wins; package.json counts only with a "compact" key. */
export const CONFIG_FILES = ['.compactrc.yaml', '.compactrc.yml', '.compactrc.json', 'compact.config.json', 'compact.config.yaml', 'package.json'];
const PACKAGE_KEY = 'compact';

type Searcher = ReturnType<typeof lilconfigSync>;
const LOADABLE = new Set(['.yaml', '.yml', '.json']);

export interface ConfigFinder {
  /** The config that applies to a file: the nearest one in its folder or a folder above it. */
  search(file: string): Promise<LoadedConfig | undefined>;
  /** A config file named by the user. */
  load(file: string): Promise<LoadedConfig>;
}

interface FoundConfig {
  file: string;
  data: unknown;
  sourceMap?: SourceMap;
  prefix: JsonPath;
}

/**
 * Finds and checks config files. Searches are cached per folder, so linting many files under one
 * folder reads its config once. The YAML loader keeps source positions so that a problem is reported
 * with the config file's line and column.
 */
export function createConfigFinder(registry: readonly Rule<any>[], cwd: string = process.cwd()): ConfigFinder {
  const sourceMaps = new Map<string, SourceMap>();
  const findingsError = (filepath: string, findings: readonly Finding[]): CompactError =>
    new CompactError(findings.map((f) => `${displayPath(filepath, cwd)}:${f.line}:${f.column}: ${f.message}`).join('\n'));
  const loader = (filepath: string, lossyContent: string): unknown => {
    const content = configText(filepath, lossyContent);
    if (typeof content !== 'string') throw findingsError(filepath, content);
    if (basename(filepath) === 'package.json') {
      // Most package.json files on the way up carry no config: JSON.parse settles those without positions.
      const data = parsePlainJson(content);
      if (data !== undefined && !(typeof data === 'object' && data !== null && Object.hasOwn(data, PACKAGE_KEY))) return data;
    }
    const parsed = parseCompactText(content, filepath);
    if (!parsed.ok) throw findingsError(filepath, parsed.findings);
    sourceMaps.set(filepath, parsed.compact.sourceMap);
    return parsed.compact.data;
  };
  // The config library is loaded on the first search, so that commands which never lint do not pay for it.
  let explorer: Searcher | undefined;
  // Synchronous: a search asks about six names in every folder up to the root, and a stat answered at once costs
  // far less than one sent to the thread pool and awaited.
  const searcher = async (): Promise<Searcher> => (explorer ??= commonJsExport(await import('lilconfig'), 'lilconfigSync')('compact', {
    searchPlaces: CONFIG_FILES,
    packageProp: PACKAGE_KEY,
    loaders: { '.yaml': loader, '.yml': loader, '.json': loader },
    transform: (result: LilconfigResult) => {
      if (!result) return null;
      const isPackageJson = basename(result.filepath) === 'package.json';
      if (isPackageJson && result.config == null) return null;
      const prefix: JsonPath = isPackageJson ? [PACKAGE_KEY] : [];
      const problems = checkConfigShape(result.config);
      const sourceMap = sourceMaps.get(result.filepath);
      if (problems.length > 0) throw configError(displayPath(result.filepath, cwd), problems, sourceMap, prefix);
      return { config: { file: result.filepath, data: result.config, sourceMap, prefix } satisfies FoundConfig, filepath: result.filepath };
    },
  }));
  // Each config file is resolved (its extends and plugins loaded) once, however many files it applies to.
  const resolvedByFile = new Map<string, Promise<LoadedConfig>>();
  const pluginCache = new Map<string, Promise<Record<string, unknown>>>();
  const resolveFound = (found: FoundConfig): Promise<LoadedConfig> => {
    let resolved = resolvedByFile.get(found.file);
    if (!resolved) {
      resolved = resolveConfigFile(found.file, found.data, { builtins: registry, cwd, sourceMap: found.sourceMap, prefix: found.prefix, pluginCache }).then(
        (config: ResolvedConfig) => ({ file: found.file, config: asLintConfig(found.data), resolved: config }),
      );
      resolvedByFile.set(found.file, resolved);
    }
    return resolved;
  };
  return {
    async search(file) {
      const result = (await searcher()).search(resolve(cwd, file, '..'));
      const found = result?.config as FoundConfig | undefined;
      return found ? resolveFound(found) : undefined;
    },
    async load(file) {
      const path = resolve(cwd, file);
      if (!LOADABLE.has(extname(path))) {
        throw new CompactError(t('config.wrongFileKind', { file }));
      }
      let result: LilconfigResult;
      try {
        result = (await searcher()).load(path);
      } catch (error) {
        if (error instanceof CompactError) throw error;
        throw new CompactError(t('config.unreadable', { file, problem: describeFsError(error) }), { cause: error });
      }
      const found = result?.config as FoundConfig | undefined;
      if (!found) throw new CompactError(t('config.noPackageKey', { file, key: PACKAGE_KEY }));
      return resolveFound(found);
    },
  };
}

/** A CompactError that lists each problem as file:line:column. */
export function configError(file: string, problems: readonly ConfigProblem[], sourceMap?: SourceMap, prefix: JsonPath = []): CompactError {
  const lines = problems.map((problem) => {
    if (!sourceMap) return `${file}: ${problem.message}`;
    const path = [...prefix, ...problem.path];
    const range = problem.at === 'key' ? sourceMap.locateKey(path) : sourceMap.locate(path);
    return `${file}:${range.line}:${range.column}: ${problem.message}`;
  });
  return new CompactError(lines.join('\n'));
}

/**
 * The text of a config file, or why it is not UTF-8 text. lilconfig hands over the bytes decoded as UTF-8, with
 * U+FFFD for what is not UTF-8 (a UTF-16 byte order mark, Windows-1252 letters): only then are the bytes read
 * again and checked as a compact file's are, so that the same encodings get the same messages.
 */
function configText(filepath: string, lossyContent: string): string | Finding[] {
  if (!lossyContent.includes('\uFFFD') && !lossyContent.includes('\0')) return lossyContent;
  const decoded = decodeText(filepath, readFileSync(filepath));
  return decoded.ok ? decoded.text : decoded.findings;
}

function parsePlainJson(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return undefined;
  }
}
