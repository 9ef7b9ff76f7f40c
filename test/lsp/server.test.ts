import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { LspClient, type Diagnostic } from './client.js';
import { applyEdits, MISSPELT, positionOf, uriOf, type LspTextEdit } from './fixtures.js';

type Items = Array<{ label: string; detail?: string; textEdit?: LspTextEdit }>;
type Completion = Items | { items: Items };
const labels = (completion: Completion | null) => (completion === null ? [] : Array.isArray(completion) ? completion : completion.items).map((item) => item.label);

let client: LspClient | undefined;
afterEach(() => {
  client?.kill();
  client = undefined;
});

function tempFolder(): string {
  return mkdtempSync(join(tmpdir(), 'compact-lsp-'));
}

describe('compact lsp: diagnostics', () => {
  it.each([
    ['a tab used for indentation', MISSPELT.replace('    name: Exempelby kommun', '\tname: Exempelby kommun')],
    ['an unclosed quote', MISSPELT.replace('title: Dialog', 'title: "Dialog')],
    ['a key without a value in a list', MISSPELT.replace('      - dialog', '      - dialog\n      principles')],
    ['an unclosed flow list', MISSPELT.replace('[dialogg, oppenhet]', '[dialogg, oppenhet')],
  ])('half-typed YAML (%s) gives the findings compact lint gives, and the server goes on', async (_name, text) => {
    const folder = tempFolder();
    const file = join(folder, 'half.yaml');
    writeFileSync(file, text);
    const cli = await runCli(['lint', '--format', 'json', file]);
    const expected = (JSON.parse(cli.stdout) as Array<{ ruleId: string; line: number; column: number; message: string }>).map((f) => [f.ruleId, f.line - 1, f.column - 1, f.message]);
    expect(expected.length).toBeGreaterThan(0);

    client = await LspClient.start({ cwd: folder });
    const uri = pathToFileURL(file).href;
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message])).toEqual(expected);

    // Completion and hover on the broken text answer without an error; the server still checks the next version.
    const position = positionOf(text, 'party: kommunen', 'party: '.length);
    expect(labels(await client.request<Completion>('textDocument/completion', { textDocument: { uri }, position }))).toContain('joint');
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    await client.change(uri, 2, [{ text: MISSPELT }]);
    const fresh = await client.diagnostics(uri, (entry) => entry.version === 2);
    expect(fresh.diagnostics.map((d) => d.code)).toContain('known-principle-ref');
    expect(await client.shutdown()).toBe(0);
  });

  it('refuses a document over the size limit with one diagnostic, without reading it', async () => {
    client = await LspClient.start({ args: ['--max-file-size', '0.0625'] });
    const uri = uriOf('large.yaml');
    const text = `${MISSPELT}\n# ${'x'.repeat(70 * 1024)}\n`;
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]!.code).toBe('input/too-large');
    expect(published.diagnostics[0]!.message).toContain('64 kB');
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
  });

  it('checks again only after the changes stop, and publishes the last version', async () => {
    client = await LspClient.start();
    const uri = uriOf('debounce.yaml');
    await client.open(uri, MISSPELT);
    await client.diagnostics(uri, (entry) => entry.version === 1);
    for (let version = 2; version <= 5; version++) await client.change(uri, version, [{ text: MISSPELT.replace('dialogg', `dialo${'g'.repeat(version)}`) }]);
    const last = await client.diagnostics(uri, (entry) => entry.version === 5);
    expect(last.diagnostics.find((d) => d.code === 'known-principle-ref')!.message).toContain('dialoggggg');
    expect(client.published.filter((entry) => entry.uri === uri).map((entry) => entry.version)).toEqual([1, 5]);
  });

  it('uses the config in the file\'s folder, its rule levels and the disable comments, and checks again when the config is saved', async () => {
    const folder = tempFolder();
    const config = join(folder, '.compactrc.yaml');
    writeFileSync(config, 'rules:\n  known-principle-ref: off\n');
    client = await LspClient.start({ cwd: folder });
    const uri = pathToFileURL(join(folder, 'c.yaml')).href;
    const text = MISSPELT.replace('organiser: samradet', '# compact-disable-next-line known-party-ref\n      organiser: samradt').replace('party: kommunen', 'party: kommunn');
    await client.open(uri, text);
    const before = await client.diagnostics(uri);
    expect(before.diagnostics.map((d) => d.code)).not.toContain('known-principle-ref');
    // The unknown party of the commitment shows; the organiser's, under the comment, does not.
    expect(before.diagnostics.filter((d) => d.code === 'known-party-ref').map((d) => d.range.start.line)).toEqual([positionOf(text, 'kommunn').line]);

    writeFileSync(config, 'rules:\n  known-principle-ref: warning\n');
    const count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const after = await client.diagnostics(uri, () => true, count);
    const misspelt = after.diagnostics.find((d) => d.code === 'known-principle-ref');
    expect(misspelt?.severity).toBe(2);

    writeFileSync(config, 'rules:\n  no-such-rule: error\n');
    const again = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const broken = await client.diagnostics(uri, () => true, again);
    expect(broken.diagnostics.map((d) => d.code)).toEqual(['config/invalid']);
    expect(broken.diagnostics[0]!.message).toContain('no-such-rule');
  });
});

