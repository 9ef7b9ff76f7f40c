import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.js';

export interface LanguageSources {
  /** `--lang` on the command line. */
  flag?: string;
  /** `lang:` in a config file. */
  config?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The language for the person reading: `--lang`, then a config file's `lang:`, then `COMPACT_LANG`, then the
 * locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English. An unknown locale falls back silently; an unknown
 * `--lang` is checked by the caller (a usage error), so here it is only taken when valid.
 */
export function resolveLanguage(sources: LanguageSources = {}): Language {
  const env = sources.env ?? process.env;
  for (const candidate of [sources.flag, sources.config, env.COMPACT_LANG]) {
    if (isLanguage(candidate)) return candidate;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return languageOfLocale(locale) ?? DEFAULT_LANGUAGE;
}

/** `sv_SE.UTF-8`, `sv_FI`, `sv-SE`, `sv` → `sv`; `C`, `POSIX` and unknown languages → undefined. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  if (!locale) return undefined;
  const code = locale.split(/[_.@-]/, 1)[0]!.toLowerCase();
  return isLanguage(code) ? code : undefined;
}
