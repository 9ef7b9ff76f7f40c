import { t } from '../i18n/index.js';
import { resolve } from 'node:path';
import { untilInterrupted, watch } from '../watch/index.js';
import { reportError } from './output.js';

const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

export interface WatchRun {
  /** Files and directories to watch. */
  targets: string[];
  /** Which changed files start a run. */
  include?: (path: string) => boolean;
  /** One run of the command; returns its exit code. */
  run: () => Promise<number>;
  /** A file the command writes, never a reason to run again. */
  ignore?: string;
  /** Files a run read besides `targets` (a config's plugins): watched too from then on, and a change to one runs again. */
  alsoRead?: () => readonly string[];
}

/**
 * Runs the command, then again after every save under `targets`, until Ctrl-C (exit code 0). A run that fails
 * (a YAML syntax error, an invalid compact, a template error) prints its error and the watching goes on.
 */
export async function watchAndRun({ targets, include = () => true, run, ignore, alsoRead = () => [] }: WatchRun): Promise<void> {
  const ignored = ignore === undefined || ignore === '-' ? undefined : resolve(ignore);
  const read = new Set<string>();
  const newlyRead = (): string[] => {
    const added = alsoRead().map((file) => resolve(file)).filter((file) => !read.has(file));
    for (const file of added) read.add(file);
    return added;
  };
  const waiting = () => process.stderr.write(`${t('cli.watching', { targets: targets.join(', ') })}\n`);
  const runOnce = async (): Promise<void> => {
    if (process.stdout.isTTY) process.stdout.write(CLEAR_SCREEN);
    await run().catch(reportError);
  };
  await runOnce();
  const watcher = await watch(
    [...targets, ...newlyRead()],
    async () => {
      await runOnce();
      watcher.add(newlyRead());
      waiting();
    },
    { include: (path) => (include(path) || read.has(resolve(path))) && resolve(path) !== ignored, onError: reportError },
  );
  await watcher.ready;
  waiting();
  await untilInterrupted(watcher);
  process.exitCode = 0;
}
