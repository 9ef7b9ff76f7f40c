import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, join, resolve } from 'node:path';
import { CompactError } from '../../errors.js';
import type { JsonPath } from '../../findings.js';
import { t } from '../../i18n/index.js';
import { parseCompactText, type SourceMap } from '../../load/index.js';
import { displayPath } from '../../report/paths.js';
import { importFile } from '../../util/import-module.js';
import { closestMatch } from '../../util/suggest.js';
import { compileDefinition, definitionLevel, isDeclarativeDefinition } from '../custom/declarative.js';
import { setRuleOrigin } from '../custom/origin.js';
import type { Rule } from '../types.js';
import { asLintConfig, checkConfigShape, checkRuleIds, type ConfigProblem } from './check-config.js';
import { configError } from './load-config.js';
import { checkPluginModule } from './plugins.js';
import { PRESETS, type LintConfig, type Preset, type RuleSetting } from './types.js';

/** One step of the resolved config: a preset, a config's `rules`, or one of its `overrides`. */
export interface RuleLayer {
  /** Where it comes from, as `--print-config` shows it: `recommended`, `.compactrc.yaml`, `.compactrc.yaml overrides[0]`. */
  source: string;
  preset?: Preset;
  rules: Record<string, RuleSetting>;
  /** Where each entry of `rules` is written (`file:line:column`). */
  origins: Record<string, string>;
  /** For an override: the globs, relative to `base` (the folder of the config that wrote them). */
  files?: string[];
  base?: string;
}

export interface IgnoreList {
  patterns: string[];
  base: string;
}

/** A config with its `extends` and `plugins` loaded: the rules it knows and the layers that set them, in order. */
export interface ResolvedConfig {
  /** The config file (absent for a config given as an object, or the default). */
  file?: string;
  /** The built-in rules and every plugin and declarative rule of the config and the configs it extends. */
  registry: Rule<any>[];
  /** Where each rule that is not built in was defined. */
  ruleSources: Record<string, string>;
  layers: RuleLayer[];
  ignores: IgnoreList[];
  /** Each config that was extended, as named and as found. */
  extended: { name: string; file: string; by: string }[];
  plugins: { name: string; file: string; by: string }[];
}

interface Place {
  /** The config file, absolute. */
  file: string;
  /** How it is shown in messages (relative to the working folder). */
  shown: string;
  sourceMap?: SourceMap;
  prefix: JsonPath;
}

interface ResolveContext {
  builtins: readonly Rule<any>[];
  cwd: string;
  /** Configs being resolved, to refuse a loop of `extends`. */
  chain: string[];
  pluginCache: Map<string, Promise<Record<string, unknown>>>;
}

/** The layers that turn the built-in preset `preset` on. */
function presetLayer(preset: Preset): RuleLayer {
  return { source: preset, preset, rules: {}, origins: {} };
}

/** The config used when no config file applies: the recommended rules. */
export function defaultResolvedConfig(builtins: readonly Rule<any>[]): ResolvedConfig {
  return { registry: [...builtins], ruleSources: {}, layers: [presetLayer('recommended')], ignores: [], extended: [], plugins: [] };
}

/**
 * Resolves a config file's data: each entry of `extends` (a preset, a file, a package) first, in order, then
 * its plugins, declarative rules, `rules` and `overrides`. Problems are CompactErrors with the config's file:line:column.
 */
export async function resolveConfigFile(
  file: string,
  data: unknown,
  options: { builtins: readonly Rule<any>[]; cwd: string; sourceMap?: SourceMap; prefix?: JsonPath; pluginCache?: Map<string, Promise<Record<string, unknown>>> },
): Promise<ResolvedConfig> {
  const context: ResolveContext = { builtins: options.builtins, cwd: options.cwd, chain: [], pluginCache: options.pluginCache ?? new Map() };
  const place: Place = { file, shown: displayPath(file, options.cwd), sourceMap: options.sourceMap, prefix: options.prefix ?? [] };
  const resolved = await resolveData(data, place, context);
  // Globs of overrides and ignores inherited through `extends` (a package in node_modules) match from the folder of
  // the config that uses them, as the config's own do.
  const folder = dirname(file);
  const layers = resolved.layers.map((layer) => (layer.files ? { ...layer, base: folder } : layer));
  const ignores = resolved.ignores.map((list) => ({ ...list, base: folder }));
  return { ...withDefaultPreset({ ...resolved, layers, ignores }), file };
}

/** A config given as an object (the `config` option of `lint`): presets and declarative rules, no files to load. */
export function resolveConfigObject(config: LintConfig, builtins: readonly Rule<any>[], cwd: string): ResolvedConfig {
  const place: Place = { file: join(cwd, '<config>'), shown: 'the lint config', prefix: [] };
  const shape = checkConfigShape(config);
  if (shape.length > 0) throw configError(place.shown, shape);
  const names = [...toList(config.extends), ...toList(config.plugins)];
  const fileNames = names.filter((name) => !PRESETS.includes(name as Preset));
  if (fileNames.length > 0) throw new CompactError(t('config.objectCannotLoad', { names: fileNames.join(', ') }));
  const base: ResolvedConfig = { registry: [...builtins], ruleSources: {}, layers: toList(config.extends).map((name) => presetLayer(name as Preset)), ignores: [], extended: [], plugins: [] };
  return withDefaultPreset(addOwnSettings(base, config, place, builtins));
}

