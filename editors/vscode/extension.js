// Starts `compact lsp --stdio` for the compact files of the workspace.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

/** node_modules/.bin/compact of the first workspace folder that has one, else `compact` on the PATH. */
function compactCommand(configured) {
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, 'node_modules', '.bin', process.platform === 'win32' ? 'compact.cmd' : 'compact');
    if (existsSync(local)) return local;
  }
  return 'compact';
}

async function activate(context) {
  const settings = vscode.workspace.getConfiguration('compact');
  const command = compactCommand(settings.get('path'));
  const args = ['lsp', '--max-file-size', String(settings.get('maxFileSize', 10))];
  const server = { command, args, transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  const documentSelector = settings.get('files', []).map((pattern) => ({ scheme: 'file', language: 'yaml', pattern }));
  client = new LanguageClient('compact', 'compact', { run: server, debug: server }, {
    documentSelector,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.compactrc.yaml,.compactrc.yml,.compactrc.json,compact.config.json,compact.config.yaml,package.json}'),
    },
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client?.stop();
}

module.exports = { activate, deactivate };
