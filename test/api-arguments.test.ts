// What a library user gets from `import { … } from 'compact'` (the built dist/index.js) for a wrong call: a
// CompactError that says what is wrong, never a TypeError from deep inside.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';
import { startLocalTsa, type LocalTsa } from './helpers/tsa.js';

const run = promisify(execFile);

/** Runs module code as a user's script; asynchronously, so that a local server in this process can answer it. */
async function runModule(code: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return stdout;
}

/** Each named call's outcome, in `language`: `CompactError: message`, `TypeError: message`, or `returned`. */
async function outcomes(calls: string, language = 'en'): Promise<Record<string, string>> {
  const output = await runModule(`
    import * as compact from 'compact';
    import { readFileSync } from 'node:fs';
    compact.setLanguage('${language}');
    const calls = { ${calls} };
    const outcomes = {};
    for (const [name, call] of Object.entries(calls)) {
      try {
        await call();
        outcomes[name] = 'returned';
      } catch (error) {
        outcomes[name] = error.name + ': ' + error.message.split('\\n')[0];
      }
    }
    console.log(JSON.stringify(outcomes));
  `);
  return JSON.parse(output) as Record<string, string>;
}

const LOAD = "(file) => compact.loadCompact('examples/' + file)";

describe('setLanguage', () => {
  it('refuses a language without a catalogue, keeping the one set, and takes a tag with a region as its language', async () => {
    const output = await runModule(`
      import { currentLanguage, setLanguage, compactIdFor } from 'compact';
      const seen = {};
      setLanguage('sv');
      try { setLanguage('de'); } catch (error) { seen.de = error.name + ': ' + error.message; }
      seen.after = currentLanguage();
      try { compactIdFor(undefined); } catch (error) { seen.message = error.message; }
      setLanguage('en-GB');
      seen.enGB = currentLanguage();
      setLanguage('sv-SE');
      seen.svSE = currentLanguage();
      try { setLanguage(42); } catch (error) { seen.number = error.name; }
      console.log(JSON.stringify(seen));
    `);
    expect(JSON.parse(output)).toEqual({
      de: "CompactError: setLanguage: language är \"de\"; det ska vara ett av 'en', 'sv'",
      after: 'sv',
      message: 'compactIdFor: jurisdiction är undefined; det ska vara kommunens namn',
      enGB: 'en',
      svSE: 'sv',
      number: 'CompactError',
    });
  });
});

describe('diff and applyChanges', () => {
  it('refuse a loaded compact, saying to pass its data, and changes that are not a list', async () => {
    const seen = await outcomes(`
      loaded: async () => { const load = ${LOAD}; return compact.diff(await load('orebro.yaml'), await load('botkyrka.yaml')); },
      loadedAfter: async () => { const load = ${LOAD}; return compact.diffCompacts((await load('orebro.yaml')).data, await load('botkyrka.yaml')); },
      applyLoaded: async () => compact.applyChanges(await compact.loadCompact('examples/orebro.yaml'), []),
      applyUndefined: async () => compact.applyChanges((await compact.loadCompact('examples/orebro.yaml')).data, undefined),
      applyData: async () => { const data = (await compact.loadCompact('examples/orebro.yaml')).data; return compact.applyChanges(data, compact.diff(data, data).changes); },
    `);
    expect(seen).toEqual({
      loaded: 'CompactError: diffCompacts: before (the first argument) is a loaded compact; pass its data instead (loadCompact(file).data)',
      loadedAfter: 'CompactError: diffCompacts: after (the second argument) is a loaded compact; pass its data instead (loadCompact(file).data)',
      applyLoaded: 'CompactError: applyChanges: before (the first argument) is a loaded compact; pass its data instead (loadCompact(file).data)',
      applyUndefined: 'CompactError: applyChanges: changes is undefined; it must be an array of changes, as diffCompacts(before, after).changes gives them',
      applyData: 'returned',
    });
  });
});

