export interface Progress {
  increment(label: string): void;
  stop(): void;
}

const SILENT: Progress = { increment: () => undefined, stop: () => undefined };

/** A progress bar on stderr when it is a terminal; nothing with --quiet, when piped, or for fewer than `minimum` items. */
export async function startProgress(total: number, options: { quiet?: boolean; minimum?: number } = {}): Promise<Progress> {
  if (options.quiet || !process.stderr.isTTY || total < (options.minimum ?? 1)) return SILENT;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({ stream: process.stderr, format: '{bar} {value}/{total} {label}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { label: '' });
  return { increment: (label) => bar.increment(1, { label }), stop: () => bar.stop() };
}
