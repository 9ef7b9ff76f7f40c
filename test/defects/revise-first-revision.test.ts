import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('revise on a compact adopted before it kept a revisions list', () => {
  it.each([
    ['sv', 'Antagen av Kommunfullmäktige (KS 2024/17).'],
    ['en', 'Adopted by Kommunfullmäktige (KS 2024/17).'],
  ])('records the replaced adoption as the first revision (%s)', async (lang, summary) => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-revise-first-'));
    expect((await runCli(['init', 'c.yaml', '--lang', lang, '-j', 'Exempelby', '-y', '--today', '2024-01-10'], { cwd: dir })).code).toBe(0);
    const adopted = `${readFileSync(join(dir, 'c.yaml'), 'utf8')
      .replace(/^status: draft$/m, 'status: adopted')
      .replace(/^version: .*\n/m, '')}version: "2024"\nadoption:\n  body: Kommunfullmäktige\n  date: 2024-03-14\n  reference: KS 2024/17\n`;
    writeFileSync(join(dir, 'c.yaml'), adopted);
    expect((await runCli(['validate', 'c.yaml'], { cwd: dir })).code).toBe(0);

    const revise = await runCli(['revise', 'c.yaml', '--version', '2027', '--summary', 'Reviderad', '--body', 'Kommunfullmäktige', '--date', '2027-03-01'], { cwd: dir });
    expect(revise.stderr).toBe('');
    expect(revise.code).toBe(0);
    const data = parse(readFileSync(join(dir, 'c.yaml'), 'utf8'), { version: '1.2' });
    expect(data.revisions).toEqual([
      { version: '2024', date: '2024-03-14', summary },
      { version: '2027', date: '2027-03-01', summary: 'Reviderad' },
    ]);
    expect(data.adoption).toEqual({ body: 'Kommunfullmäktige', date: '2027-03-01', replaces: ['KS 2024/17'] });
  });

  it('adds only the new revision when the history is already kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-revise-first-'));
    writeFileSync(join(dir, 'c.yaml'), readFileSync('examples/botkyrka.yaml'));
    const revise = await runCli(['revise', 'c.yaml', '--version', '2027', '--summary', 'Reviderad', '--body', 'Kommunfullmäktige', '--date', '2027-03-01'], { cwd: dir });
    expect(revise.code).toBe(0);
    const data = parse(readFileSync(join(dir, 'c.yaml'), 'utf8'), { version: '1.2' });
    expect(data.revisions.map((entry: { version: string }) => entry.version)).toEqual(['2009', '2018', '2027']);
  });
});
