import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('render --force says what it left out', () => {
  it('lists each value left out with its file:line on stderr, and the rendering lacks them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compact-force-'));
    expect((await runCli(['init', 'c.yaml', '-j', 'Exempelby', '-y', '--today', '2026-01-10'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'c.yaml'), 'utf8')
      .replace(/^ {4}text: Kommunen bjuder in .*\n/m, '')
      .replace(/^( {6}end: )2026-12-31$/m, '$12026-13-45');
    writeFileSync(join(dir, 'c.yaml'), text);
    const lines = text.split('\n');
    const commitmentLine = lines.findIndex((line) => line === '  - id: tidig-dialog') + 1;
    const planLine = lines.findIndex((line) => line === '    - id: handlingsplan-2026') + 1;

    const refused = await runCli(['render', 'c.yaml', '-o', 'c.html'], { cwd: dir });
    expect(refused.code).toBe(1);

    const forced = await runCli(['render', 'c.yaml', '--force', '-o', 'c.html'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('rendered with --force, without 2 values the templates cannot read:\n');
    expect(forced.stderr).toContain(`c.yaml:${commitmentLine}:5: left out commitments[0]\n`);
    // Without its bad end date the action plan is incomplete, so the whole plan is left out, and said so once.
    expect(forced.stderr).toContain(`c.yaml:${planLine}:7: left out governance.action_plans[0]\n`);
    expect(forced.stderr).not.toContain('left out governance.action_plans[0].end');
    const html = readFileSync(join(dir, 'c.html'), 'utf8');
    expect(html).not.toContain('Kommunen bjuder in');
    expect(html).not.toContain('2026-13-45');
  });
});
