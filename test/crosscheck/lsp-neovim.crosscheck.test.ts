import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { MISSPELT } from '../lsp/fixtures.js';

/**
 * Neovim as the editor: its own LSP client starts `compact lsp --stdio` for a compact, waits for the diagnostics,
 * asks for completion, writes what it got to a file, then stops the server (shutdown and exit) and records its exit code.
 */
const SCRIPT = String.raw`
local out = assert(io.open(vim.env.RESULT_FILE, 'w'))
local exit_code = nil
local client_id = vim.lsp.start_client({
  name = 'compact',
  cmd = { vim.env.NODE, vim.env.COMPACT_BIN, 'lsp', '--stdio' },
  root_dir = vim.fn.getcwd(),
  on_exit = function(code) exit_code = code end,
})
vim.lsp.buf_attach_client(0, client_id)
local ok = vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
if not ok then out:write('no diagnostics\n') end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  out:write(string.format('diagnostic\t%d\t%d\t%s\t%s\t%s\n', d.lnum, d.col, code, d.source or '', d.message))
end
local client = vim.lsp.get_client_by_id(client_id)
local line = vim.fn.search('dialogg') - 1
local col = vim.fn.col('.') + 2
local response = client.request_sync('textDocument/completion', {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  position = { line = line, character = col },
}, 10000, 0)
local items = response and response.result or {}
if items.items then items = items.items end
for _, item in ipairs(items) do out:write('completion\t' .. item.label .. '\n') end
client.stop()
vim.wait(10000, function() return exit_code ~= nil end, 100)
out:write('exit\t' .. tostring(exit_code) .. '\n')
out:close()
vim.cmd('qa!')
`;

describe('compact lsp with Neovim as the client', () => {
  it('publishes the lint findings, completes principle ids and exits cleanly after Neovim stops it', () => {
    // Fails loudly, never skips, when Neovim is not installed.
    const version = execFileSync('nvim', ['--version'], { encoding: 'utf8' });
    expect(version).toMatch(/^NVIM v\d/);
    const folder = mkdtempSync(join(tmpdir(), 'compact-nvim-'));
    const file = join(folder, 'exempelby.yaml');
    const script = join(folder, 'check.lua');
    const result = join(folder, 'result.txt');
    writeFileSync(file, MISSPELT);
    writeFileSync(script, SCRIPT);
    const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${script}`, file], {
      cwd: folder,
      env: { ...process.env, NODE: process.execPath, COMPACT_BIN: BIN, RESULT_FILE: result, COMPACT_TODAY: '2024-06-01' },
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.status, `nvim: ${run.stderr}`).toBe(0);
    const lines = readFileSync(result, 'utf8').trim().split('\n').map((entry) => entry.split('\t'));
    const misspelt = lines.find((entry) => entry[0] === 'diagnostic' && entry[3] === 'known-principle-ref');
    expect(misspelt, JSON.stringify(lines)).toBeDefined();
    const citationLine = MISSPELT.split('\n').findIndex((line) => line.includes('dialogg'));
    expect(misspelt!.slice(1, 5)).toEqual([String(citationLine), String(MISSPELT.split('\n')[citationLine]!.indexOf('dialogg')), 'known-principle-ref', 'compact']);
    expect(misspelt![5]).toContain('did you mean "dialog"?');
    // oppenhet is cited in the same list already, so dialog is the one principle offered.
    expect(lines.filter((entry) => entry[0] === 'completion').map((entry) => entry[1])).toEqual(['dialog']);
    expect(lines.find((entry) => entry[0] === 'exit')).toEqual(['exit', '0']);
  });
});
