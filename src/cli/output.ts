import { t } from '../i18n/index.js';
import { basename, extname } from 'node:path';
import { CompactError } from '../errors.js';
import { EXIT_USAGE } from './exit-codes.js';
import type { Finding } from '../findings.js';
import { STDIN, STDIN_NAME } from '../load/index.js';
import { colorFor, getFormatter } from '../report/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { VERSION } from './version.js';

/** Whether a report goes to stdout: no output file, or `-`. Reports written to a file are never coloured. */
export function toStdout(outputFile: string | undefined): boolean {
  return outputFile === undefined || outputFile === '-';
}

/** Writes a command's report to stdout, or atomically to a file. */
export async function emit(text: string | Uint8Array, outputFile?: string): Promise<void> {
  if (outputFile !== undefined && outputFile !== '-') {
    await writeFileAtomic(outputFile, text);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Writes a rendered document to a file, or to stdout for `-`; a PDF's bytes are not poured into a terminal. */
export async function emitDocument(document: string | Uint8Array, target: string): Promise<void> {
  if (target === '-' && typeof document !== 'string' && process.stdout.isTTY) {
    throw new CompactError(t('cli.pdfToTerminal'));
  }
  await emit(document, target);
}

/** The format each well-known extension of an output file stands for; `md` (as `compact render` names it) is markdown. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, string>> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.json': 'json',
};

/** The format the extension of an output file stands for (`markdown` for .md), or undefined for any other name. */
export function formatOfOut(out: string | undefined): string | undefined {
  return out === undefined ? undefined : FORMAT_OF_EXTENSION[extname(out).toLowerCase()];
}

/**
 * Refuses an output file whose extension belongs to another format than the one being written (a PDF named x.html).
 * Other names, stdout (`-`) among them, are taken as given.
 */
export function refuseExtensionOfAnotherFormat(out: string | undefined, format: string): void {
  if (out === undefined) return;
  const extension = extname(out).toLowerCase();
  const named = FORMAT_OF_EXTENSION[extension];
  if (named !== undefined && named !== (format === 'md' ? 'markdown' : format)) {
    throw new CompactError(t('cli.format.outOfAnotherFormat', { out, extension, named, format }));
  }
}

/** The name of a document written without --out: the input file's name without its extension, or for stdin the compact's id. */
export function documentStem(input: string, compactId: string): string {
  return input === STDIN || input === STDIN_NAME ? compactId : basename(input, extname(input));
}

export function printError(message: string): void {
  process.stderr.write(`compact: ${message}\n`);
}

/** Prints a failure on stderr and returns its exit code: a CompactError's one line, or an internal error (with the stack under COMPACT_DEBUG). */
export function reportError(error: unknown): number {
  if (error instanceof CompactError) {
    printError(error.message);
    return error.exitCode;
  }
  printError(t('cli.internalError', { detail: error instanceof Error ? error.message : String(error) }));
  if (process.env.COMPACT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  else printError(t('cli.internalErrorAdvice'));
  return EXIT_USAGE;
}

/** Findings that stop a command (it writes nothing), in the stylish format on stderr. */
export async function printFindings(findings: readonly Finding[], files: string[], command: string, color?: boolean): Promise<void> {
  const stylish = await getFormatter('stylish');
  process.stderr.write(stylish(findings, { files, color: colorFor(process.stderr, { color }), command, cwd: process.cwd(), toolVersion: VERSION }));
}
