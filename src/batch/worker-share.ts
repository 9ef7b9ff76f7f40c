import { parentPort, workerData } from 'node:worker_threads';
import { CompactError } from '../errors.js';
import { setLanguage } from '../i18n/index.js';
import { lintFiles } from '../lint/index.js';
import { validateFiles } from '../validate/files.js';
import type { BatchReply, BatchTask } from './pool.js';

/** A worker thread's side of checkInWorkers: checks its share of the files and posts the results back. */
export async function runBatchWorker(): Promise<void> {
  parentPort!.postMessage(await checkShare(workerData as BatchTask));
}

async function checkShare({ kind, files, options, language }: BatchTask): Promise<BatchReply> {
  if (language !== undefined) setLanguage(language);
  const single = { ...options, workers: 0 };
  try {
    return { results: kind === 'lint' ? await lintFiles(files, single) : await validateFiles(files, single) };
  } catch (error) {
    const exitCode = error instanceof CompactError ? error.exitCode : 2;
    return { error: { message: error instanceof Error ? error.message : String(error), exitCode } };
  }
}
