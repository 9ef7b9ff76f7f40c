import type { Connection } from 'vscode-languageserver';
import { checkObject, checkThat } from '../api/arguments.js';
import { t } from '../i18n/index.js';
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
  checkObject(fn, 'options', options, t('api.lspStreams', { streams: '{ input, output }', example: '{ input: process.stdin, output: process.stdout }' }));
  checkThat(fn, 'options.input', options!.input, isStream(options!.input, 'read'), t('api.readableStream'));
  checkThat(fn, 'options.output', options!.output, isStream(options!.output, 'write'), t('api.writableStream'));
}

function isStream(value: unknown, method: 'read' | 'write'): boolean {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[method] === 'function';
}
