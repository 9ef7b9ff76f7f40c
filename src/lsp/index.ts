import type { Connection } from 'vscode-languageserver';
import { checkObject, checkThat } from '../api/arguments.js';
import type { LanguageServerOptions } from './server.js';

export type { LanguageServerOptions } from './server.js';

/**
 * Runs the language server of `compact lsp` on two streams (an editor's pipe, a socket). The server and its
 * libraries are loaded on the first call, so that importing the library does not load them.
 */
export async function startLanguageServer(options: LanguageServerOptions): Promise<Connection> {
  checkLanguageServerOptions(options);
  const server = await import('./server.js');
  return server.startLanguageServer(options);
}

function checkLanguageServerOptions(options: unknown): void {
  const fn = 'startLanguageServer';
  checkObject(fn, 'options', options, '{ input, output }: the streams to talk over, such as { input: process.stdin, output: process.stdout }');
  checkThat(fn, 'options.input', options!.input, isStream(options!.input, 'read'), 'a readable stream');
  checkThat(fn, 'options.output', options!.output, isStream(options!.output, 'write'), 'a writable stream');
}

function isStream(value: unknown, method: 'read' | 'write'): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function';
}