describe('compact lsp: what it checks and in which language', () => {
  it('leaves a YAML file that is not a compact alone', async () => {
    client = await LspClient.start();
    const uri = uriOf('workflow.yaml');
    await client.open(uri, 'name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n');
    const published = await client.diagnostics(uri);
    expect(published.diagnostics).toEqual([]);
  });

  it('speaks the language of COMPACT_LANG, as the CLI does', async () => {
    client = await LspClient.start({ env: { COMPACT_LANG: 'sv' } });
    const uri = uriOf('svenska.yaml');
    await client.open(uri, MISSPELT);
    const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((symbol) => symbol.name)).toEqual(['Parter', 'Principer', 'Åtaganden', 'Samverkan och uppföljning']);
    const position = positionOf(MISSPELT, 'id: dialog', 4);
    await expect(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Dialog' })).rejects.toThrow(/kan inte vara ett id/);
  });
});

describe('compact lsp: a config file saved in the editor', () => {
  it('checks the open compacts again when the config is saved, and does not check the config as a compact', async () => {
    const folder = tempFolder();
    const config = join(folder, '.compactrc.yaml');
    writeFileSync(config, 'rules:\n  known-principle-ref: off\n');
    client = await LspClient.start({ cwd: folder, capabilities: {} });
    const uri = pathToFileURL(join(folder, 'c.yaml')).href;
    await client.open(uri, MISSPELT);
    expect((await client.diagnostics(uri)).diagnostics.map((d) => d.code)).not.toContain('known-principle-ref');
    const configUri = pathToFileURL(config).href;
    await client.open(configUri, 'compact: 1\nrules:\n  known-principle-ref: off\n');
    writeFileSync(config, 'rules:\n  known-principle-ref: error\n');
    const count = client.published.length;
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: configUri } });
    const after = await client.diagnostics(uri, () => true, count);
    expect(after.diagnostics.map((d) => d.code)).toContain('known-principle-ref');
    expect(client.published.filter((entry) => entry.uri === configUri)).toEqual([]);
  });
});

describe('compact lsp: a plugin the config loads', () => {
  const plugin = (message: string) => `globalThis.__pluginLoads = (globalThis.__pluginLoads ?? 0) + 1;
export const rules = {
  'x-titel': {
    meta: { defaultSeverity: 'warning', description: 'Titel', messages: { t: '${message} (load ' + globalThis.__pluginLoads + ')' }, recommended: true },
    check(compact, context) { context.report({ messageId: 't', path: ['title'] }); },
  },
};
`;
  const pluginMessages = (published: { diagnostics: Diagnostic[] }) => published.diagnostics.filter((d) => d.code === 'x-titel').map((d) => d.message);

  it('watches plugin files, and checks again with the new plugin code when the plugin or the config changes', async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, 'rules'));
    const config = join(folder, '.compactrc.yaml');
    const pluginFile = join(folder, 'rules', 'x.mjs');
    writeFileSync(config, 'plugins:\n  - ./rules/x.mjs\n');
    writeFileSync(pluginFile, plugin('VERSION 1'));
    client = await LspClient.start({ cwd: folder });
    const uri = pathToFileURL(join(folder, 'c.yaml')).href;
    await client.open(uri, MISSPELT);
    expect(pluginMessages(await client.diagnostics(uri))).toEqual(['VERSION 1 (load 1)']);
    const globs = client.registrations.flatMap((registration) => registration.registerOptions?.watchers ?? []).map((watcher) => watcher.globPattern);
    expect(globs.some((glob) => picomatch(glob, { dot: true })('rules/x.mjs'))).toBe(true);

    // A config saved while the plugin is unchanged does not load the plugin again.
    let count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect(pluginMessages(await client.diagnostics(uri, () => true, count))).toEqual(['VERSION 1 (load 1)']);

    writeFileSync(pluginFile, plugin('VERSION 2'));
    count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(pluginFile).href, type: 2 }] });
    expect(pluginMessages(await client.diagnostics(uri, () => true, count, 10_000))).toEqual(['VERSION 2 (load 2)']);

    writeFileSync(pluginFile, plugin('VERSION 3'));
    count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    expect(pluginMessages(await client.diagnostics(uri, () => true, count))).toEqual(['VERSION 3 (load 3)']);
    expect(await client.shutdown()).toBe(0);
  });
});

