import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';
import { applyEdits, positionOf, type LspTextEdit } from './fixtures.js';

type Items = Array<{ label: string; detail?: string }>;
type Completion = Items | { items: Items };
type Action = { title: string; edit?: { changes: Record<string, LspTextEdit[]> } };
const labels = (completion: Completion | null) => (completion === null ? [] : Array.isArray(completion) ? completion : completion.items).map((item) => item.label);

const config = (ansvarigUrl: string) => `plugins:
  - ./rules/x.mjs
rules:
  x-ansvarig:
    given: $.commitments[*]
    then: { field: x-ansvarig, function: truthy }
    severity: error
    description: Varje åtagande har en ansvarig
    documentationUrl: ${ansvarigUrl}
`;

const PLUGIN = `export const rules = {
  'x-titel': {
    meta: { defaultSeverity: 'warning', description: 'Titel', docsUrl: 'https://exempelby.se/regler/x-titel', messages: { t: 'VERSION 1' }, recommended: true },
    check(compact, context) { context.report({ messageId: 't', path: ['title'] }); },
  },
};
`;

const COMPACT = `compact: 1
id: ystad
title: Överenskommelse i Ystad
language: sv
status: draft
parties:
  - { id: kommunen, name: Ystads kommun, role: public }
  - { id: civ, name: Civilsamhället, role: civil-society }
principles:
  - { id: dialog, title: Dialog, text: Dialog. }
commitments:
  # compact-disable-next-line x-
  - { id: k1, party: kommunen, text: Kommunen lyssnar., principles: [dialog] }
  - { id: k2, party: civ, text: Föreningarna deltar., principles: [dialog], x-ansvarig: KFN }
`;

let client: LspClient | undefined;
afterEach(() => {
  client?.kill();
  client = undefined;
});

/** A folder with a config that defines x-ansvarig and loads a plugin with x-titel, and the compact a.yaml. */
function project(): { folder: string; configFile: string; uri: string } {
  const folder = mkdtempSync(join(tmpdir(), 'compact-lsp-rules-'));
  mkdirSync(join(folder, 'rules'));
  const configFile = join(folder, '.compactrc.yaml');
  writeFileSync(configFile, config('https://exempelby.se/regler/x-ansvarig'));
  writeFileSync(join(folder, 'rules', 'x.mjs'), PLUGIN);
  writeFileSync(join(folder, 'a.yaml'), COMPACT);
  return { folder, configFile, uri: pathToFileURL(join(folder, 'a.yaml')).href };
}

describe('compact lsp: rules of the config and its plugins', () => {
  it('links a plugin rule and a config rule to their pages and offers to disable each for its line', async () => {
    const { folder, uri } = project();
    client = await LspClient.start({ cwd: folder });
    await client.open(uri, COMPACT);
    const published = await client.diagnostics(uri);
    const titel = published.diagnostics.find((d) => d.code === 'x-titel');
    const ansvarig = published.diagnostics.find((d) => d.code === 'x-ansvarig');
    expect(titel?.codeDescription?.href).toBe('https://exempelby.se/regler/x-titel');
    expect(ansvarig?.codeDescription?.href).toBe('https://exempelby.se/regler/x-ansvarig');

    const actionsFor = (diagnostic: NonNullable<typeof titel>) =>
      client!.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const titelActions = await actionsFor(titel!);
    const disableTitel = titelActions.find((action) => action.title === 'Disable x-titel for this line');
    expect(disableTitel, JSON.stringify(titelActions.map((a) => a.title))).toBeDefined();
    expect(applyEdits(COMPACT, disableTitel!.edit!.changes[uri]!)).toContain('# compact-disable-next-line x-titel\ntitle: Överenskommelse i Ystad\n');
    const ansvarigActions = await actionsFor(ansvarig!);
    const disableAnsvarig = ansvarigActions.find((action) => action.title === 'Disable x-ansvarig for this line');
    expect(disableAnsvarig, JSON.stringify(ansvarigActions.map((a) => a.title))).toBeDefined();
    expect(applyEdits(COMPACT, disableAnsvarig!.edit!.changes[uri]!)).toContain('  # compact-disable-next-line x-, x-ansvarig\n  - { id: k1,');
  });

  it('completes and explains the ids of a plugin rule and a config rule in a compact-disable comment', async () => {
    const { folder, uri } = project();
    client = await LspClient.start({ cwd: folder });
    await client.open(uri, COMPACT);
    await client.diagnostics(uri);
    const completion = await client.request<Completion>('textDocument/completion', { textDocument: { uri }, position: { line: 11, character: 31 } });
    expect(labels(completion)).toEqual(expect.arrayContaining(['x-titel', 'x-ansvarig', 'known-principle-ref']));

    const commented = COMPACT.replace('# compact-disable-next-line x-\n', '# compact-disable-next-line x-titel, x-ansvarig\n');
    const other = pathToFileURL(join(folder, 'b.yaml')).href;
    await client.open(other, commented);
    const hover = (needle: string) =>
      client!.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: other }, position: positionOf(commented, needle, 3) });
    const titel = await hover('x-titel,');
    expect(titel?.contents.value).toContain('**x-titel** — Titel');
    expect(titel?.contents.value).toContain('(https://exempelby.se/regler/x-titel)');
    const ansvarig = await hover('x-ansvarig\n');
    expect(ansvarig?.contents.value).toContain('**x-ansvarig** — Varje åtagande har en ansvarig');
    expect(ansvarig?.contents.value).toContain('(https://exempelby.se/regler/x-ansvarig)');
  });

  it('takes a rule\'s new page from the config once the config is read again', async () => {
    const { folder, configFile, uri } = project();
    client = await LspClient.start({ cwd: folder });
    await client.open(uri, COMPACT);
    const before = await client.diagnostics(uri);
    expect(before.diagnostics.find((d) => d.code === 'x-ansvarig')?.codeDescription?.href).toBe('https://exempelby.se/regler/x-ansvarig');

    writeFileSync(configFile, config('https://exempelby.se/regler/ansvar'));
    const count = client.published.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).href, type: 2 }] });
    const after = await client.diagnostics(uri, () => true, count);
    expect(after.diagnostics.find((d) => d.code === 'x-ansvarig')?.codeDescription?.href).toBe('https://exempelby.se/regler/ansvar');
    const commented = COMPACT.replace('# compact-disable-next-line x-\n', '# compact-disable-next-line x-ansvarig\n');
    const other = pathToFileURL(join(folder, 'b.yaml')).href;
    await client.open(other, commented);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: other }, position: positionOf(commented, 'x-ansvarig\n', 3) });
    expect(hover?.contents.value).toContain('(https://exempelby.se/regler/ansvar)');
  });
});