describe('argument checks at the entry of each function', () => {
  it('are CompactErrors naming the function and the argument', async () => {
    const seen = await outcomes(`
      addSignatory: () => compact.addSignatory('examples/orebro.yaml', { organisation: 'X' }, { dryRun: true }),
      addSignatoryNumber: () => compact.addSignatory('examples/orebro.yaml', { party: 'civilsamhallet', organisation: 'X', org_number: 8020000009 }, { dryRun: true }),
      signPdf: () => compact.signPdf('orebro.pdf', { p12: readFileSync('test/fixtures/sign/ec-p256-openssl3.p12'), passphrase: 'kommun-2026' }),
      timestampPdf: () => compact.timestampPdf(undefined, { url: 'http://127.0.0.1:9/' }),
      addValidationData: () => compact.addValidationData(undefined, {}),
      verifyPdf: () => compact.verifyPdf(undefined),
      parseCompactText: () => compact.parseCompactText(null),
      lintText: () => compact.lintText(undefined),
      compactIdFor: () => compact.compactIdFor(undefined),
      signingCopies: () => compact.signingCopies(undefined),
      renderRedline: () => compact.renderRedline(undefined, { format: 'html' }),
      countFindings: () => compact.countFindings(undefined),
      formatPath: () => compact.formatPath(undefined),
      applyFixes: () => compact.applyFixes(undefined, []),
      fixesAsDiff: () => compact.fixesAsDiff(undefined),
      printConfig: () => compact.printConfig(undefined, 'orebro.yaml', '.'),
      startLanguageServer: () => compact.startLanguageServer(),
    `);
    expect(seen).toEqual({
      addSignatory: 'CompactError: addSignatory: signatory.party is undefined; it must be a text',
      addSignatoryNumber: 'CompactError: addSignatory: signatory.org_number is number 8020000009; it must be a text',
      signPdf: 'CompactError: signPdf: pdf is "orebro.pdf"; it must be the bytes of a PDF (a Buffer or Uint8Array, as readFile gives them)',
      timestampPdf: 'CompactError: timestampPdf: pdf is undefined; it must be the bytes of a PDF (a Buffer or Uint8Array, as readFile gives them)',
      addValidationData: 'CompactError: addValidationData: pdf is undefined; it must be the bytes of a PDF (a Buffer or Uint8Array, as readFile gives them)',
      verifyPdf: 'CompactError: verifyPdf: pdf is undefined; it must be the bytes of a PDF (a Buffer or Uint8Array, as readFile gives them)',
      parseCompactText: "CompactError: parseCompactText: text is null; it must be the compact's YAML text",
      lintText: "CompactError: lintText: text is undefined; it must be the compact's YAML text",
      compactIdFor: 'CompactError: compactIdFor: jurisdiction is undefined; it must be the name of the municipality',
      signingCopies: expect.stringMatching(/^CompactError: signingCopies: the compact \(first argument\) is undefined; it must be a compact's data/),
      renderRedline: expect.stringMatching(/^CompactError: renderRedline: document is undefined; it must be a redline document/),
      countFindings: 'CompactError: countFindings: findings is undefined; it must be an array of findings',
      formatPath: "CompactError: formatPath: path is undefined; it must be an array of keys and indexes, such as ['principles', 2, 'id']",
      applyFixes: "CompactError: applyFixes: text is undefined; it must be the compact's text",
      fixesAsDiff: expect.stringMatching(/^CompactError: fixesAsDiff: fixes is undefined; it must be an array of file fixes/),
      printConfig: 'CompactError: printConfig: config is undefined; it must be a resolved config, as resolvedConfigFor(file) returns it',
      startLanguageServer: expect.stringMatching(/^CompactError: startLanguageServer: options is undefined; it must be \{ input, output \}/),
    });
  });

  it('refuse a redline format there is no writer for, instead of writing HTML', async () => {
    const seen = await outcomes(`
      pdfx: async () => {
        const data = (await compact.loadCompact('examples/orebro.yaml')).data;
        return compact.renderRedline({ compact: data, marked: data, since: 'v1', summary: [], changed: false }, { format: 'pdfx' });
      },
      html: async () => {
        const data = (await compact.loadCompact('examples/orebro.yaml')).data;
        const html = await compact.renderRedline({ compact: data, marked: data, since: 'v1', summary: [], changed: false }, { format: 'html' });
        if (!html.startsWith('<!DOCTYPE html>')) throw new Error('not HTML');
      },
    `);
    expect(seen).toEqual({ pdfx: "CompactError: renderRedline: options.format is \"pdfx\"; it must be one of 'html', 'pdf', 'docx'", html: 'returned' });
  });
});

/** The wording of the English argument messages: each run of text between placeholders that has two words or more. */
function englishArgumentWording(): string[] {
  const english = JSON.parse(readFileSync(join(ROOT, 'messages/en.json'), 'utf8')) as Record<string, string>;
  return Object.entries(english)
    .filter(([id]) => id.startsWith('api.'))
    .flatMap(([, message]) => message.split(/\{\w+\}/))
    .map((fragment) => fragment.trim())
    .filter((fragment) => /[a-z]+\W+[a-z]+/i.test(fragment));
}

describe('argument checks in Swedish', () => {
  it('say what a wrong argument is and what it must be without English', async () => {
    const seen = await outcomes(`
      compactIdFor: () => compact.compactIdFor(undefined),
      parseCompactText: () => compact.parseCompactText(null),
      loadCompact: () => compact.loadCompact('examples/orebro.yaml', []),
      signPdf: () => compact.signPdf(Buffer.from('%PDF'), { p12: 'anna.p12', passphrase: 'x' }),
      addSignatory: () => compact.addSignatory('examples/orebro.yaml', { party: 'civilsamhallet', organisation: 'X', org_number: 8020000009 }, { dryRun: true }),
      signingCopies: () => compact.signingCopies(undefined),
      renderRedline: () => compact.renderRedline(undefined, { format: 'html' }),
      diffCompacts: () => compact.diffCompacts(undefined, {}),
      applyFixes: () => compact.applyFixes(undefined, []),
      countFindings: () => compact.countFindings(undefined),
      printConfig: () => compact.printConfig(undefined, 'orebro.yaml', '.'),
      startLanguageServer: () => compact.startLanguageServer(),
      createRenderer: () => compact.createRenderer(undefined),
      watch: () => compact.watch(['examples'], { debounceMs: 10 }),
      verifyPdf: () => compact.verifyPdf(Buffer.from('%PDF'), 'ca.pem'),
    `, 'sv');
    expect(seen).toMatchObject({
      compactIdFor: 'CompactError: compactIdFor: jurisdiction är undefined; det ska vara kommunens namn',
      parseCompactText: 'CompactError: parseCompactText: text är null; det ska vara överenskommelsens YAML-text',
      loadCompact: 'CompactError: loadCompact: options är en lista; det ska vara ett objekt, till exempel { maxBytes: 1000000 }',
      signPdf: 'CompactError: signPdf: options.p12 är "anna.p12"; det ska vara byte för en PKCS#12-fil (.p12) (en Buffer eller Uint8Array, som readFile ger dem)',
      addSignatory: 'CompactError: addSignatory: signatory.org_number är talet 8020000009; det ska vara en text',
      signingCopies: expect.stringMatching(/^CompactError: signingCopies: överenskommelsen \(första argumentet\) är undefined; det ska vara en överenskommelses data/),
      diffCompacts: expect.stringMatching(/^CompactError: diffCompacts: before \(det första argumentet\) är undefined; det ska vara en överenskommelses data/),
      countFindings: 'CompactError: countFindings: findings är undefined; det ska vara en lista av anmärkningar',
    });
    const wording = englishArgumentWording();
    for (const [call, outcome] of Object.entries(seen)) {
      expect(outcome, call).toMatch(/^CompactError: \w+: .* är .*; det ska vara /);
      expect(wording.filter((english) => outcome.includes(english)), `${call}: ${outcome}`).toEqual([]);
    }
  });
});

describe('formatters', () => {
  it('write plain text when their context has no colours, and check what they are given', async () => {
    const output = await runModule(`
      import { diff, diffFormatter, getFormatter, getOverviewFormatter, buildOverview, loadCompact } from 'compact';
      const finding = { file: 'examples/orebro.yaml', line: 3, column: 1, severity: 'warning', message: 'Something', ruleId: 'some-rule' };
      const stylish = await getFormatter('stylish');
      const table = await getOverviewFormatter('table');
      const orebro = (await loadCompact('examples/orebro.yaml')).data;
      const botkyrka = (await loadCompact('examples/botkyrka.yaml')).data;
      const outcome = (call) => { try { return call(); } catch (error) { return error.name + ': ' + error.message; } };
      console.log(JSON.stringify({
        stylish: stylish([finding], { files: ['examples/orebro.yaml'] }),
        noFiles: outcome(() => stylish([], {})),
        table: table(await buildOverview(['examples/orebro.yaml'], { today: '2026-03-01' }), {}).split('\\n')[0],
        tableNoContext: table(await buildOverview(['examples/orebro.yaml'], { today: '2026-03-01' })).split('\\n')[0],
        text: diffFormatter('text')(diff(orebro, botkyrka), { beforeLabel: 'orebro', afterLabel: 'botkyrka' }).split('\\n')[0],
        noLabels: outcome(() => diffFormatter('text')(diff(orebro, botkyrka), {})),
      }));
    `);
    const seen = JSON.parse(output) as Record<string, string>;
    expect(seen.stylish).toBe('examples/orebro.yaml\n  3:1  warning  Something  some-rule\n\n⚠ 1 file, 0 errors, 1 warning\n');
    expect(seen.noFiles).toBe('CompactError: the stylish formatter: context.files is undefined; it must be an array of the paths of the files checked');
    expect(seen.table).toMatch(/^compact +status +adopted/);
    expect(seen.tableNoContext).toBe(seen.table);
    expect(seen.text).toBe('orebro → botkyrka');
    expect(seen.noLabels).toMatch(/^CompactError: the text diff formatter: context.beforeLabel is undefined/);
    expect(Object.values(seen).join('')).not.toMatch(/\u001b\[/);
  });
});

describe('the ca option of signPdf (tsa.ca) and verifyPdf', () => {
  let tsa: LocalTsa;
  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(async () => {
    await tsa.close();
  });

  it('takes PEM and DER bytes, PEM text and X509Certificate objects in both, and refuses anything else', async () => {
    const output = await runModule(`
      import { readFileSync } from 'node:fs';
      import { X509Certificate } from 'node:crypto';
      import { loadCompact, render, signPdf, verifyPdf } from 'compact';
      const tsaCaPem = ${JSON.stringify(tsa.caPem)};
      const testCaPem = readFileSync('test/fixtures/sign/test-ca.pem');
      const testCa = new X509Certificate(testCaPem);
      const pdf = await render((await loadCompact('examples/orebro.yaml')).data, { format: 'pdf' });
      const sign = (ca) => signPdf(pdf, {
        p12: readFileSync('test/fixtures/sign/ec-p256-openssl3.p12'),
        passphrase: 'kommun-2026',
        signingTime: new Date('2027-01-15T10:00:00Z'),
        tsa: { url: ${JSON.stringify(tsa.url)}, ca },
      });
      const outcome = async (call) => { try { await call(); return 'returned'; } catch (error) { return error.name + ': ' + error.message; } };
      const signedWithBuffer = await sign([Buffer.from(tsaCaPem)]);
      const trust = async (ca) => {
        const [report] = await verifyPdf(signedWithBuffer, { ca });
        return [report.trust, report.timestamp.trust].join(' / ');
      };
      console.log(JSON.stringify({
        pemBuffer: await outcome(() => sign([Buffer.from(tsaCaPem)])),
        pemText: await outcome(() => sign([tsaCaPem])),
        certificate: await outcome(() => sign([new X509Certificate(tsaCaPem)])),
        der: await outcome(() => sign([new X509Certificate(tsaCaPem).raw])),
        signNumber: await outcome(() => sign([42])),
        signNotList: await outcome(() => sign(tsaCaPem)),
        verifyCertificates: await trust([testCa, new X509Certificate(tsaCaPem)]),
        verifyText: await trust([testCaPem.toString(), tsaCaPem]),
        verifyBytes: await trust([testCa.raw, Buffer.from(tsaCaPem)]),
        verifyNumber: await outcome(() => verifyPdf(signedWithBuffer, { ca: [42] })),
        verifyNotCertificate: await outcome(() => verifyPdf(signedWithBuffer, { ca: ['ca.pem'] })),
      }));
    `);
    expect(JSON.parse(output)).toEqual({
      pemBuffer: 'returned',
      pemText: 'returned',
      certificate: 'returned',
      der: 'returned',
      signNumber: 'CompactError: signPdf: options.tsa.ca[0] is number 42; it must be a CA certificate: PEM or DER bytes (a Buffer), PEM text, or an X509Certificate',
      signNotList: expect.stringMatching(/^CompactError: signPdf: options.tsa.ca is "-----BEGIN CERTIFICATE-----.*; it must be an array of CA certificates/),
      verifyCertificates: 'trusted / trusted',
      verifyText: 'trusted / trusted',
      verifyBytes: 'trusted / trusted',
      verifyNumber: 'CompactError: verifyPdf: options.ca[0] is number 42; it must be a CA certificate: PEM or DER bytes (a Buffer), PEM text, or an X509Certificate',
      verifyNotCertificate: expect.stringMatching(/^CompactError: cannot read the CA certificates in verifyPdf options.ca\[0\]/),
    });
  });
});

describe('completionScript, addEditorAnnotations, watch', () => {
  it('work as docs/api.md shows them, and a wrong call is a CompactError', async () => {
    const { stdout: fromCli } = await run(process.execPath, [BIN, 'completion', 'bash'], { cwd: ROOT, encoding: 'utf8' });
    const output = await runModule(`
      import { Ajv2020 } from 'ajv/dist/2020.js';
      import { addEditorAnnotations, compactSchema, completionScript, watch } from 'compact';
      const outcome = async (call) => { try { await call(); return 'returned'; } catch (error) { return error.name + ': ' + error.message; } };
      const watcher = await watch(['examples'], () => undefined, { debounceMs: 10 });
      await watcher.close();
      console.log(JSON.stringify({
        bash: await completionScript('bash'),
        tcsh: await outcome(() => completionScript('tcsh')),
        compiles: typeof addEditorAnnotations(new Ajv2020({ strict: true, strictRequired: false, allowUnionTypes: true, validateFormats: false })).compile(compactSchema),
        schema: await outcome(() => addEditorAnnotations(compactSchema)),
        watchWithoutRun: await outcome(() => watch(['examples'], { debounceMs: 10 })),
      }));
    `);
    const seen = JSON.parse(output) as Record<string, string>;
    expect(seen.bash).toBe(fromCli);
    expect(seen.tcsh).toBe("CompactError: completionScript: shell is \"tcsh\"; it must be one of 'bash', 'zsh', 'fish'");
    expect(seen.compiles).toBe('function');
    expect(seen.schema).toMatch(/^CompactError: addEditorAnnotations: ajv is an object; it must be an Ajv instance/);
    expect(seen.watchWithoutRun).toMatch(/^CompactError: watch: run is an object; it must be a function/);
  });
});
