import type { Connection } from 'vscode-languageserver';
import type { LanguageServerOptions } from './server.js';

export type { LanguageServerOptions } from './server.js';

/**
 * Runs the language server of `compact lsp` on two streams (an editor's pipe, a socket). The server and its
 * libraries are loaded on the first call, so that importing the library does not load them.
 */
export async function startLanguageServer(options: LanguageServerOptions): Promise<Connection> {
  const server = await import('./server.js');
  return server.startLanguageServer(options);
}
