import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it("LibreOffice's own Accept All gives the later text and Reject All the earlier one", async () => {
    const docx = join(dir, 'redline.docx');
    if (!existsSync(docx)) {
      const result = await runCli(['diff', 'test/fixtures/diff/revision/before.yaml', 'test/fixtures/diff/revision/after.yaml', '--format', 'docx', '--out', docx]);
      expect(result.code, result.stderr).toBe(0);
    }
    const accepted = resolveInLibreOffice(docx, 'accept');
    const rejected = resolveInLibreOffice(docx, 'reject');
    const read = (side: string) => parse(readFileSync(`test/fixtures/diff/revision/${side}.yaml`, 'utf8')) as Compact;
    const [before, after] = [read('before'), read('after')];
    const order = (text: string, compact: Compact) => compact.principles.map((principle) => text.indexOf(squash(principle.text ?? principle.title)));
    expect(accepted).toContain('vart fjärde år');
    expect(accepted).not.toContain('vart tredje år');
    expect(rejected).toContain('vart tredje år');
    expect(rejected).not.toContain('vart fjärde år');
    expect(accepted).not.toContain('Organisationerna förankrar');
    expect(rejected).toContain('Organisationerna förankrar överenskommelsen bland sina medlemmar.');
    const acceptedOrder = order(accepted, after);
    const rejectedOrder = order(rejected, before);
    expect(acceptedOrder.every((at) => at >= 0)).toBe(true);
    expect(rejectedOrder.every((at) => at >= 0)).toBe(true);
    expect([...acceptedOrder].sort((a, b) => a - b)).toEqual(acceptedOrder);
    expect([...rejectedOrder].sort((a, b) => a - b)).toEqual(rejectedOrder);
  });
});

/**
 * Accepts or rejects every tracked change with LibreOffice's own commands (.uno:AcceptAllTrackedChanges and
 * .uno:RejectAllTrackedChanges, run by a Basic macro in a profile of the test's own) and returns the text of the PDF.
 */
function resolveInLibreOffice(docx: string, mode: 'accept' | 'reject'): string {
  const macros = join(dir, 'profile', 'user', 'basic', 'Standard');
  if (!existsSync(join(macros, 'Module1.xba'))) soffice([profile, '--terminate_after_init']);
  writeFileSync(join(macros, 'Module1.xba'), MACRO);
  const out = join(dir, `${mode}.pdf`);
  execFileSync('soffice', ['--headless', '--norestore', profile, 'macro:///Standard.Module1.Resolve'], {
    stdio: 'pipe',
    timeout: 120_000,
    env: { ...process.env, COMPACT_IN: docx, COMPACT_OUT: out, COMPACT_MODE: mode },
  });
  return pdfText(out);
}

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Resolve
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ(&quot;COMPACT_IN&quot;)), &quot;_blank&quot;, 0, load())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  If Environ(&quot;COMPACT_MODE&quot;) = &quot;accept&quot; Then
    dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Else
    dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = &quot;writer_pdf_Export&quot;
  doc.storeToURL(ConvertToURL(Environ(&quot;COMPACT_OUT&quot;)), store())
  doc.close(True)
  StarDesktop.terminate()
End Sub
</script:module>
`;
