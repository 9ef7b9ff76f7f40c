import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/compact.js`;

export interface CliResult {
  code: number;
  stdout: string;
  /** stdout as bytes, for binary output (a PDF written to `--out -`). */
  stdoutBytes: Buffer;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Run as this user and group (the test runner must be root to switch). */
  uid?: number;
  gid?: number;
}

/** Runs the built `compact` binary as a user would, without a terminal. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      // English unless a test asks for another language: the machine's locale must not change what tests see.
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', COMPACT_TODAY: '', COMPACT_LANG: '', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : { uid: options.uid }),
      ...(options.gid === undefined ? {} : { gid: options.gid }),
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    // A command that stops reading early (an input over the size limit) closes the pipe: not a failure of the test.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.on('close', (code) => {
      const bytes = Buffer.concat(stdout);
      resolve({ code: code ?? -1, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr: Buffer.concat(stderr).toString('utf8') });
    });
    // A command that exits without reading its standard input closes the pipe: EPIPE here is not a failure.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin.end(options.input ?? '');
  });
}

export function fixture(...parts: string[]): string {
  return `test/fixtures/${parts.join('/')}`;
}
