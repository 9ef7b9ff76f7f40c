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
}

/**
 * Runs the command, then again after every save under `targets`, until Ctrl-C (exit code 0). A run that fails
 * (a YAML syntax error, an invalid compact, a template error) prints its error and the watching goes on.
 */
export async function watchAndRun({ targets, include = () => true, run, ignore }: WatchRun): Promise<void> {
  const ignored = ignore === undefined || ignore === '-' ? undefined : resolve(ignore);
  const waiting = () => process.stderr.write(`${t('cli.watching', { targets: targets.join(', ') })}\n`);
  const runOnce = async (): Promise<void> => {
    if (process.stdout.isTTY) process.stdout.write(CLEAR_SCREEN);
    await run().catch(reportError);
  };
  await runOnce();
  const watcher = await watch(
    targets,
    async () => {
      await runOnce();
      waiting();
    },
    { include: (path) => include(path) && resolve(path) !== ignored, onError: reportError },
  );
  await watcher.ready;
  waiting();
  await untilInterrupted(watcher);
  process.exitCode = 0;
}
