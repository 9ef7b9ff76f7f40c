import { createRequire, Module } from 'node:module';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/cli.js';

interface ServerOptions {
  command: string;
  args: string[];
  transport: number;
}

/** Loads editors/vscode/extension.js with stand-ins for the editor's API, and returns what it would start. */
async function whatTheExtensionStarts(): Promise<{ server: ServerOptions; selector: Array<{ language: string; pattern: string }>; started: boolean }> {
  let captured: { server: ServerOptions; selector: Array<{ language: string; pattern: string }> } | undefined;
  let started = false;
  const settings: Record<string, unknown> = { path: 'compact-under-test', files: ['**/*.{yaml,yml}'], maxFileSize: 10 };
  const vscode = {
    workspace: {
      workspaceFolders: [],
      getConfiguration: () => ({ get: (key: string, fallback?: unknown) => settings[key] ?? fallback }),
      createFileSystemWatcher: (pattern: string) => ({ pattern }),
    },
  };
  const client = {
    TransportKind: { stdio: 0 },
    LanguageClient: class {
      constructor(_id: string, _name: string, server: { run: ServerOptions }, options: { documentSelector: Array<{ language: string; pattern: string }> }) {
        captured = { server: server.run, selector: options.documentSelector };
      }
      start() {
        started = true;
        return Promise.resolve();
      }
    },
  };
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function load(request: string, ...rest: unknown[]) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return client;
    return original.call(this, request, ...rest);
  };
  try {
    const extension = createRequire(import.meta.url)(`${ROOT}editors/vscode/extension.js`) as { activate: (context: unknown) => Promise<void> };
    await extension.activate({ subscriptions: [] });
  } finally {
    loader._load = original;
  }
  return { ...captured!, started };
}

describe('the VS Code extension', () => {
  it('starts compact lsp for YAML files with arguments the server accepts', async () => {
    const { server, selector, started } = await whatTheExtensionStarts();
    expect(started).toBe(true);
    expect(server.command).toBe('compact-under-test');
    expect(server.args[0]).toBe('lsp');
    expect(selector.every((entry) => entry.language === 'yaml')).toBe(true);

    // vscode-languageclient adds --stdio for the stdio transport; the server must accept the whole command line.
    const child = spawn(process.execPath, [`${ROOT}bin/compact.js`, ...server.args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const result = (await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} })) as { capabilities: Record<string, unknown> };
    expect(result.capabilities.renameProvider).toEqual({ prepareProvider: true });
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });
});
