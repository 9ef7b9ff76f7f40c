import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** A file saved on Windows (or checked out with core.autocrlf): every line ends in CRLF. */
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
const loneLineFeeds = (text: string) => text.match(/(?<!\r)\n/g)?.length ?? 0;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'compact-qa-crlf-'));
});

function windowsCopy(source: string): string {
  const file = join(dir, 'compact.yaml');
  writeFileSync(file, crlf(readFileSync(source, 'utf8')));
  return file;
}

describe('files with Windows (CRLF) line endings keep them', () => {
  it('fmt --check passes a formatted file saved on Windows, and fmt leaves it byte for byte', async () => {
    const file = windowsCopy('examples/botkyrka.yaml');
    const before = readFileSync(file, 'utf8');
    expect((await runCli(['fmt', '--check', file])).code).toBe(0);
    expect((await runCli(['fmt', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('fmt writes an unformatted Windows file with CRLF line endings only', async () => {
    const file = windowsCopy('examples/orebro.yaml');
    // Quotes that protect nothing: fmt has something to rewrite.
    writeFileSync(file, `${readFileSync(file, 'utf8')}x-note: "unformatted"\r\n`);
    const before = readFileSync(file, 'utf8');
    expect((await runCli(['fmt', file])).code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(loneLineFeeds(after)).toBe(0);
  });

  it('revise keeps CRLF line endings', async () => {
    const file = windowsCopy('examples/botkyrka.yaml');
    const result = await runCli(['revise', file, '--version', '2024', '--summary', 'Reviderad', '--body', 'Kommunfullmäktige', '--date', '2024-05-16']);
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('summary: Reviderad\r\n');
    expect(loneLineFeeds(after)).toBe(0);
  });

  it('signatory add writes the new entry with CRLF line endings', async () => {
    const file = windowsCopy('test/fixtures/signatory/commented.yaml');
    const before = readFileSync(file, 'utf8');
    const result = await runCli(['signatory', 'add', file, '--party', 'civilsamhallet', '--organisation', 'Föreningen Gemenskap', '--name', 'Anna Berg']);
    expect(result.code).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('organisation: Föreningen Gemenskap\r\n');
    expect(after.length).toBeGreaterThan(before.length);
    expect(loneLineFeeds(after)).toBe(0);
  });
});
