import { afterEach, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';
import { MISSPELT, positionOf, uriOf } from './fixtures.js';

let client: LspClient | undefined;
afterEach(() => client?.kill());

/** A fixed sequence of pseudo-random numbers, so that a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('compact lsp on text being typed', () => {
  it('answers every request on every prefix of a compact, cut anywhere, and keeps checking', async () => {
    client = await LspClient.start();
    const uri = uriOf('typing.yaml');
    await client.open(uri, '');
    const next = numbers(20261201);
    let version = 1;
    for (let step = 0; step < 40; step++) {
      const cut = Math.floor(next() * MISSPELT.length);
      const text = MISSPELT.slice(0, cut);
      version++;
      await client.change(uri, version, [{ text }]);
      const at = positionOf(text, text.slice(Math.floor(next() * (text.length + 1))), 0, 0);
      const position = { line: at.line, character: at.character };
      const answers = await Promise.all([
        client.request('textDocument/completion', { textDocument: { uri }, position }),
        client.request('textDocument/hover', { textDocument: { uri }, position }),
        client.request('textDocument/definition', { textDocument: { uri }, position }),
        client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
        client.request('textDocument/documentSymbol', { textDocument: { uri } }),
        client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
        client.request('textDocument/prepareRename', { textDocument: { uri }, position }).catch((error: Error) => error.message),
      ]);
      expect(answers).toHaveLength(7);
    }
    await client.change(uri, version + 1, [{ text: MISSPELT }]);
    const last = await client.diagnostics(uri, (entry) => entry.version === version + 1);
    expect(last.diagnostics.map((d) => d.code)).toContain('known-principle-ref');
    expect(client.logErrors).toEqual([]);
    expect(client.stderr).toBe('');
    expect(await client.shutdown()).toBe(0);
  });
});
