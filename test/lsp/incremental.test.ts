import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateYaml } from '../../bench/lib/generate.mjs';
import { runCli } from '../helpers/cli.js';
import { LspClient } from './client.js';
import { positionOf } from './fixtures.js';

let client: LspClient | undefined;
afterEach(() => client?.kill());

/** One edit as an editor sends it: the text between two offsets replaced. */
function edit(text: string, start: number, end: number, insert: string) {
  const from = positionOf(text, text.slice(start), 0, start);
  const to = positionOf(text, text.slice(end), 0, end);
  return { change: { range: { start: from, end: to }, text: insert }, text: text.slice(0, start) + insert + text.slice(end) };
}

describe('compact lsp: a document edited piece by piece', () => {
  it('gives after each keystroke the findings compact lint gives for the whole text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'compact-lsp-edits-'));
    const file = join(folder, 'large.yaml');
    let text = (generateYaml as (options: object) => string)({ commitments: 120, signatories: 12 });
    const edits: Array<(current: string) => [number, number, string]> = [
      // One keystroke misspells a principle in the middle of the list of commitments.
      (current) => {
        const at = current.indexOf('      - dialog\n', current.length / 2) + '      - dialog'.length;
        return [at, at, 'g'];
      },
      // An unclosed quote: the file no longer reads.
      (current) => {
        const at = current.indexOf('text: ', current.length / 3) + 'text: '.length;
        return [at, at, '"'];
      },
      // The quote removed again.
      (current) => {
        const at = current.indexOf('text: "', current.length / 3) + 'text: '.length;
        return [at, at + 1, ''];
      },
      // A commitment copied: its id is now declared twice.
      (current) => {
        const start = current.indexOf('\n  - id: ', current.indexOf('commitments:')) + 1;
        const end = current.indexOf('\n  - id: ', start) + 1;
        return [end, end, current.slice(start, end)];
      },
      // An unknown party near the end, and a comment that turns its finding off on another line.
      (current) => {
        const at = current.lastIndexOf('party: ') + 'party: '.length;
        return [at, current.indexOf('\n', at), 'kommunn'];
      },
      (current) => {
        const at = current.indexOf('\n', current.indexOf('commitments:')) + 1;
        return [at, at, '  # compact-disable-next-line known-party-ref\n'];
      },
    ];
    client = await LspClient.start({ cwd: folder, env: { COMPACT_TODAY: '2026-11-25' } });
    const uri = pathToFileURL(file).href;
    await client.open(uri, text);
    await client.diagnostics(uri, (entry) => entry.version === 1);
    let version = 1;
    const seen = new Set<unknown>();
    for (const make of edits) {
      const [start, end, insert] = make(text);
      const next = edit(text, start, end, insert);
      text = next.text;
      version++;
      await client.change(uri, version, [next.change]);
      const published = await client.diagnostics(uri, (entry) => entry.version === version);
      writeFileSync(file, text);
      const cli = await runCli(['lint', '--format', 'json', '--today', '2026-11-25', file], { cwd: folder });
      const expected = (JSON.parse(cli.stdout) as Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }>).map((f) => [
        f.ruleId,
        f.line - 1,
        f.column - 1,
        f.message,
      ]);
      expect(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]), `after edit ${version - 1}`).toEqual(expected);
      for (const finding of expected) seen.add(finding[0]);
    }
    // The edits made the problems they were meant to make.
    for (const ruleId of ['known-principle-ref', 'yaml/missing-char', 'unique-ids']) expect(seen).toContain(ruleId);
    expect(await client.shutdown()).toBe(0);
  });
});