function withDefaultPreset(resolved: ResolvedConfig): ResolvedConfig {
  if (resolved.layers.some((layer) => layer.preset)) return resolved;
  return { ...resolved, layers: [presetLayer('recommended'), ...resolved.layers] };
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function fail(place: Place, problems: ConfigProblem[]): never {
  throw configError(place.shown, problems, place.sourceMap, place.prefix);
}

function where(place: Place, path: JsonPath, at: 'key' | 'value' = 'value'): string {
  if (!place.sourceMap) return place.shown;
  const full = [...place.prefix, ...path];
  const range = at === 'key' ? place.sourceMap.locateKey(full) : place.sourceMap.locate(full);
  return `${place.shown}:${range.line}:${range.column}`;
}

async function resolveData(data: unknown, place: Place, context: ResolveContext): Promise<ResolvedConfig> {
  const shape = checkConfigShape(data);
  if (shape.length > 0) fail(place, shape);
  const config = asLintConfig(data);
  const folder = dirname(place.file);
  const result: ResolvedConfig = { registry: [...context.builtins], ruleSources: {}, layers: [], ignores: [], extended: [], plugins: [] };
  const extendsList = toList(config.extends);
  const extendsPath = (index: number): JsonPath => (Array.isArray((data as Record<string, unknown>).extends) ? ['extends', index] : ['extends']);
  for (const [index, name] of extendsList.entries()) {
    if (PRESETS.includes(name as Preset)) {
      result.layers.push(presetLayer(name as Preset));
      continue;
    }
    const found = resolveSpecifier(name, folder, 'config');
    if ('problem' in found) {
      const preset = name.includes('/') ? undefined : closestMatch(name, PRESETS);
      const message = preset ? t('config.extendsLikePreset', { name, preset, presets: PRESETS.join(', ') }) : found.problem;
      fail(place, [{ path: extendsPath(index), at: 'value', message }]);
    }
    if (context.chain.includes(found.file) || found.file === place.file) {
      fail(place, [{ path: extendsPath(index), at: 'value', message: t('config.extendsLoop', { name }) }]);
    }
    const parent = await loadExtended(found.file, name, place, extendsPath(index), context);
    merge(result, parent);
    result.extended.push({ name, file: found.file, by: where(place, extendsPath(index)) });
  }
  const pluginList = toList(config.plugins);
  for (const [index, name] of pluginList.entries()) {
    const path: JsonPath = Array.isArray((data as Record<string, unknown>).plugins) ? ['plugins', index] : ['plugins'];
    const found = resolveSpecifier(name, folder, 'plugin');
    if ('problem' in found) fail(place, [{ path, at: 'value', message: found.problem }]);
    let module: Record<string, unknown>;
    try {
      let loading = context.pluginCache.get(found.file);
      if (!loading) {
        loading = importFile(found.file);
        context.pluginCache.set(found.file, loading);
      }
      module = await loading;
    } catch (error) {
      fail(place, [{ path, at: 'value', message: t('config.pluginDoesNotLoad', { name, error: error instanceof Error ? error.message : String(error) }) }]);
    }
    const checked = checkPluginModule(module, name);
    if ('problem' in checked) fail(place, [{ path, at: 'value', message: checked.problem }]);
    for (const rule of checked.rules) {
      if (context.builtins.some((builtin) => builtin.meta.id === rule.meta.id)) {
        fail(place, [{ path, at: 'value', message: t('config.shadowsBuiltin', { rule: rule.meta.id, source: name }) }]);
      }
      setRuleOrigin(rule, displayPath(found.file, context.cwd));
      addRule(result, rule, `${name} (${displayPath(found.file, context.cwd)})`);
    }
    result.plugins.push({ name, file: found.file, by: where(place, path) });
  }
  return addOwnSettings(result, config, place, context.builtins);
}

/** The config's declarative rules, `rules` and `overrides` on top of what it extends and its plugins. */
function addOwnSettings(result: ResolvedConfig, config: LintConfig, place: Place, builtins: readonly Rule<any>[]): ResolvedConfig {
  const own: RuleLayer = { source: place.shown, rules: {}, origins: {} };
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (!isDeclarativeDefinition(entry)) continue;
    if (builtins.some((rule) => rule.meta.id === id)) fail(place, [{ path: ['rules', id], at: 'key', message: t('config.shadowsBuiltin', { rule: id, source: place.shown }) }]);
    const rule = compileDefinition(id, entry);
    setRuleOrigin(rule, where(place, ['rules', id], 'key'));
    addRule(result, rule, where(place, ['rules', id], 'key'));
    own.rules[id] = definitionLevel(entry);
    own.origins[id] = where(place, ['rules', id], 'key');
  }
  const problems = checkRuleIds(config, result.registry);
  if (problems.length > 0) fail(place, problems);
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (isDeclarativeDefinition(entry)) continue;
    own.rules[id] = entry;
    own.origins[id] = where(place, ['rules', id], 'key');
  }
  if (Object.keys(own.rules).length > 0) result.layers.push(own);
  const folder = dirname(place.file);
  (config.overrides ?? []).forEach((override, index) => {
    const rules = override.rules ?? {};
    const origins = Object.fromEntries(Object.keys(rules).map((id) => [id, where(place, ['overrides', index, 'rules', id], 'key')]));
    result.layers.push({ source: `${place.shown} overrides[${index}]`, rules, origins, files: override.files, base: folder });
  });
  if (config.ignores?.length) result.ignores.push({ patterns: config.ignores, base: folder });
  return result;
}

