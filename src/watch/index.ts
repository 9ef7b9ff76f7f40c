import { dirname, sep } from 'node:path';
import { checkArray, checkFunction, checkObject } from '../api/arguments.js';
import { t } from '../i18n/index.js';

export interface WatchOptions {
  /** How long the files must stay quiet before `run` is called, in ms; default 150. Editors save in bursts. */
  debounceMs?: number;
  /** Which changed files count; default every file. Directories are always walked. */
  include?: (path: string) => boolean;
  /** Called when `run` throws or the watcher fails; watching goes on. */
  onError?: (error: unknown) => void;
}

export interface Watcher {
  /** Resolves when the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  /** Watches more files or directories as well. */
  add(paths: readonly string[]): void;
  close(): Promise<void>;
}

const IGNORED = /(?:^|[\\/])(?:node_modules|\.git)(?:[\\/]|$)/;

/**
 * Watches files and directories (chokidar, loaded on first use) and calls `run` with the paths that changed, once
 * they have been quiet for `debounceMs`. Runs never overlap: changes during a run lead to one more run after it.
 * A failing run is reported to `onError` and does not stop the watching.
 */
export async function watch(paths: readonly string[], run: (changed: string[]) => void | Promise<void>, options: WatchOptions = {}): Promise<Watcher> {
  checkArray('watch', 'paths', paths, t('api.watchPaths'));
  checkFunction('watch', 'run', run, t('api.watchRun'));
  checkObject('watch', 'options', options, t('api.objectSuchAs', { example: '{ debounceMs: 150 }' }), true);
  const { watch: chokidarWatch } = await import('chokidar');
  const debounceMs = options.debounceMs ?? 150;
  const include = options.include ?? (() => true);
  const onError = options.onError ?? (() => undefined);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (closed || pending.size === 0) return;
    if (running) {
      await running;
      return schedule();
    }
    const changed = [...pending].sort();
    pending.clear();
    running = (async () => {
      try {
        await run(changed);
      } catch (error) {
        onError(error);
      }
    })();
    await running;
    running = undefined;
  };
  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };

  const watcher = chokidarWatch([...paths], { ignoreInitial: true, ignored: (path) => IGNORED.test(path) });
  for (const event of ['add', 'change', 'unlink'] as const) {
    watcher.on(event, (path: string) => {
      if (!include(path)) return;
      pending.add(path);
      schedule();
    });
  }
  watcher.on('error', onError);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    add(more) {
      if (!closed && more.length > 0) watcher.add([...more]);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}

/**
 * What to watch for the paths a user typed: files and directories as they are, and for a glob the folder it
 * starts from (chokidar does not take globs).
 */
export async function watchTargets(inputs: readonly string[]): Promise<string[]> {
  checkArray('watchTargets', 'paths', inputs, t('api.watchTargets'));
  const { isDynamicPattern } = await import('tinyglobby');
  const targets = inputs.map((input) => (isDynamicPattern(input) ? staticBase(input) : input));
  return [...new Set(targets)];
}

function staticBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/);
  const index = segments.findIndex((segment) => /[*?[\]{}()!]/.test(segment));
  const base = segments.slice(0, index < 0 ? segments.length : index).join(sep);
  return base === '' ? '.' : index < 0 ? dirname(base) : base;
}

/** Waits for Ctrl-C (SIGINT) or SIGTERM, then closes the watcher. */
export function untilInterrupted(watcher: Watcher): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void watcher.close().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
