import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { BIN, ROOT } from '../helpers/cli.js';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export interface Registration {
  id: string;
  method: string;
  registerOptions?: { watchers?: Array<{ globPattern: string }> };
}

/**
 * A language client in another process's place: it starts `compact lsp --stdio` as an editor does and speaks the
 * protocol to it over the child's standard input and output.
 */
export class LspClient {
  readonly connection: MessageConnection;
  readonly published: PublishedDiagnostics[] = [];
  /** What the server asked the client to register (client/registerCapability). */
  readonly registrations: Registration[] = [];
  stdoutNoise = '';
  stderr = '';
  /** Errors the server logged (a request handler or a check that failed). */
  readonly logErrors: string[] = [];
  private readonly exited: Promise<number | null>;
  private waiters: Array<() => void> = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      if (params.type === 1) this.logErrors.push(params.message);
    });
    // A protocol error (anything but a message on stdout) ends the connection: the test sees it as a failure.
    this.connection.onError(([error]) => {
      this.stdoutNoise += String(error);
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.listen();
  }

  static async start(options: { cwd?: string; args?: string[]; env?: NodeJS.ProcessEnv; capabilities?: Record<string, unknown> } = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [BIN, 'lsp', '--stdio', ...(options.args ?? [])], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, COMPACT_TODAY: '2024-06-01', LANG: 'C', LC_ALL: '', COMPACT_LANG: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const client = new LspClient(child);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(options.cwd ?? ROOT).href,
      capabilities: options.capabilities ?? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  async change(uri: string, version: number, changes: Array<{ range?: Diagnostic['range']; text: string }>): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** The first diagnostics published for `uri` (after the first `after` publications) that satisfy `accept`. */
  async diagnostics(uri: string, accept: (published: PublishedDiagnostics) => boolean = () => true, after = 0, timeoutMs = 20_000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.slice(after).find((entry) => entry.uri === uri && accept(entry));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** shutdown, then exit: the exit code the server ends with. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    return this.exitCode();
  }

  exitCode(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
