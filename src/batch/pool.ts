import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FileResult } from '../check-files.js';
import { CompactError } from '../errors.js';
import { currentLanguage } from '../i18n/index.js';
import { packagePath } from '../util/package-root.js';

export type BatchKind = 'validate' | 'lint';

/** What a worker needs to check its share of the files: plain data, sent by structured clone. */
export interface BatchTask {
  kind: BatchKind;
  files: string[];
  options: Record<string, unknown>;
  /** The language of the messages, as the main thread speaks it. */
  language?: string;
}

export type BatchReply = { results: FileResult[] } | { error: { message: string; exitCode: number } };

/**
 * Below this many files a worker's start-up (its own bundle, without the code cache) costs more than it saves:
 * on two cores, 100 files of 16 kB check faster in the main thread alone, 1 000 faster with a worker.
 */
const MIN_FILES = 300;
const FILES_PER_WORKER = 150;

/**
 * How many worker threads to check `fileCount` files with, besides the main thread: none for a few files,
 * up to one less than the cores. `COMPACT_WORKERS` (or the `workers` option) sets the number; 0 turns them off.
 */
export function workerCount(fileCount: number, requested?: number): number {
  const fromEnv = process.env.COMPACT_WORKERS;
  const wanted = requested ?? (fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : undefined);
  if (wanted !== undefined && Number.isInteger(wanted) && wanted >= 0) return Math.min(wanted, Math.max(fileCount - 1, 0));
  if (fileCount < MIN_FILES || !existsSync(workerScript())) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, Math.floor(fileCount / FILES_PER_WORKER)));
}

/**
 * Checks the files in `workers` worker threads and the main thread, each taking an equal run of the list;
 * the results come back in the order of `files`.
 */
export async function checkInWorkers(
  task: Omit<BatchTask, 'files'>,
  files: readonly string[],
  workers: number,
  checkHere: (files: string[]) => Promise<FileResult[]>,
): Promise<FileResult[]> {
  const shares = split(files, workers + 1);
  const { Worker } = await import('node:worker_threads');
  const inWorkers = shares.slice(1).map(
    (share) =>
      new Promise<FileResult[]>((resolve, reject) => {
        const worker = new Worker(workerScript(), { workerData: { ...task, files: share, language: currentLanguage() } satisfies BatchTask });
        worker.once('message', (reply: BatchReply) => {
          void worker.terminate();
          if ('results' in reply) resolve(reply.results);
          else reject(new CompactError(reply.error.message, { exitCode: reply.error.exitCode }));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code !== 0) reject(new Error(`a worker thread stopped with exit code ${code}`));
        });
      }),
  );
  const here = checkHere(shares[0]!);
  return (await Promise.all([here, ...inWorkers])).flat();
}

function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((share) => share.length > 0);
}

function workerScript(): string {
  return packagePath('dist', 'worker.cjs');
}