function addRule(result: ResolvedConfig, rule: Rule<any>, source: string): void {
  const index = result.registry.findIndex((known) => known.meta.id === rule.meta.id);
  if (index >= 0) result.registry[index] = rule;
  else result.registry.push(rule);
  result.ruleSources[rule.meta.id] = source;
}

function merge(into: ResolvedConfig, parent: ResolvedConfig): void {
  for (const rule of parent.registry) {
    if (into.registry.includes(rule)) continue;
    if (parent.ruleSources[rule.meta.id] !== undefined) addRule(into, rule, parent.ruleSources[rule.meta.id]!);
  }
  into.layers.push(...parent.layers);
  into.ignores.push(...parent.ignores);
  into.extended.push(...parent.extended);
  into.plugins.push(...parent.plugins);
}

const CONFIG_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.mjs', '.js', '.cjs']);

async function loadExtended(file: string, name: string, by: Place, path: JsonPath, context: ResolveContext): Promise<ResolvedConfig> {
  const extension = extname(file);
  if (!CONFIG_EXTENSIONS.has(extension)) fail(by, [{ path, at: 'value', message: t('config.extendsWrongKind', { name, file: displayPath(file, context.cwd) }) }]);
  const place: Place = { file, shown: displayPath(file, context.cwd), prefix: [] };
  let data: unknown;
  if (extension === '.json' || extension === '.yaml' || extension === '.yml') {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      fail(by, [{ path, at: 'value', message: t('config.extendsDoesNotLoad', { name, error: (error as Error).message }) }]);
    }
    const parsed = parseCompactText(text, file);
    if (!parsed.ok) throw new CompactError(parsed.findings.map((f) => `${place.shown}:${f.line}:${f.column}: ${f.message}`).join('\n'));
    data = parsed.compact.data;
    place.sourceMap = parsed.compact.sourceMap;
    if (file.endsWith('package.json')) {
      data = (data as Record<string, unknown> | null)?.compact;
      place.prefix = ['compact'];
    }
  } else {
    try {
      const module = await importFile(file);
      data = module.default ?? module;
    } catch (error) {
      fail(by, [{ path, at: 'value', message: t('config.extendsDoesNotLoad', { name, error: error instanceof Error ? error.message : String(error) }) }]);
    }
  }
  return resolveData(data, place, { ...context, chain: [...context.chain, by.file] });
}

/** A relative path (from `folder`) or a package name resolved as Node resolves it from that folder. */
export function resolveSpecifier(name: string, folder: string, kind: 'config' | 'plugin'): { file: string } | { problem: string } {
  if (name.startsWith('.') || isAbsolute(name)) {
    const file = resolve(folder, name);
    if (!existsSync(file)) return { problem: t(kind === 'config' ? 'config.extendsMissingFile' : 'config.pluginMissingFile', { name, file }) };
    return { file };
  }
  if (!/^(@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*(\/[^\s]+)?$/.test(name)) {
    return { problem: t('config.notAName', { name, kind: kind === 'config' ? 'extends' : 'plugins' }) };
  }
  const require = createRequire(join(folder, '__compact_config__.js'));
  try {
    return { file: require.resolve(name) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      const entry = importEntry(name, folder);
      if (entry) return { file: entry };
    }
    return { problem: t(kind === 'config' ? 'config.packageNotInstalled' : 'config.pluginNotInstalled', { name, folder }) };
  }
}

/** The `import` entry of a package whose `exports` offers no `require`: found in node_modules above `folder`. */
function importEntry(name: string, folder: string): string | undefined {
  for (let dir = folder; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name);
    if (existsSync(join(root, 'package.json'))) {
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports?: unknown; main?: string };
      const pick = (value: unknown): string | undefined => {
        if (typeof value === 'string') return value;
        if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          return pick(record['.'] ?? record.import ?? record.default ?? record.node);
        }
        return undefined;
      };
      const entry = pick(manifest.exports) ?? manifest.main ?? 'index.js';
      return resolve(root, entry);
    }
    if (dirname(dir) === dir) return undefined;
  }
}
