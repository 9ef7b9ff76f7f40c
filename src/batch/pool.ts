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
 * Below this many files a worker's start-up (its own isolate, and warming up its own compiled code) costs more than
 * it saves.
 */
const MIN_FILES = 300;
const FILES_PER_WORKER = 150;
/**
 * On two cores a worker thread did not pay for itself: 1 000 files took as long with one as without, and so did
 * two processes of 500 files each against one of 1 000, since V8's compiler and collector threads of the main
 * thread already use the second core.
 */
const MIN_CORES = 4;

/**
 * How many worker threads to check `fileCount` files with, besides the main thread: none for a few files or on
 * fewer than four cores, else up to one less than the cores. `COMPACT_WORKERS` (or the `workers` option) sets the
 * number; 0 turns them off.
 */
export function workerCount(fileCount: number, requested?: number, cores = availableParallelism()): number {
  const fromEnv = process.env.COMPACT_WORKERS;
  const wanted = requested ?? (fromEnv !== undefined && fromEnv !== '' ? Number(fromEnv) : undefined);
  if (wanted !== undefined && Number.isInteger(wanted) && wanted >= 0) return Math.min(wanted, Math.max(fileCount - 1, 0));
  if (fileCount < MIN_FILES || cores < MIN_CORES || !existsSync(workerScript())) return 0;
  return Math.max(0, Math.min(cores - 1, Math.floor(fileCount / FILES_PER_WORKER)));
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
        const workerData = { ...task, files: share, language: currentLanguage() } satisfies BatchTask;
        const launch = launchedBundle();
        // From the CLI, a worker loads the CLI's bundle with the command's code cache, as the launcher did:
        // compiling the checking code afresh costs a worker more than its share of a thousand files.
        const worker = launch
          ? new Worker(`require(${JSON.stringify(launch.loader)}).runBatchWorker(${JSON.stringify(launch)})`, { eval: true, workerData })
          : new Worker(workerScript(), { workerData });
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

interface Launch {
  loader: string;
  bundle: string;
  cacheFile: string;
}

/** How bin/compact.js loaded the CLI, when it did. */
function launchedBundle(): Launch | undefined {
  const launch = (globalThis as Record<symbol, unknown>)[Symbol.for('compact.launch')] as Launch | undefined;
  return launch && typeof launch.loader === 'string' && existsSync(launch.loader) ? launch : undefined;
}

function workerScript(): string {
  return packagePath('dist', 'worker.cjs');
}
