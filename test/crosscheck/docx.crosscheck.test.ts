import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Compact } from '../../src/model/index.js';
import { runCli } from '../helpers/cli.js';

/** LibreOffice, a real Word-format client: it must be installed (apt-get install libreoffice-writer-nogui poppler-utils). */
function soffice(args: string[]): void {
  execFileSync('soffice', ['--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 120_000 });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const dir = mkdtempSync(join(tmpdir(), 'compact-docx-crosscheck-'));
const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const inputs = [
  ...readdirSync('examples').filter((name) => name.endsWith('.yaml')).map((name) => join('examples', name)),
  ...readdirSync('test/fixtures/valid').filter((name) => name.endsWith('.yaml')).map((name) => join('test/fixtures/valid', name)),
];

/** Converts a .docx to PDF with LibreOffice and returns the PDF's text. */
function throughLibreOffice(docx: string): string {
  soffice([profile, '--convert-to', 'pdf', '--outdir', dir, docx]);
  return pdfText(join(dir, basename(docx).replace(/\.docx$/, '.pdf')));
}

describe('LibreOffice reads every Word document compact writes', () => {
  it('finds the tools it needs (this check fails, never skips, without them)', () => {
    expect(() => execFileSync('soffice', ['--version'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync('pdftotext', ['-v'], { stdio: 'pipe' })).not.toThrow();
  });

  it.each(inputs)('render %s --format docx converts to PDF with every principle and commitment', async (input) => {
    const docx = join(dir, `${basename(input, '.yaml')}.docx`);
    const result = await runCli(['render', input, '--format', 'docx', '--out', docx]);
    expect(result.code, result.stderr).toBe(0);
    const text = throughLibreOffice(docx);
    const compact = parse(readFileSync(input, 'utf8')) as Compact;
    for (const principle of compact.principles) expect(text).toContain(squash(principle.title));
    for (const commitment of compact.commitments ?? []) {
      const words = squash(commitment.text.replace(/[*_`#>[\]()|-]/g, ' ')).split(' ').slice(0, 4).join(' ');
      expect(text.replace(/[*_`#>[\]()|•–-]/g, ' ').replace(/\s+/g, ' ')).toContain(words);
    }
  });

  it('the redline of the revision pair converts to PDF with its principles, commitments and the later values', async () => {
    const docx = join(dir, 'redline.docx');
    const result = await runCli(['diff', 'test/fixtures/diff/revision/before.yaml', 'test/fixtures/diff/revision/after.yaml', '--format', 'docx', '--out', docx]);
    expect(result.code, result.stderr).toBe(0);
    const text = throughLibreOffice(docx);
    const after = parse(readFileSync('test/fixtures/diff/revision/after.yaml', 'utf8')) as Compact;
    for (const principle of after.principles) expect(text).toContain(principle.title);
    for (const commitment of after.commitments ?? []) expect(text).toContain(commitment.text);
    expect(text).toContain('fjärde');
    expect(text).toContain('Västerby idrottsförening');
  });
});
