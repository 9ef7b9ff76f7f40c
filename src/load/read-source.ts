import { t } from '../i18n/index.js';
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Finding } from '../findings.js';
import { describeFsError } from '../util/atomic-write.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const STDIN = '-';
export const STDIN_NAME = '<stdin>';

export interface ReadOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

export type ReadResult = { ok: true; file: string; text: string } | { ok: false; findings: Finding[] };

/** Reads a file (or stdin for `-`) as UTF-8 text, refusing what is too large or not text. */
export async function readSource(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = path === STDIN ? STDIN_NAME : path;
  let bytes: Buffer;
  try {
    bytes = path === STDIN ? await readStream(options.stdin ?? process.stdin, maxBytes) : await readFileCapped(path, maxBytes);
  } catch (error) {
    if (error instanceof TooLarge) return fail(file, 'input/too-large', tooLargeMessage(maxBytes));
    return fail(file, 'input/unreadable', t('load.unreadable', { file, reason: describeFsError(error) }));
  }
  return decodeText(file, bytes);
}

/** Turns bytes into text, or says why they are not a UTF-8 text file. */
export function decodeText(file: string, bytes: Uint8Array): ReadResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail(file, 'input/encoding', t('load.utf16'));
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return fail(file, 'input/binary', t('load.binary'));
  }
  if (!isUtf8(bytes)) return fail(file, 'input/encoding', t('load.notUtf8'));
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  // A byte order mark is not part of the text (as TextDecoder reads it), nor is a second one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const line = text.slice(0, nul).split('\n').length;
    const column = nul - text.lastIndexOf('\n', nul - 1);
    return fail(file, 'input/nul', t('load.nul'), { line, column });
  }
  return { ok: true, file, text };
}

class TooLarge extends Error {}

/**
 * Reads at most `maxBytes` + 1 bytes, whatever the file claims to be: a device (`/dev/zero`), a pipe or a file that
 * grows while it is read is refused once it passes the limit instead of being read to the end.
 */
async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  return readRegularFile(path, maxBytes) ?? (await readAnyFileCapped(path, maxBytes));
}

/**
 * A regular file is read synchronously: a few system calls in a row cost far less than as many trips through the
 * thread pool, and a regular file never blocks. Anything else (a FIFO, a device, an error to describe) is left to the
 * asynchronous reader: undefined.
 */
function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  let fileSize: number;
  try {
    fd = openSync(path, OPEN_WITHOUT_WAITING);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) throw new TooLarge();
    fileSize = info.size;
    const bytes = Buffer.allocUnsafe(Math.min(fileSize + 1, maxBytes + 1));
    let size = 0;
    for (;;) {
      if (size === bytes.length) {
        if (size > maxBytes) throw new TooLarge();
        return undefined;
      }
      const bytesRead = readSync(fd, bytes, size, bytes.length - size, null);
      if (bytesRead === 0) return bytes.subarray(0, size);
      size += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opening a FIFO for reading waits for a writer unless it is opened non-blocking; the flag changes nothing for a
 * regular file (Windows has no such flag, and no FIFOs among its files).
 */
const OPEN_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

async function readAnyFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > maxBytes) throw new TooLarge();
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > maxBytes) throw new TooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, size);
  } finally {
    await handle.close();
  }
}

const CHUNK_BYTES = 1024 * 1024;

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > maxBytes) {
      // Stop reading: an endless stdin (`yes | compact validate -`) must not keep the process alive.
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      throw new TooLarge();
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function tooLargeMessage(maxBytes: number): string {
  return t('load.tooLarge', { size: formatMegabytes(maxBytes) });
}

/** 10485760 → "10 MB", 1572864 → "1.5 MB", 51200 → "50 kB". */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1024 / 1024;
  if (megabytes < 1) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${Number(megabytes.toFixed(2))} MB`;
}

function fail(file: string, ruleId: string, message: string, { line, column } = { line: 1, column: 1 }): ReadResult {
  return {
    ok: false,
    findings: [{ ruleId, severity: 'error', message, path: [], file, line, column, endLine: line, endColumn: column + 1, fatal: true }],
  };
}
