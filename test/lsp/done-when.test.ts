import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';
import { applyEdits, MISSPELT, positionOf, uriOf, type LspTextEdit } from './fixtures.js';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, LspTextEdit[]> };
}

describe('compact lsp: a misspelt principle from diagnostic to rename', () => {
  let client: LspClient | undefined;
  afterEach(() => client?.kill());

  it('reports dialogg, fixes it, completes, hovers, renames, outlines and exits cleanly', async () => {
    client = await LspClient.start();
    const uri = uriOf('done-when.yaml');
    await client.open(uri, MISSPELT);

    // The diagnostic, on the line that cites dialogg, with the rule's id, page and source.
    const first = await client.diagnostics(uri, (published) => published.version === 1);
    const misspelt = first.diagnostics.filter((d) => d.code === 'known-principle-ref');
    expect(misspelt).toHaveLength(1);
    const citation = positionOf(MISSPELT, 'dialogg');
    expect(misspelt[0]!.range.start).toEqual(citation);
    expect(misspelt[0]!.range.end).toEqual({ line: citation.line, character: citation.character + 'dialogg'.length });
    expect(misspelt[0]!.source).toBe('compact');
    expect(misspelt[0]!.severity).toBe(1);
    expect(misspelt[0]!.codeDescription?.href).toMatch(/docs\/rules\/known-principle-ref\.md$/);

    // A quick fix to dialog.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: misspelt[0]!.range,
      context: { diagnostics: misspelt },
    });
    const quickFix = actions.find((action) => action.kind === 'quickfix' && action.title.includes('"dialog"'));
    expect(quickFix, JSON.stringify(actions)).toBeDefined();
    expect(quickFix!.isPreferred).toBe(true);
    const edits = quickFix!.edit!.changes[uri]!;
    const fixed = applyEdits(MISSPELT, edits);
    expect(fixed).toContain('principles: [dialog, oppenhet]');

    // dialog in completion at that place.
    const completion = await client.request<Array<{ label: string; detail?: string }> | { items: Array<{ label: string; detail?: string }> }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: citation.line, character: citation.character + 3 },
    });
    const items = Array.isArray(completion) ? completion : completion.items;
    // oppenhet is cited in the same list already.
    expect(items.map((item) => item.label)).toEqual(['dialog']);
    expect(items.find((item) => item.label === 'dialog')!.detail).toBe('Dialog');

    // Fresh diagnostics after the fix is applied.
    await client.change(uri, 2, edits.map((edit) => ({ range: edit.range, text: edit.newText })));
    const second = await client.diagnostics(uri, (published) => published.version === 2);
    expect(second.diagnostics.filter((d) => d.code === 'known-principle-ref')).toEqual([]);

    // The principle's text on hover, over the citation just fixed.
    const hover = await client.request<{ contents: { kind: string; value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: citation.line, character: citation.character + 2 },
    });
    expect(hover.contents.value).toContain('En kontinuerlig dialog är en förutsättning för samverkan.');
    expect(hover.contents.value).toContain('**Dialog**');

    // Rename of dialog: the declaration and both citations, in one WorkspaceEdit.
    const declaration = positionOf(fixed, 'id: dialog', 4);
    const prepared = await client.request<{ range: LspTextEdit['range']; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: declaration });
    expect(prepared.placeholder).toBe('dialog');
    const rename = await client.request<{ changes: Record<string, LspTextEdit[]> }>('textDocument/rename', { textDocument: { uri }, position: declaration, newName: 'samtal' });
    const renameEdits = rename.changes[uri]!;
    expect(renameEdits).toHaveLength(3);
    const renamed = applyEdits(fixed, renameEdits);
    expect(renamed).toContain('  - id: samtal\n');
    expect(renamed).toContain('principles: [samtal, oppenhet]');
    expect(renamed).toContain('      - samtal\n');
    expect(renamed).not.toMatch(/\bdialog\b(?! är)/);

    // An outline with the commitments, grouped by party.
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string; detail?: string; children?: Array<{ name: string }> }> }>>('textDocument/documentSymbol', { textDocument: { uri } });
    const commitments = symbols.find((symbol) => symbol.name === 'Commitments');
    expect(commitments, JSON.stringify(symbols.map((s) => s.name))).toBeDefined();
    expect(commitments!.children!.map((group) => [group.name, group.children!.map((c) => c.name)])).toEqual([
      ['Exempelby kommun', ['register']],
      ['Föreningarna i Exempelby', ['samrad']],
    ]);
    expect(symbols.map((symbol) => symbol.name)).toEqual(['Parties', 'Principles', 'Commitments', 'Governance']);

    // A clean exit.
    expect(await client.shutdown()).toBe(0);
    expect(client.stdoutNoise).toBe('');
    expect(client.logErrors).toEqual([]);
  });
});
