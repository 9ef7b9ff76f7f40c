import { Option, type Command } from 'commander';
import { CompactError } from '../errors.js';
import { availableLanguages, isLanguage, resolveLanguage, t, type Language } from '../i18n/index.js';
import { configLanguage } from '../i18n/config-language.js';
import { closestMatch } from '../util/suggest.js';

/** `--lang`, taken by the program and by every command, so that it may stand before or after the command. */
export function languageOption(): Option {
  return new Option('--lang <code>', `the language of messages: ${availableLanguages().join(', ')} (default: lang in the config, COMPACT_LANG, the locale, else en)`).argParser(
    parseMessageLanguage,
  );
}

/** Adds `--lang` to every command that has no `--lang` of its own. */
export function addLanguageOption(commands: readonly Command[]): void {
  for (const command of commands) {
    if (!command.options.some((option) => option.long === '--lang')) command.addOption(languageOption());
    addLanguageOption(command.commands);
  }
}

/** A `--lang` value; an unknown one is a usage error that lists the languages and names the nearest. */
export function parseMessageLanguage(value: string): Language {
  if (isLanguage(value)) return value;
  const languages = availableLanguages();
  const near = closestMatch(value, languages);
  throw new CompactError(t('cli.lang.unknown', { value, languages: languages.join(', '), suggestion: near ?? 'none' }));
}

/**
 * The language of the person reading, chosen before the command line is parsed so that even a usage error
 * speaks it: `--lang` (anywhere before `--`), then `lang:` of the config (`--config FILE`, else the nearest
 * config file), then `COMPACT_LANG`, then the locale, then English.
 */
export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Language {
  const flag = optionValue(argv, '--lang');
  if (flag !== undefined && isLanguage(flag)) return flag;
  let config: string | undefined;
  try {
    config = configLanguage(cwd, optionValue(argv, '--config', '-c'));
  } catch {
    config = undefined;
  }
  return resolveLanguage({ config: isLanguage(config) ? config : undefined, env });
}

function optionValue(argv: readonly string[], name: string, short?: string): string | undefined {
  let found: string | undefined;
  for (let index = 2; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === name || arg === short) found = argv[++index];
    else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
  }
  return found;
}