describe('compact lsp: the protocol', () => {
  it('exits with 1 on exit without shutdown', async () => {
    client = await LspClient.start();
    await client.connection.sendNotification('exit');
    expect(await client.exitCode()).toBe(1);
  });

  it('answers empty for a position outside the document', async () => {
    client = await LspClient.start();
    const uri = uriOf('outside.yaml');
    await client.open(uri, MISSPELT);
    const position = { line: 500, character: 3 };
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position })).toBeNull();
    expect(labels(await client.request<Completion>('textDocument/completion', { textDocument: { uri }, position }))).toEqual([]);
    expect(await client.request('textDocument/definition', { textDocument: { uri }, position })).toBeNull();
    expect(await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } })).toEqual([]);
    expect(await client.shutdown()).toBe(0);
    expect(client.stdoutNoise).toBe('');
  });
});

describe('compact lsp: completion', () => {
  const complete = async (text: string, needle: string, shift: number) => {
    client ??= await LspClient.start();
    const uri = uriOf(`completion-${Math.random().toString(36).slice(2)}.yaml`);
    await client.open(uri, text);
    return client.request<Completion>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, needle, shift) });
  };

  it('offers party ids and joint after party:, bodies and parties after organiser:, parties in members', async () => {
    expect(labels(await complete(MISSPELT, 'party: kommunen', 7))).toEqual(['kommunen', 'foreningarna', 'joint']);
    const items = (await complete(MISSPELT, 'party: kommunen', 7)) as Items;
    expect(items.find((item) => item.label === 'kommunen')!.detail).toBe('Exempelby kommun');
    expect(labels(await complete(MISSPELT, 'organiser: samradet', 11))).toEqual(['samradet', 'kommunen', 'foreningarna']);
    expect(labels(await complete(MISSPELT, '- party: foreningarna', 9))).toEqual(['kommunen', 'foreningarna']);
  });

  it('offers principles in a block list being typed, and baseline principles after baseline:', async () => {
    const typing = MISSPELT.replace('      - dialog\n', '      - dialog\n      - \n');
    // dialog is the list's first item already.
    expect(labels(await complete(typing, '      - \n', 8))).toEqual(['oppenhet']);
    const baseline = MISSPELT.replace('status: draft\n', 'status: draft\nbaseline: se-2008\n').replace('    title: Dialog\n', '    title: Dialog\n    baseline: \n');
    expect(labels(await complete(baseline, '    baseline: \n', 14))).toEqual(['independence', 'dialogue', 'quality', 'long-term', 'openness', 'diversity']);
  });

  it('works from the lines when the document does not parse', async () => {
    const broken = MISSPELT.replace('  - id: samrad\n    party: foreningarna', '  - id: samrad\n    party: ').replace('title: Dialog', 'title: "Dialog');
    expect(labels(await complete(broken, '    party: \n', 11))).toEqual(['kommunen', 'foreningarna', 'joint']);
  });

  it('offers rule ids inside a compact-disable comment, and nothing in plain values', async () => {
    const commented = MISSPELT.replace('commitments:\n', 'commitments:\n  # compact-disable-next-line known-\n');
    const rules = labels(await complete(commented, 'known-\n', 6));
    expect(rules).toContain('known-principle-ref');
    expect(rules).toContain('review-overdue');
    expect(labels(await complete(MISSPELT, 'text: Kommunen', 8))).toEqual([]);
  });
});

