import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

/**
 * A chalk instance for a stream: off with --no-color (`color: false`) or NO_COLOR, forced with FORCE_COLOR,
 * otherwise on when the stream is a colour terminal. A report written to a file (--output) is never coloured:
 * callers pass `color: false`, so that FORCE_COLOR, set for a CI log, puts no escape codes in the file.
 */
export function colorFor(stream: { isTTY?: boolean }, options: { color?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, options, env) });
}

export function colorLevel(stream: { isTTY?: boolean }, options: { color?: boolean } = {}, env: NodeJS.ProcessEnv = process.env): 0 | 1 | 2 | 3 {
  if (options.color === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (!stream.isTTY) return 0;
  return supportsColor ? supportsColor.level : 0;
}

const PLAIN = new Chalk({ level: 0 });

/** The colours a formatter's context gives; without them, plain text. */
export function contextColor(color: ChalkInstance | undefined): ChalkInstance {
  return color ?? PLAIN;
}
