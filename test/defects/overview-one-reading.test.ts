import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

// Borås is under revision: adopted by Kommunfullmäktige (no date given), no next review date.
const BORAS = ['report', 'examples/boras.yaml', '--today', '2026-01-10'];

describe('report reads a compact under revision the same way in every format', () => {
  it('table, markdown and html all say who adopted it and that it is under revision', async () => {
    const table = await runCli([...BORAS, '--format', 'table']);
    const markdown = await runCli([...BORAS, '--format', 'markdown']);
    const html = await runCli([...BORAS, '--format', 'html']);
    for (const result of [table, markdown, html]) expect(result.code).toBe(0);
    const tableRow = table.stdout.split('\n').find((line) => line.startsWith('Borås Stad'))!;
    expect(tableRow).toMatch(/under-revision\s+Kommunful…\s+under revision\s/);
    expect(markdown.stdout).toContain('| under-revision | Kommunfullmäktige | under revision |');
    expect(html.stdout).toMatch(/>Kommunfullmäktige<\/td>\s*<td class="review under-revision"[^>]*>under revision<\/td>/);
  });

  it('an overdue review is marked ⚠ in the table and in markdown', async () => {
    const args = ['report', 'examples/botkyrka.yaml', '--today', '2030-01-10'];
    const table = await runCli([...args, '--format', 'table']);
    const markdown = await runCli([...args, '--format', 'markdown']);
    expect(table.stdout).toContain('2021-12-31 ⚠');
    expect(markdown.stdout).toContain('**⚠ 2021-12-31 overdue**');
  });
});
