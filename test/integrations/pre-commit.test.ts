import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compactText } from '../lint/fake-rules.js';
import { ROOT, runCli } from '../helpers/cli.js';

interface Hook {
  id: string;
  name: string;
  description: string;
  entry: string;
  language: string;
  files: string;
}

const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };

/** Runs a hook's entry on files as pre-commit does: the entry's words, then the hook's args, then the file names. */
function runHook(hook: Hook, files: string[], cwd: string) {
  const [program, ...words] = hook.entry.split(' ');
  expect(packageJson.bin[program!]).toBe('bin/compact.js');
  return runCli([...words, ...files], { cwd });
}

describe('.pre-commit-hooks.yaml', () => {
  it('has the three node hooks, each calling a compact command that exists', async () => {
    expect(hooks.map((hook) => [hook.id, hook.entry, hook.language])).toEqual([
      ['compact-validate', 'compact validate', 'node'],
      ['compact-lint', 'compact lint', 'node'],
      ['compact-fmt', 'compact fmt', 'node'],
    ]);
    for (const hook of hooks) {
      expect(hook.description.length).toBeGreaterThan(20);
      const command = hook.entry.split(' ')[1]!;
      const help = await runCli([command, '--help']);
      expect(help.code, hook.id).toBe(0);
      expect(help.stdout).toContain(`Usage: compact ${command} [options] [paths...]`);
    }
  });

  it('takes YAML files and nothing else', () => {
    for (const hook of hooks) {
      const files = new RegExp(hook.files);
      for (const name of ['x.yaml', 'x.yml', 'compacts/orebro.yaml', 'a.b/c.yml']) expect(files.test(name), `${hook.id} ${name}`).toBe(true);
      for (const name of ['x.json', 'x.yaml.bak', 'yaml', 'x.ymlx', 'README.md']) expect(files.test(name), `${hook.id} ${name}`).toBe(false);
    }
  });

  it('fails the commit on a broken compact, passes a clean one, and fmt rewrites what is not formatted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-pre-commit-'));
    writeFileSync(join(dir, 'good.yaml'), compactText());
    writeFileSync(join(dir, 'bad.yaml'), compactText({ id: 'andra' }).replace('status: draft', 'status: drafted'));
    // Quotes that protect nothing: fmt has something to rewrite.
    writeFileSync(join(dir, 'orebro.yaml'), `${readFileSync(join(ROOT, 'examples/orebro.yaml'), 'utf8')}x-note: "unformatted"\n`);
    const [validate, lint, fmt] = hooks;
    expect((await runHook(validate!, ['good.yaml'], dir)).code).toBe(0);
    expect((await runHook(lint!, ['good.yaml'], dir)).code).toBe(0);
    for (const hook of [validate!, lint!]) {
      const result = await runHook(hook, ['good.yaml', 'bad.yaml'], dir);
      expect(result.code, hook.id).toBe(1);
      expect(result.stdout).toContain('bad.yaml\n  5:9');
    }
    const before = readFileSync(join(dir, 'orebro.yaml'), 'utf8');
    const formatted = await runHook(fmt!, ['good.yaml', 'orebro.yaml'], dir);
    expect(formatted.stdout).toBe('orebro.yaml\n');
    expect(readFileSync(join(dir, 'orebro.yaml'), 'utf8')).not.toBe(before);
    expect(readFileSync(join(dir, 'good.yaml'), 'utf8')).toBe(compactText());
  });
});

describe('package.json for hooks installed from a git checkout', () => {
  // pre-commit installs a node hook with `npm install` then `npm pack`, and reads pack's output as the tarball's
  // name: a prepack, prepare or postpack script prints its banner there and breaks the install. The build runs in
  // the `dependencies` script, which npm runs after an install in the checkout itself and never where the package
  // is installed, so the package has no install script (npm 11 warns about each one it has not been allowed to run).
  it('runs no script when packed or installed, and builds dist/ after npm install in a checkout only', () => {
    for (const script of ['prepack', 'prepare', 'postpack', 'preinstall', 'install', 'postinstall']) expect(packageJson.scripts[script], script).toBeUndefined();
    expect(packageJson.scripts.dependencies).toContain("existsSync('scripts/build.mjs') && !fs.existsSync('dist/cli.cjs')");
    expect(packageJson.files).not.toContain('scripts');
  });
});