describe('compact lsp: navigation, hover, rename and quick fixes', () => {
  const open = async (text: string) => {
    client ??= await LspClient.start();
    const uri = uriOf(`nav-${Math.random().toString(36).slice(2)}.yaml`);
    await client.open(uri, text);
    return uri;
  };

  it('goes to the declaration of a party and a body, and finds their references', async () => {
    const uri = await open(MISSPELT);
    const definition = await client!.request<{ range: LspTextEdit['range'] }>('textDocument/definition', { textDocument: { uri }, position: positionOf(MISSPELT, 'organiser: samradet', 12) });
    expect(definition.range.start).toEqual(positionOf(MISSPELT, 'id: samradet', 4));
    const references = await client!.request<Array<{ range: LspTextEdit['range'] }>>('textDocument/references', {
      textDocument: { uri },
      position: positionOf(MISSPELT, 'id: kommunen', 5),
      context: { includeDeclaration: false },
    });
    expect(references.map((reference) => reference.range.start.line)).toEqual([positionOf(MISSPELT, 'party: kommunen').line, positionOf(MISSPELT, '- party: kommunen').line]);
  });

  it('shows a party\'s name and role, and when the review is due on a review date', async () => {
    const text = MISSPELT.replace('status: draft', 'status: adopted').concat('adoption: { body: Kommunfullmäktige, date: 2020-03-12 }\nreview:\n  cycle_years: 3\n  last_reviewed: 2020-03-12\n');
    const uri = await open(text);
    const party = await client!.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'party: foreningarna', 9) });
    expect(party.contents.value).toContain('**Föreningarna i Exempelby**');
    expect(party.contents.value).toContain('Civil-society party');
    const review = await client!.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'last_reviewed: 2020', 17) });
    expect(review.contents.value).toContain('2023-03-12');
    expect(review.contents.value).toContain('days ago');
    expect(review.contents.value).toContain('3 years after the last review, 2020-03-12');

    const commented = MISSPELT.replace('commitments:\n', 'commitments:\n  # compact-disable-next-line principle-served\n');
    const other = await open(commented);
    const rule = await client!.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: other }, position: positionOf(commented, 'principle-served', 4) });
    expect(rule.contents.value).toContain('**principle-served**');
    expect(rule.contents.value).toMatch(/docs\/rules\/principle-served\.md\)/);
  });

  it('refuses a rename to an invalid or taken id, and of what is not a declared id', async () => {
    const uri = await open(MISSPELT);
    const position = positionOf(MISSPELT, 'id: dialog', 4);
    await expect(client!.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Dialog Två' })).rejects.toThrow(/cannot be an id/);
    await expect(client!.request('textDocument/rename', { textDocument: { uri }, position, newName: 'oppenhet' })).rejects.toThrow(/already the id of a principle/);
    const party = positionOf(MISSPELT, 'id: kommunen', 4);
    await expect(client!.request('textDocument/rename', { textDocument: { uri }, position: party, newName: 'samradet' })).rejects.toThrow(/already the id of a body/);
    await expect(client!.request('textDocument/rename', { textDocument: { uri }, position: party, newName: 'joint' })).rejects.toThrow(/reserved/);
    await expect(client!.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(MISSPELT, 'dialogg', 2) })).rejects.toThrow(/not declared/);
    await expect(client!.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(MISSPELT, 'text: Kommunen', 8) })).rejects.toThrow(/only the id/);
    const body = await client!.request<{ changes: Record<string, LspTextEdit[]> }>('textDocument/rename', { textDocument: { uri }, position: positionOf(MISSPELT, 'organiser: samradet', 12), newName: 'styrgruppen' });
    expect(applyEdits(MISSPELT, body.changes[uri]!)).toContain('    - id: styrgruppen\n');
    expect(applyEdits(MISSPELT, body.changes[uri]!)).toContain('organiser: styrgruppen\n');
  });

  it('disables a rule for one line with a comment indented as the line', async () => {
    const uri = await open(MISSPELT);
    const published = await client!.diagnostics(uri);
    const misspelt = published.diagnostics.find((d: Diagnostic) => d.code === 'known-principle-ref')!;
    const actions = await client!.request<Array<{ title: string; edit: { changes: Record<string, LspTextEdit[]> } }>>('textDocument/codeAction', {
      textDocument: { uri },
      range: misspelt.range,
      context: { diagnostics: [misspelt] },
    });
    const disable = actions.find((action) => action.title === 'Disable known-principle-ref for this line');
    expect(disable, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    const text = applyEdits(MISSPELT, disable!.edit.changes[uri]!);
    expect(text).toContain('    # compact-disable-next-line known-principle-ref\n    principles: [dialogg, oppenhet]\n');
    await client!.change(uri, 2, [{ text }]);
    const after = await client!.diagnostics(uri, (entry) => entry.version === 2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('known-principle-ref');
    expect(after.diagnostics.map((d) => d.code)).not.toContain('unused-disable-directive');
  });
});
