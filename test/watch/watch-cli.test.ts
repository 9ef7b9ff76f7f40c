import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

interface Watching {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  /** Resolves when the combined output has `count` occurrences of `text`; rejects after `timeoutMs`. */
  waitFor: (text: string, count: number, timeoutMs?: number) => Promise<void>;
  exited: Promise<number | null>;
}

const children: ChildProcessWithoutNullStreams[] = [];

function start(args: string[], cwd: string): Watching {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', COMPACT_TODAY: '' } });
  children.push(child);
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const occurrences = (text: string) => output.split(text).length - 1;
  const waitFor = (text: string, count: number, timeoutMs = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (occurrences(text) >= count) {
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`timed out waiting for ${count} × "${text}"; output so far:\n${output}`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, output: () => output, waitFor, exited };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

const WATCHING = 'for changes… (Ctrl-C to stop)';

describe('compact render --watch', () => {
  it('renders again on each save, survives a broken save keeping the last good output, and stops on Ctrl-C with 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-watch-'));
    const compact = join(dir, 'orebro.yaml');
    const out = join(dir, 'orebro.md');
    copyFileSync(join(ROOT, 'examples/orebro.yaml'), compact);
    const watching = start(['render', 'orebro.yaml', '--out', 'orebro.md', '--watch'], dir);
    await watching.waitFor(WATCHING, 1);
    expect(readFileSync(out, 'utf8')).toContain('# Överenskommelse om samverkan i Örebro');

    const good = readFileSync(compact, 'utf8');
    writeFileSync(compact, good.replace(/^title: .*$/m, 'title: "never closed'));
    await watching.waitFor('a quoted value is never closed', 1);
    await watching.waitFor(WATCHING, 2);
    expect(watching.child.exitCode).toBeNull();
    expect(readFileSync(out, 'utf8')).toContain('# Överenskommelse om samverkan i Örebro');

    writeFileSync(compact, good.replace(/^status: adopted$/m, 'status: adoptd'));
    await watching.waitFor('did you mean "adopted"?', 1);
    await watching.waitFor(WATCHING, 3);
    expect(watching.child.exitCode).toBeNull();

    writeFileSync(compact, good.replace(/^title: .*$/m, 'title: Omskriven överenskommelse'));
    await watching.waitFor(WATCHING, 4);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Omskriven överenskommelse$/m);
    expect(watching.child.exitCode).toBeNull();

    watching.child.kill('SIGINT');
    expect(await watching.exited).toBe(0);
  });

  it('keeps watching after a template error and renders once the template is fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-watch-'));
    copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'orebro.yaml'));
    const templates = join(dir, 'templates');
    const partials = join(templates, 'partials');
    await import('node:fs/promises').then((fs) => fs.mkdir(partials, { recursive: true }));
    writeFileSync(join(partials, 'principles.hbs'), '## Grundsatser\n');
    const watching = start(['render', 'orebro.yaml', '--template', 'templates', '--out', 'out.md', '--watch'], dir);
    await watching.waitFor(WATCHING, 1);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('## Grundsatser');
    writeFileSync(join(partials, 'principles.hbs'), '## Grundsatser {{titel}}\n');
    await watching.waitFor('unknown field "titel"', 1);
    await watching.waitFor(WATCHING, 2);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('## Grundsatser\n');
    writeFileSync(join(partials, 'principles.hbs'), '## Våra grundsatser\n');
    await watching.waitFor(WATCHING, 3);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('## Våra grundsatser');
    watching.child.kill('SIGINT');
    expect(await watching.exited).toBe(0);
  });
});

describe('compact lint --watch', () => {
  it('lints a folder again when a compact in it is saved or added', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-watch-'));
    copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'orebro.yaml'));
    const watching = start(['lint', '.', '--watch', '--today', '2026-11-25', '--no-config'], dir);
    await watching.waitFor(WATCHING, 1);
    expect(watching.output()).toContain('⚠ 1 file, 0 errors, 2 warnings');

    writeFileSync(join(dir, 'broken.yaml'), 'title: "never closed\n');
    await watching.waitFor('✖ 2 files, 1 error, 2 warnings', 1);
    await watching.waitFor(WATCHING, 2);
    expect(watching.child.exitCode).toBeNull();

    copyFileSync(join(ROOT, 'examples/botkyrka.yaml'), join(dir, 'broken.yaml'));
    await watching.waitFor('✖ 2 files, 1 error, 6 warnings', 1);
    expect(watching.output()).toContain('review-overdue');

    writeFileSync(join(dir, 'notes.txt'), 'not a compact');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await watching.waitFor(WATCHING, 3);
    expect(watching.output().split(WATCHING)).toHaveLength(4);

    watching.child.kill('SIGTERM');
    expect(await watching.exited).toBe(0);
    expect(existsSync(join(dir, 'orebro.yaml'))).toBe(true);
  });

  it('lints again with the new plugin code when a plugin the config loads is saved, and loads an unchanged plugin once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-watch-'));
    mkdirSync(join(dir, 'rules'));
    const plugin = (message: string) => `globalThis.__pluginLoads = (globalThis.__pluginLoads ?? 0) + 1;
export const rules = {
  'x-titel': {
    meta: { defaultSeverity: 'warning', description: 'Titel', messages: { t: '${message} (load ' + globalThis.__pluginLoads + ')' }, recommended: true },
    check(compact, context) { context.report({ messageId: 't', path: ['title'] }); },
  },
};
`;
    writeFileSync(join(dir, '.compactrc.yaml'), 'plugins:\n  - ./rules/x.mjs\n');
    writeFileSync(join(dir, 'rules', 'x.mjs'), plugin('VERSION 1'));
    copyFileSync(join(ROOT, 'examples/orebro.yaml'), join(dir, 'a.yaml'));
    const watching = start(['lint', 'a.yaml', '--watch', '--today', '2026-11-25'], dir);
    await watching.waitFor(WATCHING, 1);
    expect(watching.output()).toContain('VERSION 1 (load 1)');

    writeFileSync(join(dir, 'a.yaml'), `${readFileSync(join(dir, 'a.yaml'), 'utf8')}# saved again\n`);
    await watching.waitFor(WATCHING, 2);
    expect(watching.output().split('VERSION 1 (load 1)')).toHaveLength(3);

    writeFileSync(join(dir, 'rules', 'x.mjs'), plugin('VERSION 2'));
    await watching.waitFor('VERSION 2 (load 2)', 1, 8_000);
    await watching.waitFor(WATCHING, 3);

    writeFileSync(join(dir, 'rules', 'x.mjs'), plugin('VERSION 3'));
    writeFileSync(join(dir, 'a.yaml'), `${readFileSync(join(dir, 'a.yaml'), 'utf8')}# and again\n`);
    await watching.waitFor('VERSION 3 (load 3)', 1, 8_000);
    expect(watching.output()).not.toContain('(load 4)');

    watching.child.kill('SIGINT');
    expect(await watching.exited).toBe(0);
  });

  it('refuses a bad --format before it starts watching', async () => {
    const watching = start(['lint', 'examples/', '--watch', '--format', 'pdf'], ROOT);
    expect(await watching.exited).toBe(2);
    expect(watching.output()).toContain('unknown format "pdf"');
  });
});
