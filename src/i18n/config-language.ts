import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { CONFIG_FILES } from '../lint/config/load-config.js';

/**
 * The `lang:` of the config file that applies in `cwd` (the nearest one in it or a folder above), or of `file`
 * when one is named. Read without the config loader: a command that prints messages should not pay for it.
 */
export function configLanguage(cwd: string, file?: string): string | undefined {
  if (file !== undefined) return langOf(resolve(cwd, file)) ?? undefined;
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      if (name === 'package.json') {
        const lang = langOf(path);
        if (lang === null) continue;
        return lang;
      }
      return langOf(path) ?? undefined;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The config's `lang`, undefined when it has none, null for a package.json without a "compact" key. */
function langOf(path: string): string | undefined | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  if (extname(path) === '.json') {
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      const config = path.endsWith('package.json') ? data.compact : data;
      if (config === undefined) return null;
      const lang = (config as Record<string, unknown> | null)?.lang;
      return typeof lang === 'string' ? lang : undefined;
    } catch {
      return undefined;
    }
  }
  return /^lang:[ \t]*["']?([A-Za-z-]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
}
