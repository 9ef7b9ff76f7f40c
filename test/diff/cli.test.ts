import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from 'markdownlint/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { fixturePath } from './load-pair.js';

const pair = (name: string) => [fixturePath(name, 'before'), fixturePath(name, 'after')];

describe('compact diff', () => {
  it('prints the changes grouped by area, a summary line and the overall level', async () => {
    const result = await runCli(['diff', ...pair('commitments')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Commitments\n');
    expect(result.stdout).toContain('commitment "stormote" moved from party "joint" to "kommunen"');
    expect(result.stdout).toContain('[-Det ska vara enkelt att kontakta kommunen och få svar-]{+Kommunen svarar på frågor från föreningar+}');
    expect(result.stdout).toContain('  + commitment "utbildning" added  major commitment-added\n      Kommunen erbjuder utbildning om överenskommelsen.\n');
    expect(result.stdout).toContain('  - commitment "forankring" removed  major commitment-removed\n      Organisationerna förankrar överenskommelsen bland sina medlemmar.\n');
    expect(result.stdout).toContain('1 commitment added, 1 commitment removed, 2 commitments changed\n');
    expect(result.stdout).toContain('level: major (4 major, 2 minor, 0 patch)');
    expect(result.stderr).toBe('');
  });

  it('colours deletions and insertions when asked, and not with --no-color', async () => {
    const coloured = await runCli(['diff', ...pair('unicode')], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\u001b\[\d+m/);
    expect(coloured.stdout).not.toContain('[-');
    const plain = await runCli(['diff', ...pair('unicode'), '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('says "No changes." for identical inputs and exits 0, even with --fail-on any', async () => {
    const result = await runCli(['diff', ...pair('identical'), '--fail-on', 'any']);
    expect(result).toMatchObject({ code: 0, stdout: 'No changes.\n' });
  });

  it('writes Markdown with struck-through deletions and bold insertions', async () => {
    const result = await runCli(['diff', ...pair('unicode'), '--format', 'markdown']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('### Principles');
    expect(result.stdout).toContain('  > Samverkan ska bygga på ~~tillgänglighet~~ **tillgängligheten** till **all** information');
  });

  it('writes Markdown that markdownlint accepts (it starts at level 2, to sit inside a comment or a cover note)', async () => {
    for (const name of ['principles', 'commitments', 'sections', 'metadata', 'adoption-review']) {
      const result = await runCli(['diff', ...pair(name), '--format', 'markdown']);
      const problems = lint({ strings: { [name]: result.stdout }, config: { default: true, MD013: false, MD041: false } });
      expect(problems.toString()).toBe('');
    }
  });

  it('writes the change records as JSON', async () => {
    const result = await runCli(['diff', ...pair('reorder'), '--format', 'json']);
    const parsed = JSON.parse(result.stdout) as { summary: { level: string }; changes: { kind: string; class: string }[] };
    expect(parsed.summary.level).toBe('patch');
    expect(parsed.changes).toEqual([expect.objectContaining({ kind: 'moved', class: 'order-changed', path: ['principles', 2] })]);
  });

  describe('--fail-on and --ignore', () => {
    const cases: [string, string[], number][] = [
      ['principles', ['--fail-on', 'major'], 1],
      ['signatories', ['--fail-on', 'major'], 0],
      ['signatories', ['--fail-on', 'minor'], 1],
      ['reorder', ['--fail-on', 'minor'], 0],
      ['reorder', ['--fail-on', 'patch'], 1],
      ['reorder', ['--fail-on', 'any'], 1],
      ['reorder', ['--fail-on', 'any', '--ignore', 'order-changed'], 0],
      ['signatories', ['--fail-on', 'minor', '--ignore', 'signatory-added', '--ignore', 'signatory-removed'], 0],
      ['signatories', ['--fail-on', 'minor', '--ignore', 'signatory-added,signatory-removed'], 0],
      ['signatories', ['--fail-on', 'patch', '--ignore', 'signatory-added,signatory-removed'], 1],
      ['principles', [], 0],
    ];
    for (const [name, args, code] of cases) {
      it(`${name} ${args.join(' ') || '(no --fail-on)'} exits ${code}`, async () => {
        expect((await runCli(['diff', ...pair(name), ...args])).code).toBe(code);
      });
    }

    it('leaves ignored changes out of the report', async () => {
      const result = await runCli(['diff', ...pair('signatories'), '--ignore', 'signatory-changed']);
      expect(result.stdout).not.toContain('vice');
      expect(result.stdout).toContain('signatory "Exempelby hembygdsförening (civilsamhallet)" added');
    });

    it('names the classes when --ignore is given an unknown one', async () => {
      const result = await runCli(['diff', ...pair('reorder'), '--ignore', 'order-change']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('unknown change class "order-change" in --ignore; the classes are: principle-added,');
      expect(result.stderr).toContain('order-changed');
    });

    it('refuses an unknown level, format or threshold', async () => {
      expect((await runCli(['diff', ...pair('reorder'), '--fail-on', 'severe'])).stderr).toContain('unknown level "severe" for --fail-on; use one of major, minor, patch, any');
      expect((await runCli(['diff', ...pair('reorder'), '--format', 'rtf'])).stderr).toContain('unknown format "rtf"; use one of text, markdown, json, html, pdf, docx');
      const threshold = await runCli(['diff', ...pair('reorder'), '--threshold', '1.5']);
      expect(threshold.code).toBe(2);
      expect(threshold.stderr).toContain('--threshold must be a number above 0 and at most 1');
    });
  });

  it('detects renames only above --threshold', async () => {
    const loose = await runCli(['diff', ...pair('renames'), '--format', 'json']);
    const strict = await runCli(['diff', ...pair('renames'), '--format', 'json', '--threshold', '1']);
    const classes = (output: string) => (JSON.parse(output) as { changes: { class: string }[] }).changes.map((change) => change.class);
    expect(classes(loose.stdout)).toContain('commitment-renamed');
    expect(classes(strict.stdout)).not.toContain('commitment-renamed');
    expect(classes(strict.stdout)).toContain('commitment-added');
  });

  it('reads one side from stdin', async () => {
    const before = await readFile(fixturePath('reorder', 'before'), 'utf8');
    const result = await runCli(['diff', '-', fixturePath('reorder', 'after')], { input: before });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<stdin> → test/fixtures/diff/reorder/after.yaml');
    expect(result.stdout).toContain('principle "dialog" moved from position 1 to 3');
  });

  describe('bad input', () => {
    it('reports an invalid file with its findings and exits 2', async () => {
      const result = await runCli(['diff', ...pair('invalid')]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('test/fixtures/diff/invalid/after.yaml is not a valid compact (1 error); fix it, or pass --force to compare it anyway:');
      expect(result.stderr).toContain('test/fixtures/diff/invalid/after.yaml:6:9: status must be one of draft, adopted');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it('compares an invalid file with --force, and says so', async () => {
      const result = await runCli(['diff', ...pair('invalid'), '--force']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('status changed from "adopted" to "adoptd"');
      expect(result.stderr).toContain('warning: test/fixtures/diff/invalid/after.yaml is not a valid compact (1 error); compared anyway');
    });

    it('refuses two different format versions, even with --force', async () => {
      const result = await runCli(['diff', ...pair('format-version'), '--force']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('has format version 1 and test/fixtures/diff/format-version/after.yaml has format version 2');
    });

    it('says which file is missing', async () => {
      const result = await runCli(['diff', fixturePath('reorder', 'before'), 'no/such.yaml']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot read no/such.yaml: no such file or directory');
    });

    it('asks for two files', async () => {
      const result = await runCli(['diff', fixturePath('reorder', 'before')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('give two files to compare (got 1)');
    });

    it('shows examples in --help', async () => {
      const result = await runCli(['diff', '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('compact diff examples/boras.yaml --from v2016');
      expect(result.stdout).toContain('text, markdown, json');
    });
  });

  describe('--output', () => {
    let directory: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'compact-diff-'));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('writes the report to a file, without colour', async () => {
      const target = join(directory, 'changes.md');
      const result = await runCli(['diff', ...pair('principles'), '--format', 'markdown', '--output', target, '--fail-on', 'major'], { env: { FORCE_COLOR: '0' } });
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(await readFile(target, 'utf8')).toContain('principle "mangfald" added: Mångfald');
    });
  });

  describe('headings and values', () => {
    let directory: string;
    let before: string;
    let after: string;
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'compact-diff-groups-'));
      const compact = parse(await readFile('examples/orebro.yaml', 'utf8')) as Record<string, unknown> & { governance: { meetings: Record<string, unknown>[] } };
      const revision = (ansvarig: string, url: string, outcome: string, times: unknown) => {
        const meetings = compact.governance.meetings.map((meeting, index) => (index === 0 ? { ...meeting, frequency: undefined, times_per_year: times } : meeting));
        return stringify({ ...compact, outcomes: [{ id: 'fler-moten', title: outcome }], governance: { ...compact.governance, meetings }, source: { url }, 'x-ansvarig': ansvarig });
      };
      before = join(directory, 'before.yaml');
      after = join(directory, 'after.yaml');
      await writeFile(before, revision('KS', 'https://example.se/a', 'Fler möten', 2));
      await writeFile(after, revision('KFN', 'https://example.se/b', 'Fler möten varje år', { min: 2, max: 4 }));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    /** Markdown's level-3 headings; in text, the unindented lines a change's indented line follows. */
    const headings = (output: string, format: string) => {
      const lines = output.split('\n');
      if (format === 'markdown') return lines.filter((line) => line.startsWith('### ')).map((line) => line.slice(4));
      return lines.filter((line, index) => /^\S/.test(line) && (lines[index + 1] ?? '').startsWith('  '));
    };

    for (const [lang, expected] of [
      ['en', ['Outcomes', 'Governance', 'Related documents and source', 'Metadata']],
      ['sv', ['Mål', 'Organisering', 'Relaterade dokument och källa', 'Metadata']],
    ] as const) {
      for (const format of ['text', 'markdown']) {
        it(`gives each area one heading of its own (${lang}, ${format})`, async () => {
          const result = await runCli(['diff', before, after, '--format', format], { env: { COMPACT_LANG: lang } });
          expect(result.code).toBe(0);
          expect(headings(result.stdout, format)).toEqual(expected);
          expect(result.stdout).toContain(lang === 'en' ? 'outcome "fler-moten"' : 'målet "fler-moten"');
        });
      }
    }

    for (const [lang, format] of [['en', 'text'], ['en', 'markdown'], ['sv', 'text'], ['sv', 'markdown']] as const) {
      it(`writes a range of times a year as 2–4, not as JSON (${lang}, ${format})`, async () => {
        const result = await runCli(['diff', before, after, '--format', format], { env: { COMPACT_LANG: lang } });
        expect(result.stdout).toMatch(/times\\?_per\\?_year .* 2 .* 2–4/);
        expect(result.stdout).not.toContain('{"min"');
      });
    }
  });
});
