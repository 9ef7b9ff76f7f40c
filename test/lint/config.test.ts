import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompactError } from '../../src/errors.js';
import { loadConfig } from '../../src/lint/config/index.js';
import { lintFiles } from '../../src/lint/index.js';
import { compactText, FAKE_RULES } from './fake-rules.js';

const registry = FAKE_RULES;

/** A temporary folder with the given files (paths may have folders). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'compact-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

async function severities(root: string, inputs: string[] = ['.'], options: Parameters<typeof lintFiles>[1] = {}) {
  const results = await lintFiles(inputs.map((input) => join(root, input)), { cwd: root, today: '2025-03-01', registry, ...options });
  return Object.fromEntries(results.map((r) => [r.file.replace(`${root}/`, ''), r.findings.map((f) => `${f.ruleId}:${f.severity}`)]));
}

async function configProblem(files: Record<string, string>, configFile?: string): Promise<string> {
  const root = tree({ 'a.yaml': compactText(), ...files });
  try {
    await lintFiles([join(root, 'a.yaml')], { cwd: root, registry, ...(configFile ? { configFile } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(CompactError);
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

const SHORT = compactText({ principleTitle: 'Di' });

describe('config files', () => {
  it.each([
    ['.compactrc.yaml', 'rules:\n  short-title: error\n'],
    ['.compactrc.yml', 'rules:\n  short-title: error\n'],
    ['.compactrc.json', '{ "rules": { "short-title": "error" } }\n'],
    ['compact.config.json', '{\n\t"rules": { "short-title": ["error", { "min": 3 }] }\n}\n'],
    ['compact.config.yaml', 'extends: recommended\nrules:\n  short-title: [error]\n'],
    ['package.json', '{ "name": "x", "compact": { "rules": { "short-title": "error" } } }\n'],
  ])('reads %s', async (name, content) => {
    const root = tree({ [name]: content, 'a.yaml': SHORT });
    expect(await severities(root, ['a.yaml'])).toEqual({ 'a.yaml': ['short-title:error'] });
  });

  it('walks up from each file to the nearest config; a package.json without a "compact" key does not count', async () => {
    const root = tree({
      '.compactrc.yaml': 'extends: strict\n',
      'top.yaml': SHORT,
      'team/package.json': '{ "name": "team" }\n',
      'team/deep/nested/a.yaml': SHORT,
      'other/.compactrc.json': '{ "rules": { "short-title": "off" } }',
      'other/b.yaml': SHORT,
    });
    expect(await severities(root)).toEqual({
      'other/b.yaml': [],
      'team/deep/nested/a.yaml': ['draft-status:info', 'short-title:warning'],
      'top.yaml': ['draft-status:info', 'short-title:warning'],
    });
  });

  it('prefers .compactrc.yaml over package.json in the same folder', async () => {
    const root = tree({
      '.compactrc.yaml': 'rules:\n  short-title: info\n',
      'package.json': '{ "compact": { "rules": { "short-title": "error" } } }',
      'a.yaml': SHORT,
    });
    expect(await severities(root)).toEqual({ 'a.yaml': ['short-title:info'] });
  });

  it('uses --config for every file, and ignores config files with useConfigFile: false', async () => {
    const root = tree({ '.compactrc.yaml': 'rules:\n  short-title: off\n', 'ci.yaml.d/strict.json': '{ "extends": "strict" }', 'a.yaml': SHORT });
    expect(await severities(root, ['a.yaml'], { configFile: join(root, 'ci.yaml.d/strict.json') })).toEqual({ 'a.yaml': ['draft-status:info', 'short-title:warning'] });
    expect(await severities(root, ['a.yaml'], { useConfigFile: false })).toEqual({ 'a.yaml': ['short-title:warning'] });
    expect(await severities(root, ['a.yaml'], { useConfigFile: false, config: { rules: { 'short-title': 'error' } } })).toEqual({ 'a.yaml': ['short-title:error'] });
  });

  it('treats an empty config file as the defaults', async () => {
    const root = tree({ '.compactrc.yaml': '# nothing yet\n', 'a.yaml': SHORT });
    expect(await severities(root)).toEqual({ 'a.yaml': ['short-title:warning'] });
  });
});

describe('config errors name the file, line and column', () => {
  it('an unknown rule id, with the closest id suggested', async () => {
    const message = await configProblem({ '.compactrc.yaml': 'extends: recommended\nrules:\n  short-titel: error\n' });
    expect(message).toBe('.compactrc.yaml:3:3: unknown rule "short-titel"; did you mean "short-title"?; `compact rules` lists the rules');
  });

  it('a bad level', async () => {
    const message = await configProblem({ '.compactrc.yaml': 'rules:\n  short-title: warn\n' });
    expect(message).toBe('.compactrc.yaml:2:16: the level of rule short-title must be one of off, info, warning, error (got "warn"; did you mean "warning"?)');
    const inList = await configProblem({ '.compactrc.json': '{\n  "rules": {\n    "short-title": ["fatal", {}]\n  }\n}\n' });
    expect(inList).toMatch(/^\.compactrc\.json:3:21: the level of rule short-title must be one of off, info, warning, error \(got "fatal"\)$/);
  });

  it('bad options, checked against the rule\'s options schema', async () => {
    const message = await configProblem({ 'compact.config.yaml': 'rules:\n  short-title:\n    - error\n    - min: 0\n      mni: 2\n' });
    expect(message.split('\n')).toEqual([
      'compact.config.yaml:5:7: unknown option "mni" for rule short-title; did you mean "min"?; it takes min',
      'compact.config.yaml:4:12: option min of rule short-title must be >= 1',
    ]);
  });

  it('an unknown top-level key and a bad extends', async () => {
    const message = await configProblem({ '.compactrc.yaml': 'extend: strict\n' });
    expect(message).toBe('.compactrc.yaml:1:1: unknown key "extend" in the config; did you mean "extends"?; a config has extends, plugins, rules, overrides, ignores, lang');
    const preset = await configProblem({ '.compactrc.yaml': 'extends: strikt\n' });
    expect(preset).toBe('.compactrc.yaml:1:10: extends strikt is neither a preset (recommended, strict) nor an installed package; did you mean "strict"?');
  });

  it('inside package.json, at the line of the "compact" key\'s entry', async () => {
    const message = await configProblem({ 'package.json': '{\n  "name": "x",\n  "compact": {\n    "rules": { "nope": "error" }\n  }\n}\n' });
    expect(message).toBe('package.json:4:16: unknown rule "nope"; `compact rules` lists the rules');
  });

  it('a config that is not well-formed YAML or JSON', async () => {
    const message = await configProblem({ '.compactrc.json': '{ "rules": { "short-title": "error" }\n' });
    expect(message).toMatch(/^\.compactrc\.json:\d+:\d+: /);
  });

  it('a --config file that is missing, of an unknown kind, or a package.json without the key', async () => {
    expect(await configProblem({}, 'missing.yaml')).toBe('cannot read the config missing.yaml: no such file or directory');
    expect(await configProblem({ 'rc.toml': 'x = 1' }, 'rc.toml')).toMatch(/^cannot use rc\.toml as a config: write it as YAML/);
    expect(await configProblem({ 'package.json': '{}' }, 'package.json')).toBe('package.json has no "compact" key to read the config from');
  });

  it('loadConfig returns the checked config and its file', async () => {
    const root = tree({ 'rc.yaml': 'extends: strict\nrules:\n  short-title: [info, { min: 5 }]\n' });
    const loaded = await loadConfig(join(root, 'rc.yaml'), registry);
    expect(loaded).toMatchObject({ file: join(root, 'rc.yaml'), config: { extends: ['strict'], rules: { 'short-title': ['info', { min: 5 }] } } });
    expect(loaded.resolved?.registry.map((rule) => rule.meta.id)).toEqual(registry.map((rule) => rule.meta.id));
  });
});
